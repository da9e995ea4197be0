/**
 * The review queue's orders and the page made from rows read along them,
 * the same in both stores, so a cursor means the same in both. Each store
 * adds what its dialect needs: SQLite the indexes to name, PostgreSQL the
 * type each cursor value is bound as.
 */
import type { CommentSummary } from '../../shared/events.js';
import type { Page, QueueSort } from '../../shared/review.js';
import { FLAG_REASONS } from '../../shared/types.js';
import { decodeCursor, encodeCursor, type CursorKey } from './cursor.js';
import { toSummary, type SummaryRow } from './commentSummaries.js';
import type { QueueFilter } from './store.js';

/** When a comment was written, else received: the expression indexed by migration 003, verbatim. */
export const TIME = 'coalesce(c.posted_at, c.received_at)';

export interface QueueRow extends SummaryRow {
  sort_time: string;
}

export interface QueueOrder {
  shape: ('string' | 'number')[];
  /** The sort keys, in the order of the indexes of migration 003. */
  keys: string[];
  dir: 'ASC' | 'DESC';
  keysOf(r: QueueRow): CursorKey[];
  /** The same order as the SQL's ORDER BY, for merging pages read from several ranges. */
  compare(a: QueueRow, b: QueueRow): number;
}

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export const QUEUE_ORDERS: Record<QueueSort, QueueOrder> = {
  // Severity ties (many comments score 0) are broken by id, newest first, so every row has one place.
  severity: {
    shape: ['number', 'number', 'number'],
    keys: ['c.toxicity', 'c.insult', 'c.id'],
    dir: 'DESC',
    keysOf: (r) => [r.toxicity, r.insult, r.id],
    compare: (a, b) => b.toxicity - a.toxicity || b.insult - a.insult || b.id - a.id,
  },
  newest: {
    shape: ['string', 'number'],
    keys: [TIME, 'c.id'],
    dir: 'DESC',
    keysOf: (r) => [r.sort_time, r.id],
    compare: (a, b) => byText(b.sort_time, a.sort_time) || b.id - a.id,
  },
  oldest: {
    shape: ['string', 'number'],
    keys: [TIME, 'c.id'],
    dir: 'ASC',
    keysOf: (r) => [r.sort_time, r.id],
    compare: (a, b) => byText(a.sort_time, b.sort_time) || a.id - b.id,
  },
};

/** The filter checked and its cursor read. Throws InvalidCursorError. */
export function queueCursor(filter: QueueFilter): CursorKey[] | undefined {
  if (filter.reason !== undefined && !FLAG_REASONS.includes(filter.reason)) throw new TypeError(`Unknown reason ${String(filter.reason)}`);
  return filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, `queue:${filter.sort}`, QUEUE_ORDERS[filter.sort].shape);
}

/** Rows read with `LIMIT limit + 1` from one range or several, merged into the page and its next cursor. */
export function mergePage(rows: QueueRow[], filter: QueueFilter): { page: QueueRow[]; nextCursor: string | null } {
  const order = QUEUE_ORDERS[filter.sort];
  rows.sort(order.compare);
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > filter.limit && last ? encodeCursor(`queue:${filter.sort}`, order.keysOf(last)) : null };
}

/** The page's commenters, for one statement to read their flagged shares. */
export const pageCommenters = (page: readonly QueueRow[]) => [...new Set(page.map((r) => r.commenter_id))];

/** The page's cards, each with its commenter's flagged share, shown on it (`stats`: their commenter_stats rows). */
export function queueItems(
  merged: { page: readonly QueueRow[]; nextCursor: string | null },
  stats: readonly { id: number; flagged: number; comments: number }[],
): Page<CommentSummary> {
  const rates = new Map(stats.map((r) => [r.id, r.comments > 0 ? r.flagged / r.comments : 0]));
  return { items: merged.page.map((r) => ({ ...toSummary(r), commenterFlaggedRate: rates.get(r.commenter_id) ?? 0 })), nextCursor: merged.nextCursor };
}
