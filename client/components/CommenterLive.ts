/**
 * How live events patch a loaded commenter page (CommenterDetail) without
 * re-fetching it. Pure functions: the hook (hooks/useCommenters.ts) calls
 * them inside useFetch's setData.
 *
 * A new comment reaches the page twice: as `comment:new` (the comment
 * itself) and, right after in the same broadcast window, inside a
 * `commenter:stats` delta (its counts). Counting both would count it twice;
 * counting only the delta would miss the comments a reconnect replays (the
 * replay sends `comment:new` alone). So every comment seen in `comment:new`
 * is noted in a ledger, and a delta adds only what the ledger has not
 * already counted — then the ledger starts over.
 */
import type { CommenterArticle, CommenterDetail, CommentBrief, DayTone } from '../../shared/insights.js';
import type { CommentSummary, CommentUpdate, StatsDelta } from '../../shared/events.js';
import type { FlagReason, ModerationStatus, Stats } from '../../shared/types.js';

/** Counts already applied from `comment:new` that the next `commenter:stats` delta will repeat. */
export interface Ledger {
  comments: number;
  flagged: number;
  toneSum: number;
  reasons: Partial<Record<FlagReason, number>>;
}

export const emptyLedger = (): Ledger => ({ comments: 0, flagged: 0, toneSum: 0, reasons: {} });

/** The server's CommentBrief cuts the text at 500 characters; a live comment is cut the same way. */
const BRIEF_TEXT = 500;
/** The server sends a commenter's 50 most commented articles. */
const ARTICLES = 50;
/** A page left open all day keeps the latest comments it heard, not every one. */
const HISTORY_CAP = 200;

const timeOf = (c: { postedAt: string | null; receivedAt: string }) => c.postedAt ?? c.receivedAt;
/** Days are UTC midnights, as the server's commenter_daily buckets. */
const dayOf = (iso: string) => `${new Date(iso).toISOString().slice(0, 10)}T00:00:00.000Z`;

export function noteInLedger(ledger: Ledger, comments: readonly CommentSummary[]): void {
  for (const c of comments) {
    ledger.comments += 1;
    ledger.flagged += c.score.flagged ? 1 : 0;
    ledger.toneSum += c.score.tone.score;
    for (const r of c.score.reasons) ledger.reasons[r] = (ledger.reasons[r] ?? 0) + 1;
  }
}

/** What `delta` adds beyond the ledger; the ledger is emptied. */
export function takeExcess(ledger: Ledger, delta: StatsDelta): Ledger {
  const comments = Math.max(0, delta.comments - ledger.comments);
  const excess: Ledger = {
    comments,
    flagged: Math.max(0, delta.flagged - ledger.flagged),
    // Only when comments were missed: otherwise the difference is rounding.
    toneSum: comments > 0 ? delta.toneSum - ledger.toneSum : 0,
    reasons: {},
  };
  for (const [r, n] of Object.entries(delta.reasons) as [FlagReason, number][]) {
    const more = n - (ledger.reasons[r] ?? 0);
    if (more > 0) excess.reasons[r] = more;
  }
  Object.assign(ledger, emptyLedger());
  return excess;
}

export const isEmptyExcess = (e: Ledger) => e.comments === 0 && e.flagged === 0 && Object.keys(e.reasons).length === 0;

function addCounts(stats: Stats, add: Ledger): Stats {
  const comments = stats.comments + add.comments;
  const toneSum = stats.toneSum + add.toneSum;
  const reasons = { ...stats.reasons };
  for (const [r, n] of Object.entries(add.reasons) as [FlagReason, number][]) reasons[r] = (reasons[r] ?? 0) + n;
  return { ...stats, comments, flagged: stats.flagged + add.flagged, toneSum, toneMean: comments ? toneSum / comments : null, reasons };
}

/** Counts a `commenter:stats` delta brought that no `comment:new` did. */
export function applyExcess(d: CommenterDetail, excess: Ledger): CommenterDetail {
  return { ...d, stats: addCounts(d.stats, excess) };
}

const newestId = (d: CommenterDetail) => d.recentComments.reduce((max, c) => Math.max(max, c.id), 0);

function toBrief(c: CommentSummary): CommentBrief {
  return {
    id: c.id,
    articleId: c.articleId,
    articleTitle: c.articleTitle,
    text: c.text.length > BRIEF_TEXT ? c.text.slice(0, BRIEF_TEXT) : c.text,
    postedAt: c.postedAt,
    receivedAt: c.receivedAt,
    status: c.status,
    tone: c.score.tone.score,
    flagged: c.score.flagged,
    reasons: c.score.reasons,
  };
}

function addToDays(days: DayTone[], c: CommentSummary): DayTone[] {
  const day = dayOf(timeOf(c));
  const tone = c.score.tone.score;
  const flagged = c.score.flagged ? 1 : 0;
  const i = days.findIndex((d) => d.day === day);
  if (i >= 0) {
    const d = days[i]!;
    const sum = (d.toneMean ?? 0) * d.comments + tone;
    const next = { ...d, comments: d.comments + 1, flagged: d.flagged + flagged, toneMean: sum / (d.comments + 1) };
    return days.map((x, j) => (j === i ? next : x));
  }
  return [...days, { day, comments: 1, flagged, toneMean: tone }].sort((a, b) => a.day.localeCompare(b.day));
}

function addToArticles(articles: CommenterArticle[], c: CommentSummary): CommenterArticle[] {
  const at = timeOf(c);
  const known = articles.find((a) => a.id === c.articleId);
  const next = known
    ? articles.map((a) => (a === known ? { ...a, comments: a.comments + 1, lastCommentAt: at > a.lastCommentAt ? at : a.lastCommentAt } : a))
    : [...articles, { id: c.articleId, title: c.articleTitle, comments: 1, lastCommentAt: at }];
  return next.sort((a, b) => b.comments - a.comments || b.lastCommentAt.localeCompare(a.lastCommentAt)).slice(0, ARTICLES);
}

/**
 * Adds the commenter's new comments: history, figures, the day's tone point,
 * the articles. Comments at or below the newest id already listed were in
 * the page as loaded (ids only grow), and are skipped.
 */
export function applyNewComments(d: CommenterDetail, comments: readonly CommentSummary[]): CommenterDetail {
  const after = newestId(d);
  const fresh = comments.filter((c) => c.id > after).sort((a, b) => a.id - b.id);
  if (!fresh.length) return d;
  const counts = emptyLedger();
  noteInLedger(counts, fresh);
  let stats = addCounts(d.stats, counts);
  const histogram = [...stats.toneHistogram];
  const statuses = { ...stats.statuses };
  let { shouting, insults, lastActivity } = stats;
  let { firstSeen, lastSeen } = d.commenter;
  let toneByDay = d.toneByDay;
  let articles = d.articles;
  for (const c of fresh) {
    // Bucket i holds tones in [-1 + i/5, -1 + (i+1)/5), as the server's toneBucket.
    const bucket = Math.min(histogram.length - 1, Math.max(0, Math.floor(c.score.tone.score * 5) + 5));
    histogram[bucket] = (histogram[bucket] ?? 0) + 1;
    statuses[c.status] = (statuses[c.status] ?? 0) + 1;
    shouting += c.score.shouting.flag ? 1 : 0;
    insults += c.score.insult.flag ? 1 : 0;
    const at = timeOf(c);
    if (!lastActivity || at > lastActivity) lastActivity = at;
    if (at > lastSeen) lastSeen = at;
    if (at < firstSeen) firstSeen = at;
    toneByDay = addToDays(toneByDay, c);
    articles = addToArticles(articles, c);
  }
  stats = { ...stats, toneHistogram: histogram, statuses, shouting, insults, lastActivity };
  const briefs = fresh.map(toBrief).reverse();
  return { ...d, stats, toneByDay, articles, commenter: { ...d.commenter, firstSeen, lastSeen }, recentComments: [...briefs, ...d.recentComments].slice(0, HISTORY_CAP) };
}

/** Decisions and undos, oldest first: the history's statuses and the status counts of the comments it lists. */
export function applyUpdates(d: CommenterDetail, updates: readonly CommentUpdate[]): CommenterDetail {
  const listed = new Map(d.recentComments.map((c) => [c.id, c.status]));
  const statuses: Partial<Record<ModerationStatus, number>> = { ...d.stats.statuses };
  let changed = false;
  for (const u of updates) {
    const from = listed.get(u.id);
    // An older comment's previous status is unknown here: its count waits for the next load.
    if (from === undefined || from === u.status) continue;
    statuses[from] = Math.max(0, (statuses[from] ?? 0) - 1);
    statuses[u.status] = (statuses[u.status] ?? 0) + 1;
    listed.set(u.id, u.status);
    changed = true;
  }
  if (!changed) return d;
  return {
    ...d,
    stats: { ...d.stats, statuses },
    recentComments: d.recentComments.map((c) => (listed.get(c.id) === c.status ? c : { ...c, status: listed.get(c.id)! })),
  };
}
