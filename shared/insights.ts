/**
 * The insight pages' vocabulary, shared by the server and the dashboard:
 * commenters, articles, the overview and the rules page — what each may ask
 * for and the shapes that come back.
 */
import { z } from 'zod/v4';
import type { Article, Commenter, FlagReason, ModerationStatus, Stats } from './types.js';
import { pageLimitSchema, rulesSchema } from './schemas.js';

export const COMMENTER_SORTS = ['comments', 'flagged_rate', 'tone', 'shouting'] as const;
export type CommenterSort = (typeof COMMENTER_SORTS)[number];

/** recent: latest comment first. */
export const ARTICLE_SORTS = ['recent', 'comments', 'tone', 'flagged_share'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export const MAX_COMMENTER_NOTE_LENGTH = 2_000;
/** A longest range for the overview: a year of hours is read from the aggregates, never the comments. */
export const MAX_OVERVIEW_DAYS = 366;
/** Examples of each kind in a backtest answer. */
export const BACKTEST_EXAMPLES = 20;

/**
 * Tone drift: the mean tone of a commenter's last `window` comments against
 * the mean of all their comments before those — their own baseline — and
 * marked when the two differ by more than `threshold` (tone runs from -1 to
 * 1). Judged only with at least two windows of history, so one bad evening
 * of a newcomer is not a "drift".
 */
export interface DriftRule {
  window: number;
  threshold: number;
}
export const DEFAULT_DRIFT: DriftRule = { window: 10, threshold: 0.35 };

/** A commenter's drift; null (where it appears) when their history is too short to tell. */
export interface ToneDrift {
  window: number;
  recentMean: number;
  baselineMean: number;
  /** recentMean − baselineMean: negative when the commenter has turned sour. */
  delta: number;
  drifting: boolean;
}

export interface CommenterListItem {
  id: number;
  displayName: string;
  comments: number;
  flagged: number;
  /** Shares of their comments, 0..1. */
  flaggedRate: number;
  /** Mean tone, -1..1. */
  toneMean: number;
  /** Share of their comments flagged as shouting. */
  shoutingIndex: number;
  /** Share of their comments flagged as insults. */
  insultRate: number;
  lastSeen: string;
  watched: boolean;
  drift: ToneDrift | null;
}

export interface CommenterNote {
  id: number;
  commenterId: number;
  author: string;
  text: string;
  at: string;
}

export interface WatchState {
  watched: boolean;
  /** Who last set or cleared the flag, and when. */
  by: string;
  at: string;
}

export interface DayTone {
  /** The day's midnight, UTC. */
  day: string;
  comments: number;
  flagged: number;
  toneMean: number | null;
}

export interface CommenterArticle {
  id: number;
  title: string | null;
  comments: number;
  lastCommentAt: string;
}

/** A comment as the commenter and article pages list it. */
export interface CommentBrief {
  id: number;
  articleId: number;
  articleTitle: string | null;
  /** The text, cut at 500 characters. */
  text: string;
  postedAt: string | null;
  receivedAt: string;
  status: ModerationStatus;
  tone: number;
  flagged: boolean;
  reasons: FlagReason[];
}

/** Which comments a "top" or "articles" figure was counted over: the latest `scanned`; `complete` when that is all of them. */
export interface ScanScope {
  scanned: number;
  complete: boolean;
}

export interface CommenterDetail {
  commenter: Commenter;
  /** From the aggregates; `hourly` holds days (see Store.commenterStats). */
  stats: Stats;
  /** Up to 90 days with comments, oldest first. */
  toneByDay: DayTone[];
  /** Most commented first, counted over their latest comments (`articlesScope`). */
  articles: CommenterArticle[];
  articlesScope: ScanScope;
  /** Newest first. */
  recentComments: CommentBrief[];
  /** Newest first. */
  notes: CommenterNote[];
  watch: WatchState | null;
  drift: ToneDrift | null;
}

export interface ArticleListItem {
  id: number;
  title: string | null;
  url: string | null;
  section: string | null;
  publishedAt: string | null;
  comments: number;
  toneMean: number;
  flaggedShare: number;
  lastActivity: string;
  /** Mean tone of each of the 24 hours ending with the hour of the last comment, oldest first; null for an hour without comments. */
  sparkline: (number | null)[];
}

export interface TonePoint {
  /** The bucket's start, UTC: an hour, or a day's midnight. */
  at: string;
  comments: number;
  flagged: number;
  toneMean: number | null;
}

export interface TopCommenter {
  id: number;
  displayName: string;
  comments: number;
  flagged: number;
}

export interface ArticleDetailStats {
  article: Article;
  stats: Stats;
  /** Hourly, oldest first, up to the article's last 14 days with comments. */
  toneOverTime: TonePoint[];
  /** Ten buckets over [-1, 1], as Stats.toneHistogram. */
  toneHistogram: number[];
  reasons: Partial<Record<FlagReason, number>>;
  statuses: Partial<Record<ModerationStatus, number>>;
  topCommenters: TopCommenter[];
  topCommentersScope: ScanScope;
}

export interface ActivityTotals {
  comments: number;
  flagged: number;
  toneMean: number | null;
  pending: number;
  approved: number;
  rejected: number;
  escalated: number;
  /** flagged ÷ comments; null without comments. */
  flaggedRate: number | null;
  /** rejected ÷ (approved + rejected): the share of final decisions that were rejections; null before any. */
  rejectionRate: number | null;
}

export interface HeatedArticle {
  id: number;
  title: string | null;
  comments: number;
  flagged: number;
  flaggedShare: number;
  toneMean: number;
}

export interface Overview {
  /** `now` as the server saw it. */
  at: string;
  /** From midnight UTC to now; `hourly` has the day's 24 hours, `previousDay` yesterday's, for comparison. */
  today: { from: string; to: string; totals: ActivityTotals; hourly: TonePoint[]; previousDay: { totals: ActivityTotals; hourly: TonePoint[] } };
  /** Whole hours: `from` is rounded down to its hour. Buckets are hours up to 7 days, days beyond. */
  range: { from: string; to: string; bucket: 'hour' | 'day'; totals: ActivityTotals; series: TonePoint[] };
  /** The range's articles with the most flagged comments, then the darkest tone. */
  heatedArticles: HeatedArticle[];
}

export interface BacktestExample {
  id: number;
  /** The text, cut at 200 characters. */
  excerpt: string;
  oldReasons: FlagReason[];
  newReasons: FlagReason[];
}

export interface BacktestResult {
  /** Comments scored with the candidate rules: the latest ones, at most the scan cap. */
  scanned: number;
  /** Comments stored. */
  total: number;
  /** Flagged now and not with the candidate rules, and the reverse. */
  newlyFlagged: { count: number; examples: BacktestExample[] };
  unflagged: { count: number; examples: BacktestExample[] };
  /** Still flagged, but for other reasons. */
  reasonsChanged: number;
  ms: number;
}

// Query strings arrive as text: ids and limits are read as numbers here.
const limit = pageLimitSchema;
const cursor = z.string().min(1).max(500);
const isoTime = z
  .string()
  .max(40)
  .transform((s, ctx) => {
    const time = Date.parse(s);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
    ctx.issues.push({ code: 'custom', message: 'must be an ISO 8601 date, e.g. 2024-03-01T12:00:00Z', input: s });
    return z.NEVER;
  });
const boolText = z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).transform((v) => v === 'true' || v === '1');

export const commentersQuerySchema = z
  .object({
    sort: z.enum(COMMENTER_SORTS).default('comments'),
    q: z.string().trim().max(200, 'is longer than 200 characters').optional(),
    watched: boolText.optional(),
    cursor: cursor.optional(),
    limit,
  })
  .strict();
export type CommentersQuery = z.infer<typeof commentersQuerySchema>;

export const articlesQuerySchema = z.object({ sort: z.enum(ARTICLE_SORTS).default('recent'), cursor: cursor.optional(), limit }).strict();
export type ArticlesQuery = z.infer<typeof articlesQuerySchema>;

/** Range checks (from before to, at most MAX_OVERVIEW_DAYS) are the route's: either end may default to now. */
export const overviewQuerySchema = z.object({ from: isoTime.optional(), to: isoTime.optional() }).strict();

export const noteBodySchema = z
  .object({
    text: z
      .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') })
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_COMMENTER_NOTE_LENGTH, `is longer than ${MAX_COMMENTER_NOTE_LENGTH} characters`),
  })
  .strict();

export const watchBodySchema = z.object({ watched: z.boolean({ error: (i) => (i.input === undefined ? 'is required' : 'must be true or false') }) }).strict();

/** `PUT /api/rules`: the whole rules; `version`, when sent, must be the current one (someone else saved in between otherwise). */
export const rulesBodySchema = rulesSchema.extend({ version: rulesSchema.shape.version.optional() });

export const backtestBodySchema = z.object({ rules: rulesBodySchema }).strict();
