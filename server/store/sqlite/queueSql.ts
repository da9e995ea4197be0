/**
 * The SQL of a queue page, built from the filters present. Values are bound;
 * only fixed fragments chosen from enums are spliced in — statuses among
 * them, because a partial index is used only when its WHERE terms
 * (`flagged = 1 AND status = 'pending'`) appear literally in the query.
 */
import type { QueueSort, QueueStatus } from '../../../shared/review.js';
import type { FlagReason } from '../../../shared/types.js';
import type { CursorKey } from '../cursor.js';
import { QUEUE_ORDERS, TIME, type QueueOrder } from '../queueOrders.js';
import type { QueueFilter } from '../store.js';

interface Order extends QueueOrder {
  /** Migration 003's indexes for this order: on one status, and (partial) on the flagged queue. */
  statusIndex: string;
  flaggedIndex: string;
}

const ORDERS: Record<QueueSort, Order> = {
  severity: { ...QUEUE_ORDERS.severity, statusIndex: 'comments_status_severity', flaggedIndex: 'comments_flagged_severity' },
  newest: { ...QUEUE_ORDERS.newest, statusIndex: 'comments_status_time', flaggedIndex: 'comments_flagged_time' },
  oldest: { ...QUEUE_ORDERS.oldest, statusIndex: 'comments_status_time', flaggedIndex: 'comments_flagged_time' },
};

const COLUMNS = `c.*, ${TIME} AS sort_time,
  (SELECT title FROM articles WHERE id = c.article_id) AS article_title,
  (SELECT display_name FROM commenters WHERE id = c.commenter_id) AS author`;

function statusTerms(status: QueueStatus, narrowed: boolean): string[] {
  // When another filter drives the query (an article, a commenter, a search, a reason's index),
  // the unary + keeps the planner off the status indexes, which would walk every comment of that status.
  const p = narrowed ? '+' : '';
  if (status === 'flagged') return [`${p}c.flagged = 1`, `${p}c.status = 'pending'`];
  if (status === 'all') return [];
  return [`${p}c.status = '${status}'`];
}

/** The partial index of one reason's comments (migration 003); its WHERE, repeated verbatim, lets SQLite use it. */
export const reasonIndex = (reason: FlagReason) => `comments_reason_${reason}`;
const reasonTerm = (reason: FlagReason) => `instr(c.reasons, '"${reason}"') > 0`;

export interface PageQuery extends QueueFilter {
  /** The FTS5 query, already made safe. */
  match?: string;
  after?: CursorKey[];
  narrowed: boolean;
  /** Read this index (INDEXED BY), a reason's: it holds status and sort keys, so status is matched on it. */
  via?: string;
}

type Built = { sql: string; params: Record<string, unknown> };

class Where {
  readonly terms: string[] = [];
  readonly params: Record<string, unknown> = {};
  bind(name: string, value: unknown, term: string): void {
    this.params[name] = value;
    this.terms.push(term);
  }
  toString(): string {
    return this.terms.length ? this.terms.join(' AND ') : '1';
  }
}

/** Filters other than status and order: the same terms whichever way a page is read. */
function filterTerms(w: Where, f: Pick<PageQuery, 'articleId' | 'commenterId' | 'lang' | 'reason' | 'match'>): void {
  if (f.articleId !== undefined) w.bind('article', f.articleId, 'c.article_id = @article');
  if (f.commenterId !== undefined) w.bind('commenter', f.commenterId, 'c.commenter_id = @commenter');
  if (f.lang !== undefined) w.bind('lang', f.lang, 'c.lang = @lang');
  // reasons is a JSON array of names, none of which is a substring of another once quoted.
  if (f.reason !== undefined) w.terms.push(reasonTerm(f.reason));
  // SQLite reads the matches once per query into a temporary index, whether they drive the query or
  // are checked along the queue's order (each row checked in FTS itself would cost ~40 µs).
  if (f.match !== undefined) w.bind('match', f.match, 'c.id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH @match)');
}

function afterTerms(w: Where, order: Order, after: CursorKey[] | undefined): void {
  if (!after) return;
  after.forEach((k, i) => (w.params[`k${i}`] = k));
  const [lt, le] = order.dir === 'DESC' ? ['<', '<='] : ['>', '>='];
  // The row value says exactly where the page starts; the first key alone, repeated, is what lets
  // SQLite seek into an index on an expression (the time), which row values cannot do.
  w.terms.push(`${order.keys[0]} ${le} @k0`, `(${order.keys.join(', ')}) ${lt} (${order.keys.map((_, i) => `@k${i}`).join(', ')})`);
}

const orderBy = (order: Order) => `ORDER BY ${order.keys.map((k) => `${k} ${order.dir}`).join(', ')}`;

// Read along the queue's order, a page names its index: without statistics the planner may prefer the
// status index to the flagged queue's (wading through every clean pending comment), or let a search's
// matches drive and sort them all.
const statusIndex = (status: QueueStatus, order: Order) =>
  status === 'flagged' ? ` INDEXED BY ${order.flaggedIndex}` : status === 'all' ? '' : ` INDEXED BY ${order.statusIndex}`;

export const queueSql = {
  /** One query for the whole page: by the status's index, or driven by a narrower filter. */
  page(f: PageQuery): Built {
    const order = ORDERS[f.sort];
    const w = new Where();
    w.terms.push(...statusTerms(f.status, f.narrowed));
    filterTerms(w, f);
    afterTerms(w, order, f.after);
    const via = f.via ? ` INDEXED BY ${f.via}` : f.narrowed ? '' : statusIndex(f.status, order);
    w.params.limit = f.limit + 1;
    // The page's ids are found and sorted first, whole rows read for them only: a driven query may sort
    // tens of thousands of comments, and a sort carries every column it will return (texts, evidence).
    const ids = `SELECT c.id FROM comments c${via} WHERE ${w} ${orderBy(order)} LIMIT @limit`;
    return { sql: `SELECT ${COLUMNS} FROM (${ids}) AS page JOIN comments c ON c.id = page.id ${orderBy(order)}`, params: w.params };
  },

  detail: `SELECT c.*, ${TIME} AS sort_time, a.title AS article_title, a.url AS article_url, m.display_name AS author
FROM comments c JOIN articles a ON a.id = c.article_id JOIN commenters m ON m.id = c.commenter_id
WHERE c.id = ?`,
};
