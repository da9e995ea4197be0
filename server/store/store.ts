/**
 * The one storage interface. SQLite (sqlite.ts) is the default; PostgreSQL
 * (postgres.ts, DATABASE_URL) implements the same methods for several
 * instances sharing one database — hence promises even where SQLite answers
 * synchronously. Both run the same store tests (test/support/stores.ts).
 */
import type { CommentInput } from '../../shared/schemas.js';
import type { Article, Commenter, CommentScore, ModerationStatus, Role, SessionUser, Stats, StoredComment } from '../../shared/types.js';
import type { Rules } from '../../shared/scoring/rules.js';
import type {
  ArticleDetailStats,
  ArticleListItem,
  CommenterDetail,
  CommenterListItem,
  CommenterNote,
  DriftRule,
  Overview,
  WatchState,
} from '../../shared/insights.js';
import type { ArticleListQuery, CommenterListQuery, OverviewQuery, RescoreItem, RescoreState, StoredFlag, StoredText } from './insights.js';
import type { CommentSummary, CommentUpdate, QueueCounts } from '../../shared/events.js';
import type { AuditAction, AuditEntry, CommentDetail, Page, QueueSort, QueueStatus } from '../../shared/review.js';
import type { FlagReason, Lang } from '../../shared/types.js';

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

/** A dashboard account as listed; the password hash stays inside the store and the login route. */
export interface UserRecord extends SessionUser {
  createdAt: string;
  disabledAt: string | null;
}

export interface UserWithPassword extends UserRecord {
  /** `scrypt$N$r$p$salt$hash` (server/auth/passwords.ts). */
  passwordHash: string;
}

export interface NewUser {
  username: string;
  role: Role;
  passwordHash: string;
}

/** A page of the review queue. `q` is the user's search text, made safe by the store. */
export interface QueueFilter {
  status: QueueStatus;
  reason?: FlagReason;
  articleId?: number;
  commenterId?: number;
  lang?: Lang;
  q?: string;
  sort: QueueSort;
  /** From the previous page's nextCursor; opaque. */
  cursor?: string;
  limit: number;
}

export interface AuditFilter {
  actor?: string;
  action?: AuditAction;
  /** ISO times: from inclusive, to exclusive. */
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

export type UndoOutcome =
  | { ok: true; change: StatusChange; undone: number }
  | { ok: false; error: 'not_found' | 'nothing_to_undo' | 'not_yours' | 'expired' };

/** A cursor that this store did not hand out, or for another sort. */
export class InvalidCursorError extends Error {}

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

  /**
   * Like setStatus for many comments in one transaction: all are decided or
   * none. Results in input order; null for an id that is not a comment.
   */
  setStatuses(commentIds: readonly number[], status: ModerationStatus, actor: string, reason?: string, note?: string): Promise<(StatusChange | null)[]>;
  /**
   * Reverts a comment's last decision if it is `actor`'s and was made at or
   * after `notBefore` (ISO): the previous status comes back, counts move
   * back, and an 'undo' line is appended — nothing is erased from the log.
   */
  undoLastDecision(commentId: number, actor: string, notBefore: string): Promise<UndoOutcome>;

  /** A page of the review queue, by keyset (stable under inserts). Throws InvalidCursorError. */
  listComments(filter: QueueFilter): Promise<Page<CommentSummary>>;
  /** Comments per status and flagged-pending, from aggregates and counters (never a scan). */
  queueCounts(): Promise<QueueCounts>;
  /** One comment with its scores (evidence, breakdown) and decision history; null when unknown. */
  commentDetail(id: number): Promise<CommentDetail | null>;
  /** Audit-log lines, newest first. Throws InvalidCursorError. */
  listAudit(filter: AuditFilter): Promise<Page<AuditEntry>>;

  /** API keys for ingestion sources; only a hash is stored. Returns the key in clear, once. */
  createApiKey(source: string): Promise<string>;
  /** The source a key belongs to, or null. */
  verifyApiKey(key: string): Promise<string | null>;

  /** The current rules and their version (the defaults, version 1, until saved). */
  currentRules(): Promise<Rules>;
  /** Saves a new version; returns it. */
  saveRules(rules: Rules, savedBy: string): Promise<Rules>;

  /** A new account, or null when the username is taken (compared without case). */
  createUser(user: NewUser): Promise<UserRecord | null>;
  /** By username, without case; with the password hash, for signing in. */
  findUserByName(username: string): Promise<UserWithPassword | null>;
  getUser(id: number): Promise<UserRecord | null>;
  countUsers(): Promise<number>;
  /** Oldest first. */
  listUsers(): Promise<UserRecord[]>;

  /** Records a session by the sha256 of its cookie token; it ends at `expiresAt` (ISO). Expired sessions are swept here. */
  createSession(tokenHash: string, userId: number, expiresAt: string): Promise<void>;
  /**
   * The user of a live session (not expired, account not disabled), or null.
   * Marks the session seen (at most once a minute, to spare the writer).
   */
  sessionUser(tokenHash: string): Promise<SessionUser | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Signs a user out everywhere; returns how many sessions ended. */
  deleteSessionsOfUser(userId: number): Promise<number>;

  /** The highest comment id stored; 0 when there is none. */
  latestCommentId(): Promise<number>;
  /**
   * What a reconnecting dashboard missed: comments with afterId < id ≤ upTo
   * (all, one article's or one commenter's), oldest first, at most `limit`.
   */
  commentsAfter(filter: CommentFilter, afterId: number, upTo: number, limit: number): Promise<CommentSummary[]>;
  /** These comments as the dashboard lists them, less their scores; oldest first, unknown ids left out. */
  commentListings(ids: readonly number[]): Promise<CommentListing[]>;
  /** The highest audit-log line id; 0 when nothing was decided yet. */
  latestActionId(): Promise<number>;
  /**
   * The decisions a reconnecting dashboard missed: audit lines with
   * afterId < id ≤ upTo on the filter's comments, oldest first, at most
   * `limit`, each as the live `comment:updated` gives it (an undo line
   * carrying the status it brought back).
   */
  actionsAfter(filter: CommentFilter, afterId: number, upTo: number, limit: number): Promise<CommentUpdate[]>;

  // Insights (sqlite/commenters.ts, articles.ts, overview.ts): from the aggregates, never a scan of comments.
  /** A page of commenters, sorted along an index of their stats, each with its tone drift. Throws InvalidCursorError. */
  listCommenters(query: CommenterListQuery): Promise<Page<CommenterListItem>>;
  /** Stats, days, articles, recent comments, notes, watch flag and drift; null for an unknown id. */
  commenterDetail(id: number, drift?: DriftRule): Promise<CommenterDetail | null>;
  /** Appends a note; null when there is no such commenter. */
  addNote(commenterId: number, author: string, text: string): Promise<CommenterNote | null>;
  /** Sets or clears the watch flag; null when there is no such commenter. */
  setWatch(commenterId: number, watched: boolean, by: string): Promise<WatchState | null>;
  /** A page of the articles with comments, each with a 24-hour tone sparkline. Throws InvalidCursorError. */
  listArticles(query: ArticleListQuery): Promise<Page<ArticleListItem>>;
  /** One article's stats page; null for an unknown id. */
  articleDetailStats(id: number): Promise<ArticleDetailStats | null>;
  overview(query: OverviewQuery): Promise<Overview>;

  // Re-scoring with new rules (sqlite/rescore.ts).
  /** Up to `limit` comments with an id above `afterId`, in id order. */
  rescorePage(afterId: number, limit: number): Promise<StoredText[]>;
  /**
   * Stores new scores made with rules `version` and moves every aggregate by
   * the difference, in one transaction. Returns how many comments' scores changed.
   */
  applyRescore(version: number, items: readonly RescoreItem[]): Promise<number>;
  /** The latest `limit` comments with their current flags, newest first (backtests). */
  latestFlags(limit: number): Promise<StoredFlag[]>;
  /** Where the last re-score stands (null before any), so a restart can resume one cut short. */
  rescoreState(): Promise<RescoreState | null>;
  /** Saves where the re-score stands; never over the state of a newer version's walk. */
  saveRescoreState(state: RescoreState): Promise<void>;

  // Work that one instance at a time must do, when several share the database (sqlite/leases.ts).
  /**
   * Claims the lease `name` for `holder` for `ms` milliseconds, or renews it when `holder` has it.
   * False while another holder's lease has not run out.
   */
  acquireLease(name: string, holder: string, ms: number): Promise<boolean>;
  /**
   * Extends `holder`'s lease by `ms` if it still has it, not run out. False once it lapsed: the work
   * may be another instance's now, even if that instance has since let the lease go.
   */
  renewLease(name: string, holder: string, ms: number): Promise<boolean>;
  /** Gives the lease up, if `holder` has it, so another instance can take the work at once. */
  releaseLease(name: string, holder: string): Promise<void>;

  close(): Promise<void>;
}

/** A CommentSummary without its scores: what the live broadcast reads, having the scores from ingestion. */
export type CommentListing = Omit<CommentSummary, 'score'>;

/** Which comments a live room follows: every one (the queue), one article's, or one commenter's. */
export interface CommentFilter {
  articleId?: number;
  commenterId?: number;
}

/** "LA LIBRE EXPRESSION", "La  Libre Expression " → "la libre expression". */
export function commenterKey(displayName: string): string {
  return displayName.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
