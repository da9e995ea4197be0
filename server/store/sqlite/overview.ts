/**
 * The overview page in SQLite: every figure is a sum over the hours of a
 * range, from article_hourly (through its index by hour) and status_hourly
 * (004_insights.sql) — a day is a few hundred index entries, a year a few
 * hundred thousand at most, and no comment row is read.
 */
import type { Database } from 'better-sqlite3';
import type { Overview } from '../../../shared/insights.js';
import type { OverviewQuery } from '../insights.js';
import { overviewWindows, toOverview, type HeatedRow, type HourRow, type StatusSums, type TimeWindow, type WindowReads } from '../overviewPage.js';
import { HEATED_ARTICLES } from '../overviewSeries.js';

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

  const read = ({ from, to }: TimeWindow): WindowReads => ({ hours: q.hourly.all(from, to) as HourRow[], statuses: q.statuses.get(from, to) as StatusSums });

  // One read transaction: today, the range and the heated articles agree with each other.
  const overview = db.transaction((query: OverviewQuery): Overview => {
    const windows = overviewWindows(query);
    return toOverview(query, {
      range: read(windows.range),
      today: read(windows.today),
      previousDay: read(windows.previousDay),
      heated: q.heated.all(windows.range.from, windows.range.to) as HeatedRow[],
    });
  });

  return { overview: (query) => overview(query) };
}
