/**
 * The overview page in PostgreSQL: every figure is a sum over the hours of a
 * range, from article_hourly (through its index by hour) and status_hourly
 * (004_insights.sql); no comment row is read.
 */
import type pg from 'pg';
import type { Overview } from '../../../shared/insights.js';
import type { OverviewQuery } from '../insights.js';
import { overviewWindows, toOverview, type HeatedRow, type HourRow, type StatusSums, type TimeWindow, type WindowReads } from '../overviewPage.js';
import { HEATED_ARTICLES } from '../overviewSeries.js';
import { readTransaction, row, rows, type Db } from './db.js';

const SQL = {
  statuses: `SELECT coalesce(sum(approved), 0) AS approved, coalesce(sum(rejected), 0) AS rejected, coalesce(sum(escalated), 0) AS escalated
    FROM status_hourly WHERE hour >= $1 AND hour < $2`,
  hourly: `SELECT hour AS at, sum(comments) AS comments, sum(flagged) AS flagged, sum(tone_sum) AS tone_sum
    FROM article_hourly WHERE hour >= $1 AND hour < $2 GROUP BY hour ORDER BY hour`,
  // "Heated": the most flagged comments in the range, then the darkest tone.
  heated: `SELECT x.article_id AS id, a.title, x.comments, x.flagged, x.tone_sum FROM (
      SELECT article_id, sum(comments) AS comments, sum(flagged) AS flagged, sum(tone_sum) AS tone_sum
      FROM article_hourly WHERE hour >= $1 AND hour < $2 GROUP BY article_id
      ORDER BY sum(flagged) DESC, sum(tone_sum) / sum(comments) ASC, article_id LIMIT ${HEATED_ARTICLES}
    ) x JOIN articles a ON a.id = x.article_id
    ORDER BY x.flagged DESC, x.tone_sum / x.comments ASC, x.article_id`,
};

async function read(db: Db, { from, to }: TimeWindow): Promise<WindowReads> {
  return { hours: await rows<HourRow>(db, SQL.hourly, [from, to]), statuses: (await row<StatusSums>(db, SQL.statuses, [from, to]))! };
}

export function prepareOverview(pool: pg.Pool): { overview(query: OverviewQuery): Promise<Overview> } {
  return {
    // One snapshot: today, the range and the heated articles agree with each other.
    overview: (query) =>
      readTransaction(pool, async (db) => {
        const windows = overviewWindows(query);
        return toOverview(query, {
          range: await read(db, windows.range),
          today: await read(db, windows.today),
          previousDay: await read(db, windows.previousDay),
          heated: await rows<HeatedRow>(db, SQL.heated, [windows.range.from, windows.range.to]),
        });
      }),
  };
}
