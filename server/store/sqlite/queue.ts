/**
 * The review queue in SQLite: keyset pages over the indexes of migration
 * 003, counts from the aggregates and the flagged-pending counter, one
 * comment's detail with its history.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { CommentSummary, QueueCounts } from '../../../shared/events.js';
import type { CommentDetail, Page, QueueStatus } from '../../../shared/review.js';
import { MODERATION_STATUSES, type ModerationStatus } from '../../../shared/types.js';
import { toCommentDetail } from '../commentSummaries.js';
import { mergePage, pageCommenters, queueCursor, queueItems, type QueueRow } from '../queueOrders.js';
import type { QueueFilter } from '../store.js';
import { prepareAudit, type AuditTables } from './audit.js';
import { ftsQuery } from './ftsQuery.js';
import { queueSql, reasonIndex, type PageQuery } from './queueSql.js';

export interface QueueTables {
  listComments(filter: QueueFilter): Page<CommentSummary>;
  queueCounts(): QueueCounts;
  commentDetail(id: number): CommentDetail | null;
  audit: AuditTables;
}

/**
 * Up to this many matches, a search drives the query and its matches are sorted (about 40 ms at
 * the limit); beyond, it is checked along the queue's order, which a common word soon fills a page
 * from. Measured at a million comments (server/cli/bench-queue.ts).
 */
const DRIVE_LIMIT = 20_000;

const statusesOf = (f: { status: QueueStatus }): readonly (QueueStatus | ModerationStatus)[] => (f.status === 'all' ? MODERATION_STATUSES : [f.status]);

/** `drive`: see DRIVE_LIMIT; tests change it to take both paths on a small table. */
export function prepareQueue(db: Database, drive = DRIVE_LIMIT): QueueTables {
  const statements = new Map<string, Statement>();
  // Queries differ only by which filters are present: a few dozen shapes, each prepared once.
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const q = {
    counts: db.prepare(`SELECT coalesce(sum(status_pending), 0) AS pending, coalesce(sum(status_approved), 0) AS approved,
      coalesce(sum(status_rejected), 0) AS rejected, coalesce(sum(status_escalated), 0) AS escalated FROM article_stats`),
    flagged: db.prepare(`SELECT value FROM queue_counters WHERE name = 'flagged_pending'`).pluck(),
    detail: db.prepare(queueSql.detail),
    // A page's commenters in one statement: their flagged share, shown on each card.
    flaggedRates: db.prepare(`SELECT commenter_id AS id, flagged, comments FROM commenter_stats WHERE commenter_id IN (SELECT value FROM json_each(?))`),
  };
  const audit = prepareAudit(db);

  const run = ({ sql, params }: { sql: string; params: Record<string, unknown> }) => prepared(sql).all(params) as QueueRow[];

  /** How many comments a search matches, counted from FTS's own lists up to DRIVE_LIMIT + 1 only. */
  const matchCount = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM comments_fts WHERE comments_fts MATCH ? LIMIT ${drive + 1})`).pluck();

  function listComments(filter: QueueFilter): Page<CommentSummary> {
    const after = queueCursor(filter);
    let match: string | undefined;
    if (filter.q !== undefined && filter.q !== '') {
      const fts = ftsQuery(filter.q);
      if (fts === null) return { items: [], nextCursor: null };
      match = fts;
    }
    const f: PageQuery = { ...filter, match, after, narrowed: false };
    let rows: QueueRow[];
    if (f.articleId !== undefined || f.commenterId !== undefined) {
      // One article's or commenter's comments are few: read them by their index and sort them.
      rows = run(queueSql.page({ ...f, narrowed: true }));
    } else if (f.reason !== undefined) {
      // A reason's own index holds the columns a page needs: read alone and sorted, whatever the reason.
      rows = run(queueSql.page({ ...f, via: reasonIndex(f.reason) }));
    } else if (f.match !== undefined && (matchCount.get(f.match) as number) <= drive) {
      // A search matching few comments drives: its matches are read and sorted.
      rows = run(queueSql.page({ ...f, narrowed: true }));
    } else if (f.match !== undefined) {
      // One matching many is checked along the queue's order instead, which soon fills a page.
      rows = statusesOf(f).flatMap((status) => run(queueSql.page({ ...f, status })));
    } else {
      // 'all' is read as the four statuses' index ranges merged: each is already in order, so no
      // row beyond the page is read, where one query over every comment would sort them all.
      rows = statusesOf(f).flatMap((status) => run(queueSql.page({ ...f, status })));
    }
    const merged = mergePage(rows, filter);
    return queueItems(merged, q.flaggedRates.all(JSON.stringify(pageCommenters(merged.page))) as { id: number; flagged: number; comments: number }[]);
  }

  return {
    listComments,
    queueCounts() {
      const s = q.counts.get() as Omit<QueueCounts, 'flagged' | 'all'>;
      const flagged = (q.flagged.get() as number | undefined) ?? 0;
      return { flagged, ...s, all: s.pending + s.approved + s.rejected + s.escalated };
    },
    commentDetail(id) {
      const row = q.detail.get(id) as (QueueRow & { article_url: string | null }) | undefined;
      return row ? toCommentDetail(row, audit.historyOf(id)) : null;
    },
    audit,
  };
}
