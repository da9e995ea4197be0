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
import { QUEUE_ORDERS, TIME, type QueueOrder } from '../queueOrders.js';
import type { QueueFilter } from '../store.js';
import { commentColumns } from './rows.js';
import { TS_CONFIGS, type TsQuery } from './tsQuery.js';

interface Order extends QueueOrder {
  /** The SQL type each sort key's cursor value is bound as. */
  types: string[];
}

const ORDERS: Record<QueueSort, Order> = {
  severity: { ...QUEUE_ORDERS.severity, types: ['double precision', 'double precision', 'bigint'] },
  newest: { ...QUEUE_ORDERS.newest, types: ['timestamptz', 'bigint'] },
  oldest: { ...QUEUE_ORDERS.oldest, types: ['timestamptz', 'bigint'] },
};

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
  const values = after.map((k, i) => `${w.bind(k)}::${order.types[i]!}`);
  return `(${order.keys.join(', ')}) ${op} (${values.join(', ')})`;
}

const orderBy = (order: Order) => `ORDER BY ${order.keys.map((k) => `${k} ${order.dir}`).join(', ')}`;

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
