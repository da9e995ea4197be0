/**
 * The articles pages from their rows, independent of the database: a list
 * row as an item with its sparkline, and one article's stats page from its
 * parts. The SQL that reads them lives with each store.
 */
import type { ArticleDetailStats, ArticleListItem, TonePoint, TopCommenter } from '../../shared/insights.js';
import type { Stats } from '../../shared/types.js';
import { hourOf } from './aggregates.js';
import { scanScope, TOP_COMMENTERS_SCAN } from './insights.js';
import { HOUR_MS, meanOf } from './overviewSeries.js';
import { toArticle, type ArticleRow } from './rowMapping.js';

export const SPARKLINE_HOURS = 24;
/** Two weeks of hours: the life of almost any article's discussion. */
export const TONE_OVER_TIME_HOURS = 14 * 24;
export const TOP_COMMENTERS = 10;

export interface ArticleListRow extends ArticleRow {
  comments: number;
  flagged: number;
  tone_sum: number;
  last_activity: string;
  sort_value: number | string;
}

/** An article_hourly row as a sparkline reads it. */
export interface HourTone {
  hour: string;
  comments: number;
  tone_sum: number;
}

/** Mean tone of each of the 24 hours ending with `lastActivity`'s hour, from those hours' rows. */
export function sparkline(lastActivity: string, hours: readonly HourTone[]): (number | null)[] {
  const end = Date.parse(hourOf(lastActivity));
  const line: (number | null)[] = new Array(SPARKLINE_HOURS).fill(null);
  for (const h of hours) {
    const slot = SPARKLINE_HOURS - 1 - Math.round((end - Date.parse(h.hour)) / HOUR_MS);
    if (slot >= 0) line[slot] = meanOf(h.comments, h.tone_sum);
  }
  return line;
}

export const toArticleListItem = (r: ArticleListRow, line: (number | null)[]): ArticleListItem => ({
  id: r.id,
  title: r.title,
  url: r.url,
  section: r.section,
  publishedAt: r.published_at,
  comments: r.comments,
  toneMean: r.tone_sum / r.comments,
  flaggedShare: r.flagged / r.comments,
  lastActivity: r.last_activity,
  sparkline: line,
});

export interface OverTimeRow {
  at: string;
  comments: number;
  flagged: number;
  tone_sum: number;
}

export interface ArticleParts {
  article: ArticleRow;
  stats: Stats;
  /** The latest TONE_OVER_TIME_HOURS hours with comments, newest first. */
  overTime: readonly OverTimeRow[];
  topCommenters: TopCommenter[];
}

export function toArticleDetail({ article, stats: s, overTime, topCommenters }: ArticleParts): ArticleDetailStats {
  return {
    article: toArticle(article),
    stats: s,
    toneOverTime: [...overTime].reverse().map((h): TonePoint => ({ at: h.at, comments: h.comments, flagged: h.flagged, toneMean: meanOf(h.comments, h.tone_sum) })),
    toneHistogram: s.toneHistogram,
    reasons: s.reasons,
    statuses: s.statuses,
    topCommenters,
    topCommentersScope: scanScope(s.comments, TOP_COMMENTERS_SCAN),
  };
}
