/**
 * The overview page from its reads, independent of the database: which
 * windows it sums (today, the day before, the range asked for), and the page
 * from each window's hour rows and decision counts. The SQL that reads them
 * lives with each store, inside one snapshot so the parts agree.
 */
import type { ActivityTotals, HeatedArticle, Overview } from '../../shared/insights.js';
import { dayOf, hourOf } from './aggregates.js';
import type { OverviewQuery } from './insights.js';
import { byDay, dense, DAY_MS, HOUR_MS, HOURLY_UP_TO_MS, iso, meanOf, type Sums } from './overviewSeries.js';

/** ISO times: `from` inclusive, `to` exclusive. */
export interface TimeWindow {
  from: string;
  to: string;
}

export type HourRow = Sums & { at: string };
export type StatusSums = { approved: number; rejected: number; escalated: number };
export type HeatedRow = Sums & { id: number; title: string | null };

/** A window's hour rows, from article_hourly, and its decisions, from status_hourly. */
export interface WindowReads {
  hours: HourRow[];
  statuses: StatusSums;
}

/** `range` starts at the hour of `from`; `today` runs from midnight (UTC) to `now`. */
export function overviewWindows({ from, to, now }: OverviewQuery): { range: TimeWindow; today: TimeWindow; previousDay: TimeWindow } {
  const dayStart = Date.parse(dayOf(now));
  return {
    range: { from: hourOf(from), to },
    today: { from: iso(dayStart), to: now },
    previousDay: { from: iso(dayStart - DAY_MS), to: iso(dayStart) },
  };
}

/** The totals of a window's hour rows and the decisions on their comments. */
function totals({ hours, statuses: st }: WindowReads): ActivityTotals {
  const s = hours.reduce((a, r) => ({ comments: a.comments + r.comments, flagged: a.flagged + r.flagged, tone_sum: a.tone_sum + r.tone_sum }), { comments: 0, flagged: 0, tone_sum: 0 });
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

/** A day's totals (up to its window's end) and its 24 hours. */
function day(window: TimeWindow, reads: WindowReads) {
  const start = Date.parse(window.from);
  return { totals: totals(reads), hourly: dense(reads.hours, start, start + DAY_MS, HOUR_MS) };
}

export function toOverview(
  { from, to, now }: OverviewQuery,
  reads: { range: WindowReads; today: WindowReads; previousDay: WindowReads; heated: readonly HeatedRow[] },
): Overview {
  const windows = overviewWindows({ from, to, now });
  const rangeFrom = windows.range.from;
  // Judged on the range asked for: a week from 14:37 is still a week, drawn by the hour.
  const daily = Date.parse(to) - Date.parse(from) > HOURLY_UP_TO_MS;
  const rows = reads.range.hours;
  const series = daily ? dense(byDay(rows), Date.parse(dayOf(rangeFrom)), Date.parse(to), DAY_MS) : dense(rows, Date.parse(rangeFrom), Date.parse(to), HOUR_MS);
  return {
    at: now,
    today: { ...windows.today, ...day(windows.today, reads.today), previousDay: day(windows.previousDay, reads.previousDay) },
    range: { from: rangeFrom, to, bucket: daily ? 'day' : 'hour', totals: totals(reads.range), series },
    heatedArticles: reads.heated.map(
      (h): HeatedArticle => ({ id: h.id, title: h.title, comments: h.comments, flagged: h.flagged, flaggedShare: h.flagged / h.comments, toneMean: h.tone_sum / h.comments }),
    ),
  };
}
