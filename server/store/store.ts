/**
 * The one storage interface. SQLite (sqlite.ts) is the default; a PostgreSQL
 * implementation comes later behind the same methods, hence promises even
 * where SQLite answers synchronously.
 */
import type { CommentInput } from '../../shared/schemas.js';
import type { Article, Commenter, CommentScore, ModerationStatus, Stats, StoredComment } from '../../shared/types.js';
import type { Rules } from '../../shared/scoring/rules.js';

/** A validated comment with its scores, ready to be stored. */
export interface ScoredInput {
  input: CommentInput;
  score: CommentScore;
  rulesVersion: number;
  /** When Vigie received it (ISO, UTC). */
  receivedAt: string;
}

export interface IngestOutcome {
  id: number;
  duplicate: boolean;
  articleId: number;
  commenterId: number;
  newArticle: boolean;
  newCommenter: boolean;
}

export interface ArticleFields {
  externalId: string;
  title?: string;
  url?: string;
  section?: string;
  publishedAt?: string;
}

/** A decision as recorded: the status before and after, and its line in the audit log. */
export interface StatusChange {
  commentId: number;
  previous: ModerationStatus;
  status: ModerationStatus;
  /** Id of the appended moderation_actions row. */
  actionId: number;
  at: string;
}

export interface Store {
  /**
   * Stores a batch in one transaction: articles and commenters created or
   * updated, each comment inserted unless it is a repeat — the same
   * (source, external_id), or without an id the same article, author,
   * posted_at and text — and every aggregate updated. All or nothing.
   * Outcomes come in input order.
   */
  ingest(source: string, items: readonly ScoredInput[]): Promise<IngestOutcome[]>;
  /** Creates or updates an article without comments (an imported page with none). */
  upsertArticle(source: string, article: ArticleFields): Promise<{ id: number; created: boolean }>;

  getComment(id: number): Promise<StoredComment | null>;
  getArticle(id: number): Promise<Article | null>;
  findArticle(source: string, externalId: string): Promise<Article | null>;
  getCommenter(id: number): Promise<Commenter | null>;
  findCommenter(displayName: string): Promise<Commenter | null>;
  /** From the aggregates only; never scans comments. `hourly`: the last 48 hours with comments. Zeros for an unknown id. */
  articleStats(articleId: number): Promise<Stats>;
  /** Like articleStats, but `hourly` holds the last 90 days with comments (`hour` = the day's midnight, UTC). */
  commenterStats(commenterId: number): Promise<Stats>;
  counts(): Promise<{ articles: number; comments: number; commenters: number }>;

  /**
   * Sets a comment's moderation status: the comment, the status counts of
   * its article and commenter, and an appended audit-log line (action = the
   * new status), in one transaction. Setting the status it already has still
   * logs the action. Null when there is no such comment.
   */
  setStatus(commentId: number, status: ModerationStatus, actor: string, reason?: string, note?: string): Promise<StatusChange | null>;

  /** API keys for ingestion sources; only a hash is stored. Returns the key in clear, once. */
  createApiKey(source: string): Promise<string>;
  /** The source a key belongs to, or null. */
  verifyApiKey(key: string): Promise<string | null>;

  /** The current rules and their version (the defaults, version 1, until saved). */
  currentRules(): Promise<Rules>;
  /** Saves a new version; returns it. */
  saveRules(rules: Rules, savedBy: string): Promise<Rules>;

  close(): Promise<void>;
}

/** "LA LIBRE EXPRESSION", "La  Libre Expression " → "la libre expression". */
export function commenterKey(displayName: string): string {
  return displayName.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
