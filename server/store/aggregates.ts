/**
 * The per-article and per-commenter aggregates, independent of the database:
 * their columns, what a batch of comments adds to them, and how a stored row
 * reads back as `Stats`. The SQL that applies them lives with each store.
 */
import { FLAG_REASONS, MODERATION_STATUSES, type CommentScore, type FlagReason, type ModerationStatus, type Stats } from '../../shared/types.js';

export const TONE_BUCKETS = 10;
/** Time buckets returned with the stats: two days of hours for an article, about three months of days for a commenter. */
export const ARTICLE_HOURS = 48;
export const COMMENTER_DAYS = 90;
const HISTOGRAM_COLUMNS = Array.from({ length: TONE_BUCKETS }, (_, i) => `tone_h${i}`);
const reasonColumn = (r: FlagReason) => `reason_${r}`;
const statusColumn = (s: ModerationStatus) => `status_${s}`;

/** Every additive column of article_stats and commenter_stats (migrations/{sqlite,postgres}/001_init.sql). */
export const STATS_COUNTERS: readonly string[] = [
  'comments',
  'flagged',
  'tone_sum',
  ...HISTOGRAM_COLUMNS,
  ...FLAG_REASONS.map(reasonColumn),
  'shouting',
  'insults',
  ...MODERATION_STATUSES.map(statusColumn),
];

/**
 * Bucket i holds tones in [-1 + i/5, -1 + (i+1)/5); a tone of exactly 1 goes in the last.
 * floor(tone × 5) + 5 rather than floor((tone + 1) × 5): adding 1 first loses the exact
 * boundaries in binary (-0.8 + 1 = 0.19999999999999996 would fall in bucket 0).
 */
export function toneBucket(tone: number): number {
  const half = TONE_BUCKETS / 2;
  return Math.min(TONE_BUCKETS - 1, Math.max(0, Math.floor(tone * half) + half));
}

/** '2015-10-07T18:21:00.000Z' → '2015-10-07T18:00:00.000Z'. Times are toISOString() output (validated at the edge). */
export const hourOf = (iso: string) => `${iso.slice(0, 13)}:00:00.000Z`;
export const dayOf = (iso: string) => `${iso.slice(0, 10)}T00:00:00.000Z`;

export interface StatsDelta {
  counters: Record<string, number>;
  lastActivity: string;
}

export interface BucketDelta {
  ownerId: number;
  bucket: string;
  comments: number;
  toneSum: number;
  flagged: number;
}

/**
 * What a batch adds, summed per article, commenter, hour and day, so a batch
 * of 1,000 comments on a few articles updates a few rows instead of 4,000.
 */
export class AggregateBatch {
  readonly articles = new Map<number, StatsDelta>();
  readonly commenters = new Map<number, StatsDelta>();
  readonly articleHours = new Map<string, BucketDelta>();
  readonly commenterDays = new Map<string, BucketDelta>();

  /** `at`: the comment's time, posted_at or else received_at. */
  add(articleId: number, commenterId: number, score: CommentScore, at: string): void {
    addToStats(this.articles, articleId, score, at);
    addToStats(this.commenters, commenterId, score, at);
    addToBucket(this.articleHours, articleId, hourOf(at), score);
    addToBucket(this.commenterDays, commenterId, dayOf(at), score);
  }
}

function addToStats(map: Map<number, StatsDelta>, id: number, score: CommentScore, at: string): void {
  let delta = map.get(id);
  if (!delta) {
    delta = { counters: Object.fromEntries(STATS_COUNTERS.map((c) => [c, 0])), lastActivity: at };
    map.set(id, delta);
  }
  const c = delta.counters;
  c.comments! += 1;
  c.flagged! += score.flagged ? 1 : 0;
  c.tone_sum! += score.tone.score;
  c[`tone_h${toneBucket(score.tone.score)}`]! += 1;
  for (const r of score.reasons) c[reasonColumn(r)]! += 1;
  c.shouting! += score.shouting.flag ? 1 : 0;
  c.insults! += score.insult.flag ? 1 : 0;
  c.status_pending! += 1;
  if (at > delta.lastActivity) delta.lastActivity = at;
}

function addToBucket(map: Map<string, BucketDelta>, ownerId: number, bucket: string, score: CommentScore): void {
  const key = `${ownerId} ${bucket}`;
  let delta = map.get(key);
  if (!delta) {
    delta = { ownerId, bucket, comments: 0, toneSum: 0, flagged: 0 };
    map.set(key, delta);
  }
  delta.comments += 1;
  delta.toneSum += score.tone.score;
  delta.flagged += score.flagged ? 1 : 0;
}

/** Increments of a status change: -1 on the old status, +1 on the new (nothing when equal). */
export function statusChangeCounters(from: ModerationStatus, to: ModerationStatus): Record<string, number> {
  return Object.fromEntries(MODERATION_STATUSES.map((s) => [statusColumn(s), (s === to ? 1 : 0) - (s === from ? 1 : 0)]));
}

export type StatsRow = Record<string, number | string | null>;

/** An aggregate row (or none, for an unknown id) and its time buckets, oldest first, as `Stats`. */
export function statsFromRow(row: StatsRow | undefined, hourly: Stats['hourly']): Stats {
  const n = (column: string) => Number(row?.[column] ?? 0);
  const comments = n('comments');
  const toneSum = n('tone_sum');
  return {
    comments,
    flagged: n('flagged'),
    toneSum,
    toneMean: comments ? toneSum / comments : null,
    toneHistogram: HISTOGRAM_COLUMNS.map(n),
    reasons: Object.fromEntries(FLAG_REASONS.map((r) => [r, n(reasonColumn(r))])),
    shouting: n('shouting'),
    insults: n('insults'),
    statuses: Object.fromEntries(MODERATION_STATUSES.map((s) => [s, n(statusColumn(s))])),
    lastActivity: (row?.last_activity as string | null | undefined) ?? null,
    hourly,
  };
}
