/**
 * The aggregate tables in PostgreSQL: applying a batch's sums and a status
 * change (inside the caller's transaction), and reading `Stats` from the
 * aggregate rows alone — the comments table is never read here. A batch's
 * sums go in as one JSON document per table: one statement whatever the
 * number of articles, commenters, hours and days it touches.
 */
import type { ModerationStatus, Stats } from '../../../shared/types.js';
import {
  ARTICLE_HOURS,
  COMMENTER_DAYS,
  STATS_COUNTERS,
  statsFromRow,
  statusChangeCounters,
  type AggregateBatch,
  type BucketDelta,
  type StatsRow,
} from '../aggregates.js';
import { row, rows, type Db } from './db.js';

const counterType = (c: string) => (c === 'tone_sum' ? 'double precision' : 'integer');

const addCounters = (table: string, idColumn: string) =>
  `UPDATE ${table} s SET ${STATS_COUNTERS.map((c) => `${c} = s.${c} + v.${c}`).join(', ')},
     last_activity = greatest(s.last_activity, v.last_activity)
   FROM json_to_recordset($1::json) AS v(id bigint, ${STATS_COUNTERS.map((c) => `${c} ${counterType(c)}`).join(', ')}, last_activity timestamptz)
   WHERE s.${idColumn} = v.id`;

const addBuckets = (table: string, idColumn: string, bucketColumn: string) =>
  `INSERT INTO ${table} AS t (${idColumn}, ${bucketColumn}, comments, tone_sum, flagged)
   SELECT "ownerId", bucket, comments, "toneSum", flagged
   FROM json_to_recordset($1::json) AS v("ownerId" bigint, bucket timestamptz, comments integer, "toneSum" double precision, flagged integer)
   ON CONFLICT (${idColumn}, ${bucketColumn}) DO UPDATE SET
     comments = t.comments + excluded.comments, tone_sum = t.tone_sum + excluded.tone_sum, flagged = t.flagged + excluded.flagged`;

const statusColumns = STATS_COUNTERS.filter((c) => c.startsWith('status_'));
const changeStatus = (table: string, idColumn: string) =>
  `UPDATE ${table} SET ${statusColumns.map((c, i) => `${c} = ${c} + $${i + 2}`).join(', ')} WHERE ${idColumn} = $1`;

/** The read queries, exported so a test can check their plans never touch comments. */
export const STATS_QUERIES = {
  article: 'SELECT * FROM article_stats WHERE article_id = $1',
  articleHours: `SELECT hour, comments, tone_sum AS "toneSum", flagged FROM article_hourly WHERE article_id = $1 ORDER BY hour DESC LIMIT ${ARTICLE_HOURS}`,
  commenter: 'SELECT * FROM commenter_stats WHERE commenter_id = $1',
  commenterDays: `SELECT day AS hour, comments, tone_sum AS "toneSum", flagged FROM commenter_daily WHERE commenter_id = $1 ORDER BY day DESC LIMIT ${COMMENTER_DAYS}`,
} as const;

const SQL = {
  article: addCounters('article_stats', 'article_id'),
  commenter: addCounters('commenter_stats', 'commenter_id'),
  hours: addBuckets('article_hourly', 'article_id', 'hour'),
  days: addBuckets('commenter_daily', 'commenter_id', 'day'),
  articleStatus: changeStatus('article_stats', 'article_id'),
  commenterStatus: changeStatus('commenter_stats', 'commenter_id'),
};

const deltas = (map: Map<number, { counters: Record<string, number>; lastActivity: string }>) =>
  JSON.stringify([...map].map(([id, d]) => ({ id, ...d.counters, last_activity: d.lastActivity })));
const buckets = (map: Map<string, BucketDelta>) => JSON.stringify([...map.values()]);

/** Adds a batch's sums; call inside the batch's transaction. */
export async function applyAggregates(db: Db, batch: AggregateBatch): Promise<void> {
  if (batch.articles.size === 0) return;
  await db.query(SQL.article, [deltas(batch.articles)]);
  await db.query(SQL.commenter, [deltas(batch.commenters)]);
  await db.query(SQL.hours, [buckets(batch.articleHours)]);
  await db.query(SQL.days, [buckets(batch.commenterDays)]);
}

/** Moves one comment from a status count to another; call inside the decision's transaction. */
export async function changeStatusCounts(db: Db, articleId: number, commenterId: number, from: ModerationStatus, to: ModerationStatus): Promise<void> {
  const counters = statusChangeCounters(from, to);
  const values = statusColumns.map((c) => counters[c]);
  await db.query(SQL.articleStatus, [articleId, ...values]);
  await db.query(SQL.commenterStatus, [commenterId, ...values]);
}

async function readStats(db: Db, statsSql: string, bucketsSql: string, id: number): Promise<Stats> {
  const [stats, hourly] = await Promise.all([row<StatsRow>(db, statsSql, [id]), rows<Stats['hourly'][number]>(db, bucketsSql, [id])]);
  return statsFromRow(stats ?? undefined, hourly.reverse());
}

export const articleStats = (db: Db, id: number) => readStats(db, STATS_QUERIES.article, STATS_QUERIES.articleHours, id);
/** Daily buckets in the `hourly` field (each `hour` is a day's midnight UTC), as the SQLite store gives them. */
export const commenterStats = (db: Db, id: number) => readStats(db, STATS_QUERIES.commenter, STATS_QUERIES.commenterDays, id);
