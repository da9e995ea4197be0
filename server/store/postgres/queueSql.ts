/**
 * The SQL of a queue page in PostgreSQL, built from the filters present.
 * Values are bound ($1…); only fixed fragments chosen from enums are spliced
 * in — statuses among them, because a partial index is used only when the
 * query's terms imply its predicate (`flagged AND status = 'pending'`), which
 * a bound value cannot.
 */
import type { QueueSort, QueueStatus } from '../../../shared/review.js';
import { FLAG_REASONS, LANGS } from '../../../shared/types.js';
import type { CursorKey } from '../cursor.js';
import type { QueueFilter } from '../store.js';
import { commentColumns, type CommentRow } from './rows.js';
import { TS_CONFIGS, type TsQuery } from './tsQuery.js';

/** When a comment was written, else received: the expression indexed by migration 003, verbatim. */
const TIME = 'coalesce(c.posted_at, c.received_at)';

export interface SummaryRow extends CommentRow {
  article_title: string | null;
  author: string;
  sort_time: string;
}

interface Order {
  shape: ('string' | 'number')[];
  /** The sort keys, with the SQL type their cursor values are bound as. */
  keys: { sql: string; type: string }[];
  dir: 'ASC' | 'DESC';
  keysOf(r: SummaryRow): CursorKey[];
  /** The same order as the SQL's ORDER BY, for merging pages read from several statuses. */
  compare(a: SummaryRow, b: SummaryRow): number;
}

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The SQLite store's orders (../sqlite/queueSql.ts), key for key, so a cursor means the same in both. */
const ORDERS: Record<QueueSort, Order> = {
  severity: {
    shape: ['number', 'number', 'number'],
    keys: [
      { sql: 'c.toxicity', type: 'double precision' },
      { sql: 'c.insult', type: 'double precision' },
      { sql: 'c.id', type: 'bigint' },
    ],
    dir: 'DESC',
    keysOf: (r) => [r.toxicity, r.insult, r.id],
    compare: (a, b) => b.toxicity - a.toxicity || b.insult - a.insult || b.id - a.id,
  },
  newest: {
    shape: ['string', 'number'],
    keys: [
      { sql: TIME, type: 'timestamptz' },
      { sql: 'c.id', type: 'bigint' },
    ],
    dir: 'DESC',
    keysOf: (r) => [r.sort_time, r.id],
    compare: (a, b) => byText(b.sort_time, a.sort_time) || b.id - a.id,
  },
  oldest: {
    shape: ['string', 'number'],
    keys: [
      { sql: TIME, type: 'timestamptz' },
      { sql: 'c.id', type: 'bigint' },
    ],
    dir: 'ASC',
    keysOf: (r) => [r.sort_time, r.id],
    compare: (a, b) => byText(a.sort_time, b.sort_time) || a.id - b.id,
  },
};

export const orderOf = (sort: QueueSort): Order => ORDERS[sort];

function statusTerms(status: QueueStatus | 'all'): string[] {
  if (status === 'flagged') return ['c.flagged', "c.status = 'pending'"];
  if (status === 'all') return [];
  return [`c.status = '${status}'`];
}

export interface PageQuery extends QueueFilter {
  search?: TsQuery;
  after?: CursorKey[];
}

class Where {
  readonly terms: string[] = [];
  readonly values: unknown[] = [];
  /** Binds a value and returns its placeholder. */
  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  toString(): string {
    return this.terms.length ? this.terms.join(' AND ') : 'TRUE';
  }
}

/**
 * A search matches a comment in its own language's configuration: a French comment against the
 * words stemmed as French. One GIN probe per language, OR'ed by the planner (a BitmapOr).
 */
function searchTerm(w: Where, search: TsQuery): string {
  const first = w.values.length + 1;
  for (const value of search.values) w.bind(value);
  const others = LANGS.filter((l) => l !== 'fr' && l !== 'en').map((l) => `'${l}'`);
  return `((c.lang = 'fr' AND c.fts @@ ${search.sql(TS_CONFIGS.fr, first)})
    OR (c.lang = 'en' AND c.fts @@ ${search.sql(TS_CONFIGS.en, first)})
    OR (c.lang IN (${others.join(', ')}) AND c.fts @@ ${search.sql(TS_CONFIGS.other, first)}))`;
}

function filterTerms(w: Where, f: PageQuery): void {
  if (f.articleId !== undefined) w.terms.push(`c.article_id = ${w.bind(f.articleId)}`);
  if (f.commenterId !== undefined) w.terms.push(`c.commenter_id = ${w.bind(f.commenterId)}`);
  if (f.lang !== undefined) w.terms.push(`c.lang = ${w.bind(f.lang)}`);
  if (f.reason !== undefined) {
    if (!FLAG_REASONS.includes(f.reason)) throw new TypeError(`Unknown reason ${String(f.reason)}`);
    w.terms.push(`c.reasons @> ${w.bind([f.reason])}::text[]`);
  }
  if (f.search !== undefined) w.terms.push(searchTerm(w, f.search));
}

/** After a cursor: a row comparison, which PostgreSQL reads as one index range on the sort's index. */
function afterTerm(w: Where, order: Order, after: CursorKey[]): string {
  const op = order.dir === 'DESC' ? '<' : '>';
  const values = after.map((k, i) => `${w.bind(k)}::${order.keys[i]!.type}`);
  return `(${order.keys.map((k) => k.sql).join(', ')}) ${op} (${values.join(', ')})`;
}

const orderBy = (order: Order) => `ORDER BY ${order.keys.map((k) => `${k.sql} ${order.dir}`).join(', ')}`;

export const SUMMARY_COLUMNS = `${commentColumns('c')}, ${TIME} AS sort_time, a.title AS article_title, m.display_name AS author`;

export const queueSql = {
  /** One status's page (or every status's, for a narrow filter): ids found and sorted first, whole rows read for them only. */
  page(f: PageQuery, status: QueueStatus | 'all'): { sql: string; values: unknown[] } {
    const order = ORDERS[f.sort];
    const w = new Where();
    w.terms.push(...statusTerms(status));
    filterTerms(w, f);
    if (f.after) w.terms.push(afterTerm(w, order, f.after));
    const limit = w.bind(f.limit + 1);
    const ids = `SELECT c.id FROM comments c WHERE ${w} ${orderBy(order)} LIMIT ${limit}`;
    return {
      sql: `SELECT ${SUMMARY_COLUMNS} FROM (${ids}) AS page JOIN comments c ON c.id = page.id
        JOIN articles a ON a.id = c.article_id JOIN commenters m ON m.id = c.commenter_id ${orderBy(order)}`,
      values: w.values,
    };
  },

  detail: `SELECT ${SUMMARY_COLUMNS}, a.url AS article_url
FROM comments c JOIN articles a ON a.id = c.article_id JOIN commenters m ON m.id = c.commenter_id
WHERE c.id = $1`,
};
