/**
 * The overview, live: today's counters and hours, the chosen range and the
 * heated articles from `GET /api/overview`, then every new comment and
 * decision of the queue room added in place; the queue's counts as the
 * server pushes them; comments per minute measured in the browser.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ActivityTotals, Overview, TonePoint } from '../../shared/insights.js';
import type { CommentSummary, QueueCounts } from '../../shared/events.js';
import type { ModerationStatus } from '../../shared/types.js';
import { withQuery } from '../api.js';
import { useRoom, useSocketEvent } from '../socket.js';
import { addToPoints, commentTime, dayOf, hourOf, know, remember, useStatusChanges, type KnownComment, type StatusChange } from './useArticles.js';
import { useFetch, type Fetched } from './useFetch.js';

export const OVERVIEW_RANGES = ['24h', '7d', '30d'] as const;
export type OverviewRange = (typeof OVERVIEW_RANGES)[number];
export const DEFAULT_RANGE: OverviewRange = '7d';
const RANGE_DAYS: Record<OverviewRange, number> = { '24h': 1, '7d': 7, '30d': 30 };

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Comments per minute are counted over the last five minutes: long enough to smooth a burst, short enough to follow the evening rush. */
export const RATE_WINDOW_MS = 5 * MINUTE_MS;
const RATE_TICK_MS = 5_000;

function addToTotals(t: ActivityTotals, c: CommentSummary): ActivityTotals {
  const comments = t.comments + 1;
  const flagged = t.flagged + (c.score.flagged ? 1 : 0);
  const toneMean = ((t.toneMean ?? 0) * t.comments + c.score.tone.score) / comments;
  const next = { ...t, comments, flagged, toneMean, flaggedRate: flagged / comments };
  if (c.status !== 'pending') next[c.status] += 1;
  else next.pending += 1;
  return next;
}

function changeTotals(t: ActivityTotals, from: ModerationStatus, to: ModerationStatus): ActivityTotals {
  const next = { ...t, [from]: t[from] - 1 };
  next[to] += 1;
  const decided = next.approved + next.rejected;
  return { ...next, rejectionRate: decided ? next.rejected / decided : null };
}

/** A day's or the range's series with a comment counted; a bucket after the last one extends it (an hour or a day begun while the page was open). */
function addToSeries(series: TonePoint[], bucket: string, step: number, tone: number, flagged: boolean): TonePoint[] {
  const last = series[series.length - 1];
  if (!last || bucket <= last.at) return series.some((p) => p.at === bucket) ? addToPoints(series, bucket, tone, flagged) : series;
  const filled = [...series];
  for (let t = Date.parse(last.at) + step; t < Date.parse(bucket); t += step) filled.push({ at: new Date(t).toISOString(), comments: 0, flagged: 0, toneMean: null });
  return addToPoints(filled, bucket, tone, flagged);
}

/** The overview with these new comments counted where their time falls: today or yesterday, the range, a heated article. */
export function addOverviewComments(o: Overview, comments: readonly CommentSummary[]): Overview {
  let { today, range, heatedArticles } = o;
  const dayEnd = new Date(Date.parse(today.from) + DAY_MS).toISOString();
  for (const c of comments) {
    const at = commentTime(c);
    const tone = c.score.tone.score;
    if (at >= today.from && at < dayEnd) {
      today = { ...today, totals: addToTotals(today.totals, c), hourly: addToPoints(today.hourly, hourOf(at), tone, c.score.flagged) };
    } else if (at < today.from && at >= today.previousDay.hourly[0]!.at) {
      const p = today.previousDay;
      today = { ...today, previousDay: { totals: addToTotals(p.totals, c), hourly: addToPoints(p.hourly, hourOf(at), tone, c.score.flagged) } };
    }
    if (at >= range.from) {
      const daily = range.bucket === 'day';
      const series = addToSeries(range.series, daily ? dayOf(at) : hourOf(at), daily ? DAY_MS : HOUR_MS, tone, c.score.flagged);
      range = { ...range, totals: addToTotals(range.totals, c), series };
      heatedArticles = heatedArticles.map((h) => {
        if (h.id !== c.articleId) return h;
        const n = h.comments + 1;
        const flagged = h.flagged + (c.score.flagged ? 1 : 0);
        return { ...h, comments: n, flagged, flaggedShare: flagged / n, toneMean: (h.toneMean * h.comments + tone) / n };
      });
    }
  }
  return { ...o, today, range, heatedArticles };
}

/** The overview after these decisions, on the totals of the day and range their comments belong to. */
export function applyOverviewStatusChanges(o: Overview, changes: readonly StatusChange[]): Overview {
  let { today, range } = o;
  for (const { at, from, status } of changes) {
    if (at >= today.from) today = { ...today, totals: changeTotals(today.totals, from, status) };
    else if (at >= today.previousDay.hourly[0]!.at) today = { ...today, previousDay: { ...today.previousDay, totals: changeTotals(today.previousDay.totals, from, status) } };
    if (at >= range.from) range = { ...range, totals: changeTotals(range.totals, from, status) };
  }
  return { ...o, today, range };
}

/** Comments over the hour before `at`, from the hourly buckets: the current hour's and the part of the previous hour still inside. */
export function lastHourComments(o: Overview): number {
  const hours = [...o.today.previousDay.hourly, ...o.today.hourly];
  const current = hourOf(o.at);
  const i = hours.findIndex((h) => h.at === current);
  if (i < 0) return 0;
  const into = (Date.parse(o.at) - Date.parse(current)) / HOUR_MS;
  return hours[i]!.comments + (hours[i - 1]?.comments ?? 0) * (1 - into);
}

export interface LiveOverview extends Fetched<Overview> {
  /** Null until the server's first `queue:counts` (sent on joining the room). */
  counts: QueueCounts | null;
  /** Comments per minute over the last RATE_WINDOW_MS; null before the first answer. */
  perMinute: number | null;
}

export function useOverview(range: OverviewRange): LiveOverview {
  const [nonce, setNonce] = useState(0);
  // The range ends now: a new `from` for each (re)load. A week is the server's own default, asked for as such: a `from`
  // computed here would be a few milliseconds more than a week before the server's now, and drawn by the day.
  const url = useMemo(
    () => (range === DEFAULT_RANGE ? '/api/overview' : withQuery('/api/overview', { from: new Date(Date.now() - RANGE_DAYS[range] * DAY_MS).toISOString() })),
    // `nonce`: a reload asks for a range ending at the new now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [range, nonce],
  );
  const fetched = useFetch<Overview>(url);
  const { data, loading, setData, reload } = fetched;
  // Both in one render: the fetch runs once, with the new URL or (for the week) the same one again.
  const refresh = useCallback(() => (setNonce((n) => n + 1), reload()), [reload]);
  useRoom({ kind: 'queue' }, refresh);

  const [counts, setCounts] = useState<QueueCounts | null>(null);
  useSocketEvent('queue:counts', setCounts);

  const seen = useRef(new Set<number>());
  const known = useRef(new Map<number, KnownComment>());
  // Comments that came while an answer was on its way: added once it is in, unless it counted them already.
  const waiting = useRef<CommentSummary[]>([]);
  // Arrivals counted per second: a window holds at most 300 buckets however fast comments come.
  const arrivals = useRef<{ second: number; n: number }[]>([]);

  useSocketEvent('comment:new', ({ comments }) => {
    const fresh = comments.filter((c) => !seen.current.has(c.id));
    if (!fresh.length) return;
    for (const c of fresh) {
      remember(seen.current, c.id);
      know(known.current, c.id, { articleId: c.articleId, at: commentTime(c), status: c.status });
    }
    const second = Math.floor(Date.now() / 1000);
    const last = arrivals.current[arrivals.current.length - 1];
    if (last?.second === second) last.n += fresh.length;
    else arrivals.current.push({ second, n: fresh.length });
    if (!data || loading) {
      waiting.current.push(...fresh);
    } else if (fresh.some((c) => commentTime(c) >= new Date(Date.parse(data.today.from) + DAY_MS).toISOString())) {
      // A new day began: "today" is another day, read afresh (with these comments in it, or added after).
      waiting.current.push(...fresh);
      refresh();
    } else {
      setData((o) => addOverviewComments(o, fresh));
    }
  });

  useLayoutEffect(() => {
    if (!data || loading || !waiting.current.length) return;
    const missed = waiting.current.filter((c) => c.receivedAt > data.at);
    waiting.current = [];
    if (missed.length) setData((o) => addOverviewComments(o, missed));
  }, [data, loading, setData]);

  useStatusChanges(known, (changes) => setData((o) => applyOverviewStatusChanges(o, changes)));

  // The rate: arrivals in the window, and until the page has been open that long, the last hour's pace for the rest of it.
  const seed = useRef<{ openedAt: number; perMinute: number } | null>(null);
  if (data && !seed.current) seed.current = { openedAt: Date.now(), perMinute: lastHourComments(data) / 60 };
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), RATE_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  let perMinute: number | null = null;
  if (seed.current) {
    const since = (now - RATE_WINDOW_MS) / 1000;
    arrivals.current = arrivals.current.filter((a) => a.second > since);
    const counted = arrivals.current.reduce((sum, a) => sum + a.n, 0);
    const unseen = Math.max(0, RATE_WINDOW_MS - (now - seed.current.openedAt));
    perMinute = (counted + (seed.current.perMinute * unseen) / MINUTE_MS) / (RATE_WINDOW_MS / MINUTE_MS);
  }

  return { ...fetched, reload: refresh, counts, perMinute };
}
