/**
 * The overview's arithmetic, independent of the database: hour rows summed
 * by day, and dense series (every hour or day of a range, zeros where there
 * were no comments) for the charts.
 */
import type { TonePoint } from '../../shared/insights.js';
import { dayOf } from './aggregates.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Up to a week, the range is drawn by the hour; beyond, by the day. */
export const HOURLY_UP_TO_MS = 7 * DAY_MS;
export const HEATED_ARTICLES = 5;

export interface Sums {
  comments: number;
  flagged: number;
  tone_sum: number;
}

export const meanOf = (comments: number, toneSum: number) => (comments ? toneSum / comments : null);
export const iso = (ms: number) => new Date(ms).toISOString();

/** Every bucket from `first` while before `end`, `step` apart, zero where no row: a chart wants each hour, not each hour with comments. */
export function dense(rows: readonly (Sums & { at: string })[], first: number, end: number, step: number): TonePoint[] {
  const byTime = new Map(rows.map((r) => [r.at, r]));
  const points: TonePoint[] = [];
  for (let t = first; t < end; t += step) {
    const r = byTime.get(iso(t));
    points.push({ at: iso(t), comments: r?.comments ?? 0, flagged: r?.flagged ?? 0, toneMean: r ? meanOf(r.comments, r.tone_sum) : null });
  }
  return points;
}

/** Hour rows summed by day (each `at` the day's midnight). */
export function byDay(rows: readonly (Sums & { at: string })[]): (Sums & { at: string })[] {
  const days = new Map<string, Sums & { at: string }>();
  for (const r of rows) {
    const at = dayOf(r.at);
    const d = days.get(at);
    if (d) (d.comments += r.comments), (d.flagged += r.flagged), (d.tone_sum += r.tone_sum);
    else days.set(at, { ...r, at });
  }
  return [...days.values()];
}
