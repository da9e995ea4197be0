/**
 * The review queue in PostgreSQL: keyset pages over the indexes of migration
 * 003, counts from the aggregates and the flagged-pending counter, one
 * comment's detail with its history. The planner chooses, by its statistics,
 * between walking a queue index and letting a narrow filter (a reason's GIN
 * entries, a search's) drive; the one choice made here is for "all statuses".
 */
import type pg from 'pg';
import type { CommentSummary, QueueCounts } from '../../../shared/events.js';
import type { CommentDetail, Page, QueueStatus } from '../../../shared/review.js';
import { FLAG_REASONS, MODERATION_STATUSES } from '../../../shared/types.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { QueueFilter } from '../store.js';
import { historyOf } from './audit.js';
import { readTransaction, row, rows, type Db } from './db.js';
import { orderOf, queueSql, type PageQuery, type SummaryRow } from './queueSql.js';
import { toStoredComment } from './rows.js';
import { tsQuery } from './tsQuery.js';

export function toSummary(r: SummaryRow): CommentSummary {
  const c = toStoredComment(r);
  return {
    id: c.id,
    articleId: c.articleId,
    articleTitle: r.article_title,
    commenterId: c.commenterId,
    author: r.author,
    text: c.text,
    postedAt: c.postedAt,
    receivedAt: c.receivedAt,
    status: c.status,
    score: c.score,
  };
}

const run = async (db: Db, { sql, values }: { sql: string; values: unknown[] }) => rows<SummaryRow>(db, sql, values);

async function readPage(pool: pg.Pool, f: PageQuery): Promise<SummaryRow[]> {
  // One article's or commenter's comments are few: read them whatever their status, and sort them.
  if (f.status !== 'all' || f.articleId !== undefined || f.commenterId !== undefined) return run(pool, queueSql.page(f, f.status));
  // 'all' is read as the four statuses' index ranges merged: each is already in order, so no row
  // beyond the page is read, where one query over every comment would sort them all. One snapshot
  // for the four, so a comment decided meanwhile is neither missed nor shown twice.
  return readTransaction(pool, async (db) => {
    const pages: SummaryRow[][] = [];
    for (const status of MODERATION_STATUSES) pages.push(await run(db, queueSql.page(f, status)));
    return pages.flat();
  });
}

export interface QueueTables {
  listComments(filter: QueueFilter): Promise<Page<CommentSummary>>;
  queueCounts(): Promise<QueueCounts>;
  commentDetail(id: number): Promise<CommentDetail | null>;
}

export function prepareQueue(pool: pg.Pool): QueueTables {
  async function listComments(filter: QueueFilter): Promise<Page<CommentSummary>> {
    if (filter.reason !== undefined && !FLAG_REASONS.includes(filter.reason)) throw new TypeError(`Unknown reason ${String(filter.reason)}`);
    const order = orderOf(filter.sort);
    const after = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, `queue:${filter.sort}`, order.shape);
    const search = filter.q !== undefined && filter.q !== '' ? tsQuery(filter.q) : undefined;
    if (search === null) return { items: [], nextCursor: null };
    const rowsRead = await readPage(pool, { ...filter, search, after });
    rowsRead.sort(order.compare);
    const page = rowsRead.slice(0, filter.limit);
    const last = page[page.length - 1];
    // A page's commenters in one statement: their flagged share, shown on each card.
    const rates = new Map(
      (
        await rows<{ id: number; flagged: number; comments: number }>(
          pool,
          'SELECT commenter_id AS id, flagged, comments FROM commenter_stats WHERE commenter_id = ANY($1::bigint[])',
          [[...new Set(page.map((r) => r.commenter_id))]],
        )
      ).map((r) => [r.id, r.comments > 0 ? r.flagged / r.comments : 0]),
    );
    return {
      items: page.map((r) => ({ ...toSummary(r), commenterFlaggedRate: rates.get(r.commenter_id) ?? 0 })),
      nextCursor: rowsRead.length > filter.limit && last ? encodeCursor(`queue:${filter.sort}`, order.keysOf(last)) : null,
    };
  }

  return {
    listComments,
    async queueCounts() {
      const s = (await row<Omit<QueueCounts, 'all'>>(
        pool,
        `SELECT coalesce(sum(status_pending), 0) AS pending, coalesce(sum(status_approved), 0) AS approved,
           coalesce(sum(status_rejected), 0) AS rejected, coalesce(sum(status_escalated), 0) AS escalated,
           coalesce((SELECT value FROM queue_counters WHERE name = 'flagged_pending'), 0) AS flagged
         FROM article_stats`,
      ))!;
      return { flagged: s.flagged, pending: s.pending, approved: s.approved, rejected: s.rejected, escalated: s.escalated, all: s.pending + s.approved + s.rejected + s.escalated };
    },
    commentDetail: (id) =>
      readTransaction(pool, async (db) => {
        const r = await row<SummaryRow & { article_url: string | null }>(db, queueSql.detail, [id]);
        if (!r) return null;
        const c = toStoredComment(r);
        return { ...toSummary(r), source: c.source, externalId: c.externalId, articleUrl: r.article_url, rulesVersion: c.rulesVersion, history: await historyOf(db, id) };
      }),
  };
}
