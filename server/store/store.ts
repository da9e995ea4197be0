/**
 * The one storage interface. SQLite (sqlite.ts) is the default; a PostgreSQL
 * implementation comes later behind the same methods, hence promises even
 * where SQLite answers synchronously.
 */
import type { CommentInput } from '../../shared/schemas.js';
import type { Article, Commenter, CommentScore, Stats, StoredComment } from '../../shared/types.js';
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
  /** From the aggregates only; never scans comments. */
  articleStats(articleId: number): Promise<Stats>;
  commenterStats(commenterId: number): Promise<Stats>;
  counts(): Promise<{ articles: number; comments: number; commenters: number }>;

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
