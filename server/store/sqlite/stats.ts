/**
 * The aggregate tables in SQLite: applying a batch's sums and a status
 * change (always inside the caller's transaction), and reading `Stats` from
 * the aggregate rows alone — the comments table is never read here.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { ModerationStatus, Stats } from '../../../shared/types.js';
import { ARTICLE_HOURS, COMMENTER_DAYS, STATS_COUNTERS, statsFromRow, statusChangeCounters, type AggregateBatch, type BucketDelta, type StatsRow } from '../aggregates.js';

const addCounters = (table: string, idColumn: string) =>
  `UPDATE ${table} SET ${STATS_COUNTERS.map((c) => `${c} = ${c} + @${c}`).join(', ')},
     last_activity = max(coalesce(last_activity, @last_activity), @last_activity)
   WHERE ${idColumn} = @id`;

const addBucket = (table: string, idColumn: string, bucketColumn: string) =>
  `INSERT INTO ${table} (${idColumn}, ${bucketColumn}, comments, tone_sum, flagged) VALUES (@ownerId, @bucket, @comments, @toneSum, @flagged)
   ON CONFLICT (${idColumn}, ${bucketColumn}) DO UPDATE SET
     comments = comments + excluded.comments, tone_sum = tone_sum + excluded.tone_sum, flagged = flagged + excluded.flagged`;

const statusColumns = STATS_COUNTERS.filter((c) => c.startsWith('status_'));
const changeStatus = (table: string, idColumn: string) =>
  `UPDATE ${table} SET ${statusColumns.map((c) => `${c} = ${c} + @${c}`).join(', ')} WHERE ${idColumn} = @id`;

/** The read queries, exported so a test can check their plans never touch comments. */
export const STATS_QUERIES = {
  article: 'SELECT * FROM article_stats WHERE article_id = ?',
  articleHours: `SELECT hour, comments, tone_sum AS toneSum, flagged FROM article_hourly WHERE article_id = ? ORDER BY hour DESC LIMIT ${ARTICLE_HOURS}`,
  commenter: 'SELECT * FROM commenter_stats WHERE commenter_id = ?',
  commenterDays: `SELECT day AS hour, comments, tone_sum AS toneSum, flagged FROM commenter_daily WHERE commenter_id = ? ORDER BY day DESC LIMIT ${COMMENTER_DAYS}`,
} as const;

export interface StatsTables {
  /** Adds a batch's sums; call inside the batch's transaction. */
  apply(batch: AggregateBatch): void;
  /** Moves one comment from a status count to another; call inside the decision's transaction. */
  changeStatus(articleId: number, commenterId: number, from: ModerationStatus, to: ModerationStatus): void;
  articleStats(articleId: number): Stats;
  /** Daily buckets in the `hourly` field (each `hour` is a day's midnight UTC): a commenter's activity spans weeks, not hours. */
  commenterStats(commenterId: number): Stats;
}

export function prepareStatsTables(db: Database): StatsTables {
  const add = {
    article: db.prepare(addCounters('article_stats', 'article_id')),
    commenter: db.prepare(addCounters('commenter_stats', 'commenter_id')),
    hour: db.prepare(addBucket('article_hourly', 'article_id', 'hour')),
    day: db.prepare(addBucket('commenter_daily', 'commenter_id', 'day')),
  };
  const status = {
    article: db.prepare(changeStatus('article_stats', 'article_id')),
    commenter: db.prepare(changeStatus('commenter_stats', 'commenter_id')),
  };
  const read = {
    article: db.prepare(STATS_QUERIES.article),
    articleHours: db.prepare(STATS_QUERIES.articleHours),
    commenter: db.prepare(STATS_QUERIES.commenter),
    commenterDays: db.prepare(STATS_QUERIES.commenterDays),
  };
  const readStats = (row: Statement, buckets: Statement, id: number) =>
    statsFromRow(row.get(id) as StatsRow | undefined, (buckets.all(id) as Stats['hourly']).reverse());
  const applyBuckets = (statement: Statement, deltas: Map<string, BucketDelta>) => {
    for (const d of deltas.values()) statement.run(d);
  };

  return {
    apply(batch) {
      for (const [id, d] of batch.articles) add.article.run({ id, ...d.counters, last_activity: d.lastActivity });
      for (const [id, d] of batch.commenters) add.commenter.run({ id, ...d.counters, last_activity: d.lastActivity });
      applyBuckets(add.hour, batch.articleHours);
      applyBuckets(add.day, batch.commenterDays);
    },
    changeStatus(articleId, commenterId, from, to) {
      const counters = statusChangeCounters(from, to);
      status.article.run({ id: articleId, ...counters });
      status.commenter.run({ id: commenterId, ...counters });
    },
    articleStats: (id) => readStats(read.article, read.articleHours, id),
    commenterStats: (id) => readStats(read.commenter, read.commenterDays, id),
  };
}
