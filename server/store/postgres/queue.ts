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
import { MODERATION_STATUSES } from '../../../shared/types.js';
import { toCommentDetail } from '../commentSummaries.js';
import { mergePage, pageCommenters, queueCursor, queueItems, type QueueRow } from '../queueOrders.js';
import type { QueueFilter } from '../store.js';
import { historyOf } from './audit.js';
import { readTransaction, row, rows, type Db } from './db.js';
import { queueSql, type PageQuery } from './queueSql.js';
import { tsQuery } from './tsQuery.js';

const run = async (db: Db, { sql, values }: { sql: string; values: unknown[] }) => rows<QueueRow>(db, sql, values);

async function readPage(pool: pg.Pool, f: PageQuery): Promise<QueueRow[]> {
  // One article's or commenter's comments are few: read them whatever their status, and sort them.
  if (f.status !== 'all' || f.articleId !== undefined || f.commenterId !== undefined) return run(pool, queueSql.page(f, f.status));
  // 'all' is read as the four statuses' index ranges merged: each is already in order, so no row
  // beyond the page is read, where one query over every comment would sort them all. One snapshot
  // for the four, so a comment decided meanwhile is neither missed nor shown twice.
  return readTransaction(pool, async (db) => {
    const pages: QueueRow[][] = [];
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
    const after = queueCursor(filter);
    const search = filter.q !== undefined && filter.q !== '' ? tsQuery(filter.q) : undefined;
    if (search === null) return { items: [], nextCursor: null };
    const merged = mergePage(await readPage(pool, { ...filter, search, after }), filter);
    // A page's commenters in one statement: their flagged share, shown on each card.
    const stats = await rows<{ id: number; flagged: number; comments: number }>(
      pool,
      'SELECT commenter_id AS id, flagged, comments FROM commenter_stats WHERE commenter_id = ANY($1::bigint[])',
      [pageCommenters(merged.page)],
    );
    return queueItems(merged, stats);
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
        const r = await row<QueueRow & { article_url: string | null }>(db, queueSql.detail, [id]);
        return r ? toCommentDetail(r, await historyOf(db, id)) : null;
      }),
  };
}
