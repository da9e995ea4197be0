/**
 * The overview page in PostgreSQL: every figure is a sum over the hours of a
 * range, from article_hourly (through its index by hour) and status_hourly
 * (004_insights.sql); no comment row is read.
 */
import type pg from 'pg';
import type { ActivityTotals, HeatedArticle, Overview } from '../../../shared/insights.js';
import { dayOf, hourOf } from '../aggregates.js';
import type { OverviewQuery } from '../insights.js';
import { byDay, dense, DAY_MS, HEATED_ARTICLES, HOUR_MS, HOURLY_UP_TO_MS, iso, meanOf, type Sums } from '../overviewSeries.js';
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

type HourRow = Sums & { at: string };

async function totals(db: Db, hours: readonly Sums[], from: string, to: string): Promise<ActivityTotals> {
  const s = hours.reduce((a, r) => ({ comments: a.comments + r.comments, flagged: a.flagged + r.flagged, tone_sum: a.tone_sum + r.tone_sum }), { comments: 0, flagged: 0, tone_sum: 0 });
  const st = (await row<{ approved: number; rejected: number; escalated: number }>(db, SQL.statuses, [from, to]))!;
  const decided = st.approved + st.rejected;
  return {
    comments: s.comments,
    flagged: s.flagged,
    toneMean: meanOf(s.comments, s.tone_sum),
    pending: s.comments - st.approved - st.rejected - st.escalated,
    ...st,
    flaggedRate: s.comments ? s.flagged / s.comments : null,
    rejectionRate: decided ? st.rejected / decided : null,
  };
}

/** A day's totals (up to `end`) and its 24 hours. */
async function day(db: Db, start: number, end: string) {
  const hours = await rows<HourRow>(db, SQL.hourly, [iso(start), end]);
  return { totals: await totals(db, hours, iso(start), end), hourly: dense(hours, start, start + DAY_MS, HOUR_MS) };
}

export function prepareOverview(pool: pg.Pool): { overview(query: OverviewQuery): Promise<Overview> } {
  return {
    // One snapshot: today, the range and the heated articles agree with each other.
    overview: ({ from, to, now }) =>
      readTransaction(pool, async (db) => {
        const dayStart = Date.parse(dayOf(now));
        const rangeFrom = hourOf(from);
        const hours = await rows<HourRow>(db, SQL.hourly, [rangeFrom, to]);
        // Judged on the range asked for: a week from 14:37 is still a week, drawn by the hour.
        const daily = Date.parse(to) - Date.parse(from) > HOURLY_UP_TO_MS;
        const series = daily ? dense(byDay(hours), Date.parse(dayOf(rangeFrom)), Date.parse(to), DAY_MS) : dense(hours, Date.parse(rangeFrom), Date.parse(to), HOUR_MS);
        const heated = await rows<Sums & { id: number; title: string | null }>(db, SQL.heated, [rangeFrom, to]);
        const today = await day(db, dayStart, now);
        return {
          at: now,
          today: { from: iso(dayStart), to: now, ...today, previousDay: await day(db, dayStart - DAY_MS, iso(dayStart)) },
          range: { from: rangeFrom, to, bucket: daily ? 'day' : 'hour', totals: await totals(db, hours, rangeFrom, to), series },
          heatedArticles: heated.map(
            (h): HeatedArticle => ({ id: h.id, title: h.title, comments: h.comments, flagged: h.flagged, flaggedShare: h.flagged / h.comments, toneMean: h.tone_sum / h.comments }),
          ),
        };
      }),
  };
}
