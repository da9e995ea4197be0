/**
 * The commenters pages from their rows, independent of the database: a list
 * row as an item, a recent comment as a brief, the watch flag, the tone
 * drift, and one commenter's detail from its parts. The SQL that reads them
 * lives with each store; no query there reads more comment rows than a
 * small, fixed number per commenter (the limits here).
 */
import type { CommentBrief, CommenterArticle, CommenterDetail, CommenterListItem, CommenterNote, DriftRule, ToneDrift, WatchState } from '../../shared/insights.js';
import type { FlagReason, ModerationStatus, Stats } from '../../shared/types.js';
import { COMMENTER_ARTICLES_SCAN, scanScope } from './insights.js';
import { flag, json, toCommenter, type CommenterRow, type Flag, type Json } from './rowMapping.js';

export const COMMENTER_ARTICLES = 50;
export const RECENT_COMMENTS = 20;
export const NOTES = 100;

export interface CommenterListRow {
  id: number;
  display_name: string;
  last_seen: string;
  comments: number;
  flagged: number;
  tone_sum: number;
  shouting: number;
  insults: number;
  watched: Flag;
  sort_value: number;
}

export interface BriefRow {
  id: number;
  article_id: number;
  title: string | null;
  text: string;
  posted_at: string | null;
  received_at: string;
  status: ModerationStatus;
  tone: number;
  flagged: Flag;
  reasons: Json<FlagReason[]>;
}

export interface WatchRow {
  watched: Flag;
  changed_by: string;
  changed_at: string;
}

export const toCommenterListItem = (r: CommenterListRow, drift: ToneDrift | null): CommenterListItem => ({
  id: r.id,
  displayName: r.display_name,
  comments: r.comments,
  flagged: r.flagged,
  flaggedRate: r.flagged / r.comments,
  toneMean: r.tone_sum / r.comments,
  shoutingIndex: r.shouting / r.comments,
  insultRate: r.insults / r.comments,
  lastSeen: r.last_seen,
  watched: flag(r.watched),
  drift,
});

const toBrief = (r: BriefRow): CommentBrief => ({
  id: r.id,
  articleId: r.article_id,
  articleTitle: r.title,
  text: r.text,
  postedAt: r.posted_at,
  receivedAt: r.received_at,
  status: r.status,
  tone: r.tone,
  flagged: flag(r.flagged),
  reasons: json(r.reasons),
});

const toWatch = (r: WatchRow): WatchState => ({ watched: flag(r.watched), by: r.changed_by, at: r.changed_at });

/** Whether a commenter has comments enough for a drift: twice its window, so the baseline is at least as long. */
export const judgesDrift = (comments: number, rule: DriftRule) => comments >= 2 * rule.window;

/** `tones`: the latest `rule.window`, newest first, the order both stores sum them in. */
export function toneDrift(tones: readonly number[], comments: number, toneSum: number, rule: DriftRule): ToneDrift | null {
  if (!judgesDrift(comments, rule)) return null;
  const recentSum = tones.reduce((a, b) => a + b, 0);
  const recentMean = recentSum / tones.length;
  // The baseline leaves the window out, so the drift does not pull its own yardstick along.
  const baselineMean = (toneSum - recentSum) / (comments - tones.length);
  const delta = recentMean - baselineMean;
  return { window: rule.window, recentMean, baselineMean, delta, drifting: Math.abs(delta) > rule.threshold };
}

export interface CommenterParts {
  commenter: CommenterRow;
  stats: Stats;
  articles: CommenterArticle[];
  recent: BriefRow[];
  notes: CommenterNote[];
  watch: WatchRow | null | undefined;
  /** The latest tones (toneDrift), read only when judgesDrift. */
  tones: readonly number[];
  rule: DriftRule;
}

export function toCommenterDetail(p: CommenterParts): CommenterDetail {
  const s = p.stats;
  return {
    commenter: toCommenter(p.commenter),
    stats: s,
    toneByDay: s.hourly.map((d) => ({ day: d.hour, comments: d.comments, flagged: d.flagged, toneMean: d.comments ? d.toneSum / d.comments : null })),
    articles: p.articles,
    articlesScope: scanScope(s.comments, COMMENTER_ARTICLES_SCAN),
    recentComments: p.recent.map(toBrief),
    notes: p.notes,
    watch: p.watch ? toWatch(p.watch) : null,
    drift: toneDrift(p.tones, s.comments, s.toneSum, p.rule),
  };
}
