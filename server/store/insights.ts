/**
 * What the Store's insight and re-scoring methods take and give besides the
 * shared shapes (shared/insights.ts), independent of the database.
 */
import type { ArticleSort, CommenterSort, DriftRule, ScanScope } from '../../shared/insights.js';
import type { CommentScore, FlagReason } from '../../shared/types.js';

/**
 * A commenter's articles are counted over their latest comments only: a
 * prolific commenter's page stays a bounded read (an index range and this
 * many row lookups, ~2 ms), and their recent articles are the ones a
 * moderator asks about.
 */
export const COMMENTER_ARTICLES_SCAN = 2_000;

/**
 * Top commenters are counted over the article's latest comments: every
 * comment of most articles, and for the most discussed the current
 * discussion, in a bounded read — an index range and this many row lookups,
 * ~1 ms warm, a few ms for an old article whose rows are no longer cached.
 */
export const TOP_COMMENTERS_SCAN = 2_000;

/** Which of `comments` a figure counted over the latest `scan` of them covers. */
export const scanScope = (comments: number, scan: number): ScanScope => ({ scanned: Math.min(comments, scan), complete: comments <= scan });

export interface CommenterListQuery {
  sort: CommenterSort;
  /** Part of the name, in any case. */
  q?: string;
  /** Only the watched commenters. */
  watched?: boolean;
  /** From the previous page's nextCursor; opaque. */
  cursor?: string;
  limit: number;
  /** DEFAULT_DRIFT when unset. */
  drift?: DriftRule;
}

export interface ArticleListQuery {
  sort: ArticleSort;
  cursor?: string;
  limit: number;
}

export interface OverviewQuery {
  /** ISO times; `from` is rounded down to its hour, `to` is exclusive. */
  from: string;
  to: string;
  /** What "today" is relative to. */
  now: string;
}

/** A stored comment as a re-score reads it. */
export interface StoredText {
  id: number;
  text: string;
  rulesVersion: number;
}

export interface RescoreItem {
  id: number;
  score: CommentScore;
}

/** A stored comment's flag, for a backtest to compare with. */
export interface StoredFlag {
  id: number;
  text: string;
  flagged: boolean;
  reasons: FlagReason[];
}

/** Where a re-score stands: comments up to `afterId` are done (`done` of them walked). */
export interface RescoreState {
  version: number;
  afterId: number;
  done: number;
  finished: boolean;
}
