/**
 * The overview page in SQLite: every figure is a sum over the hours of a
 * range, from article_hourly (through its index by hour) and status_hourly
 * (004_insights.sql) — a day is a few hundred index entries, a year a few
 * hundred thousand at most, and no comment row is read.
 */
import type { Database } from 'better-sqlite3';
import type { ActivityTotals, HeatedArticle, Overview } from '../../../shared/insights.js';
import { dayOf, hourOf } from '../aggregates.js';
import type { OverviewQuery } from '../insights.js';
import { byDay, dense, DAY_MS, HEATED_ARTICLES, HOUR_MS, HOURLY_UP_TO_MS, iso, meanOf, type Sums } from '../overviewSeries.js';

export interface OverviewTables {
  overview(query: OverviewQuery): Overview;
}

export function prepareOverview(db: Database): OverviewTables {
  const q = {
    statuses: db.prepare(`SELECT coalesce(sum(approved), 0) AS approved, coalesce(sum(rejected), 0) AS rejected, coalesce(sum(escalated), 0) AS escalated
      FROM status_hourly WHERE hour >= ? AND hour < ?`),
    // In hour order along the index: grouped as it streams, no sort. Days are summed from these hours here.
    hourly: db.prepare(`SELECT hour AS at, sum(comments) AS comments, sum(flagged) AS flagged, sum(tone_sum) AS tone_sum
      FROM article_hourly WHERE hour >= ? AND hour < ? GROUP BY hour`),
    // "Heated": the most flagged comments in the range, then the darkest tone.
    heated: db.prepare(`SELECT x.article_id AS id, a.title, x.comments, x.flagged, x.tone_sum FROM (
        SELECT article_id, sum(comments) AS comments, sum(flagged) AS flagged, sum(tone_sum) AS tone_sum
        FROM article_hourly WHERE hour >= ? AND hour < ? GROUP BY article_id
        ORDER BY flagged DESC, tone_sum / comments ASC, article_id LIMIT ${HEATED_ARTICLES}
      ) x JOIN articles a ON a.id = x.article_id
      ORDER BY x.flagged DESC, x.tone_sum / x.comments ASC, x.article_id`),
  };

  const hourRows = (from: string, to: string) => q.hourly.all(from, to) as (Sums & { at: string })[];

  /** The totals of these hour rows (those of [from, to)) and the decisions on their comments. */
  function totals(rows: readonly Sums[], from: string, to: string): ActivityTotals {
    const s = rows.reduce((a, r) => ({ comments: a.comments + r.comments, flagged: a.flagged + r.flagged, tone_sum: a.tone_sum + r.tone_sum }), { comments: 0, flagged: 0, tone_sum: 0 });
    const st = q.statuses.get(from, to) as { approved: number; rejected: number; escalated: number };
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
  function day(start: number, end: string) {
    const rows = hourRows(iso(start), end);
    return { totals: totals(rows, iso(start), end), hourly: dense(rows, start, start + DAY_MS, HOUR_MS) };
  }

  // One read transaction: today, the range and the heated articles agree with each other.
  const overview = db.transaction(({ from, to, now }: OverviewQuery): Overview => {
    const dayStart = Date.parse(dayOf(now));
    const rangeFrom = hourOf(from);
    const rows = hourRows(rangeFrom, to);
    // Judged on the range asked for: a week from 14:37 is still a week, drawn by the hour.
    const daily = Date.parse(to) - Date.parse(from) > HOURLY_UP_TO_MS;
    const series = daily ? dense(byDay(rows), Date.parse(dayOf(rangeFrom)), Date.parse(to), DAY_MS) : dense(rows, Date.parse(rangeFrom), Date.parse(to), HOUR_MS);
    const heated = q.heated.all(rangeFrom, to) as (Sums & { id: number; title: string | null })[];
    const today = day(dayStart, now);
    return {
      at: now,
      today: { from: iso(dayStart), to: now, ...today, previousDay: day(dayStart - DAY_MS, iso(dayStart)) },
      range: { from: rangeFrom, to, bucket: daily ? 'day' : 'hour', totals: totals(rows, rangeFrom, to), series },
      heatedArticles: heated.map(
        (h): HeatedArticle => ({ id: h.id, title: h.title, comments: h.comments, flagged: h.flagged, flaggedShare: h.flagged / h.comments, toneMean: h.tone_sum / h.comments }),
      ),
    };
  });

  return { overview: (query) => overview(query) };
}
