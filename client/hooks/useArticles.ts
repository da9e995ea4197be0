/**
 * The articles pages' data: the sorted list, page by page, and one article's
 * stats kept live from its room. A new comment or a decision is added to the
 * figures in place, as the server's aggregates add it, so the page never
 * re-fetches to stay current (a reload equals the live page).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleDetailStats, ArticleListItem, ArticleSort, TonePoint, TopCommenter } from '../../shared/insights.js';
import type { CommentSummary, CommentUpdate } from '../../shared/events.js';
import type { CommentDetail, Page } from '../../shared/review.js';
import type { ModerationStatus } from '../../shared/types.js';
import { api } from '../api.js';
import { useRoom, useSocketEvent } from '../socket.js';
import { useFetch, type Fetched } from './useFetch.js';

export const ARTICLES_PAGE_SIZE = 50;
const TOP_COMMENTERS = 10;

// The same bucketing as the server's aggregates (server/store/aggregates.ts): a comment counts at
// its posted time, else its received time, in its UTC hour; tone buckets are [-1 + i/5, -1 + (i+1)/5).
export const commentTime = (c: { postedAt: string | null; receivedAt: string }) => c.postedAt ?? c.receivedAt;
export const hourOf = (iso: string) => `${iso.slice(0, 13)}:00:00.000Z`;
export const dayOf = (iso: string) => `${iso.slice(0, 10)}T00:00:00.000Z`;
export function toneBucket(tone: number): number {
  return Math.min(9, Math.max(0, Math.floor(tone * 5) + 5));
}

/** A comment whose status the page knows: its article, its time (as the aggregates count it) and its status. */
export interface KnownComment {
  articleId: number;
  at: string;
  status: ModerationStatus;
}

/** A decision or undo, with the status it replaced. */
export interface StatusChange extends KnownComment {
  commentId: number;
  from: ModerationStatus;
}

/** Ids of comments already counted, kept for the latest SEEN_KEPT: a repeat (one per room a socket is in) comes within moments. */
const SEEN_KEPT = 50_000;
export function remember(seen: Set<number>, id: number): void {
  seen.add(id);
  if (seen.size > SEEN_KEPT) seen.delete(seen.values().next().value!);
}

/** Comments looked up per `comment:updated` event: a bulk decision beyond this leaves the older figures as they are until the next visit. */
const MAX_LOOKUPS = 20;
const KNOWN_KEPT = 20_000;

/**
 * `comment:updated` tells the new status, not the one it replaced; the
 * figures need both. A comment the page saw arrive is known; any other is
 * looked up once (its audit line carries `previous`, the comment its time
 * and article). Events are resolved one after another, in order.
 */
export function useStatusChanges(known: { current: Map<number, KnownComment> }, onChanges: (changes: StatusChange[]) => void): void {
  const seenActions = useRef(new Set<number>());
  const chain = useRef(Promise.resolve());
  const latest = useRef(onChanges);
  latest.current = onChanges;
  useSocketEvent('comment:updated', ({ updates }) => {
    const fresh = updates.filter((u) => !seenActions.current.has(u.actionId));
    if (!fresh.length) return;
    for (const u of fresh) remember(seenActions.current, u.actionId);
    chain.current = chain.current
      .then(() => resolveChanges(fresh, known.current))
      .then((changes) => void (changes.length && latest.current(changes)))
      .catch(() => {
        // A lookup failed (signed out, server gone): those figures wait for the next visit.
      });
  });
}

/** Keeps a comment's status for the decisions to come: the latest KNOWN_KEPT comments. */
export function know(known: Map<number, KnownComment>, id: number, k: KnownComment): void {
  known.delete(id);
  known.set(id, k);
  if (known.size > KNOWN_KEPT) known.delete(known.keys().next().value!);
}

async function resolveChanges(updates: readonly CommentUpdate[], known: Map<number, KnownComment>): Promise<StatusChange[]> {
  const unknown = [...new Set(updates.filter((u) => !known.has(u.id)).map((u) => u.id))].slice(0, MAX_LOOKUPS);
  const details = new Map(
    await Promise.all(
      unknown.map((id) =>
        api.get<CommentDetail>(`/api/comments/${id}`).then(
          (d) => [id, d] as const,
          () => [id, null] as const,
        ),
      ),
    ),
  );
  const changes: StatusChange[] = [];
  for (const u of updates) {
    let k = known.get(u.id);
    if (!k) {
      const d = details.get(u.id);
      const previous = d?.history.find((line) => line.id === u.actionId)?.previous;
      if (!d || !previous) continue;
      k = { articleId: d.articleId, at: commentTime(d), status: previous };
    }
    if (k.status !== u.status) changes.push({ commentId: u.id, articleId: k.articleId, at: k.at, from: k.status, status: u.status });
    know(known, u.id, { ...k, status: u.status });
  }
  return changes;
}

/** `points` (oldest first) with one more comment in the bucket starting `at`; the bucket is created in order when missing. */
export function addToPoints(points: readonly TonePoint[], at: string, tone: number, flagged: boolean): TonePoint[] {
  const next = [...points];
  let i = next.length - 1;
  while (i >= 0 && next[i]!.at > at) i--;
  const p = i >= 0 && next[i]!.at === at ? next[i]! : null;
  const point: TonePoint = p
    ? { at, comments: p.comments + 1, flagged: p.flagged + (flagged ? 1 : 0), toneMean: ((p.toneMean ?? 0) * p.comments + tone) / (p.comments + 1) }
    : { at, comments: 1, flagged: flagged ? 1 : 0, toneMean: tone };
  if (p) next[i] = point;
  else next.splice(i + 1, 0, point);
  return next;
}

const inc = <K extends string>(counts: Partial<Record<K, number>>, key: K, by = 1) => (counts[key] = (counts[key] ?? 0) + by);

function addToTop(top: TopCommenter[], c: CommentSummary): TopCommenter[] {
  const flagged = c.score.flagged ? 1 : 0;
  const found = top.find((x) => x.id === c.commenterId);
  const next = found
    ? top.map((x) => (x === found ? { ...x, comments: x.comments + 1, flagged: x.flagged + flagged } : x))
    : top.length < TOP_COMMENTERS
      ? [...top, { id: c.commenterId, displayName: c.author, comments: 1, flagged }]
      : top;
  return next.sort((a, b) => b.comments - a.comments || b.flagged - a.flagged || a.id - b.id);
}

/** The article's stats with these new comments counted. */
export function addArticleComments(s: ArticleDetailStats, comments: readonly CommentSummary[]): ArticleDetailStats {
  const stats = { ...s.stats, toneHistogram: [...s.stats.toneHistogram], reasons: { ...s.stats.reasons }, statuses: { ...s.stats.statuses } };
  const histogram = [...s.toneHistogram];
  const reasons = { ...s.reasons };
  const statuses = { ...s.statuses };
  let toneOverTime = s.toneOverTime;
  let topCommenters = s.topCommenters;
  for (const c of comments) {
    const tone = c.score.tone.score;
    const at = commentTime(c);
    stats.comments += 1;
    stats.flagged += c.score.flagged ? 1 : 0;
    stats.toneSum += tone;
    stats.shouting += c.score.shouting.flag ? 1 : 0;
    stats.insults += c.score.insult.flag ? 1 : 0;
    const bucket = toneBucket(tone);
    stats.toneHistogram[bucket] = (stats.toneHistogram[bucket] ?? 0) + 1;
    histogram[bucket] = (histogram[bucket] ?? 0) + 1;
    for (const r of c.score.reasons) inc(stats.reasons, r), inc(reasons, r);
    inc(stats.statuses, c.status);
    inc(statuses, c.status);
    if (!stats.lastActivity || at > stats.lastActivity) stats.lastActivity = at;
    toneOverTime = addToPoints(toneOverTime, hourOf(at), tone, c.score.flagged);
    topCommenters = addToTop(topCommenters, c);
  }
  stats.toneMean = stats.comments ? stats.toneSum / stats.comments : null;
  return { ...s, stats, toneHistogram: histogram, reasons, statuses, toneOverTime, topCommenters };
}

/** The article's status counts after these decisions (or undos). */
export function applyArticleStatusChanges(s: ArticleDetailStats, changes: readonly StatusChange[]): ArticleDetailStats {
  const statuses = { ...s.statuses };
  const inStats = { ...s.stats.statuses };
  for (const { from, status } of changes) {
    for (const counts of [statuses, inStats]) inc<ModerationStatus>(counts, from, -1), inc<ModerationStatus>(counts, status);
  }
  return { ...s, statuses, stats: { ...s.stats, statuses: inStats } };
}

/**
 * One article's stats page, live: the article's room is joined for the
 * page's lifetime; new comments and decisions patch the loaded stats. A
 * socket in several rooms gets a comment once per room: counted once by id.
 */
export function useArticleStats(id: number): Fetched<ArticleDetailStats> {
  const fetched = useFetch<ArticleDetailStats>(`/api/articles/${id}/stats`);
  const { setData, reload } = fetched;
  useRoom({ kind: 'article', id }, reload);
  const seen = useRef(new Set<number>());
  const known = useRef(new Map<number, KnownComment>());

  useSocketEvent('comment:new', ({ comments }) => {
    const fresh = comments.filter((c) => c.articleId === id && !seen.current.has(c.id));
    if (!fresh.length) return;
    for (const c of fresh) {
      remember(seen.current, c.id);
      know(known.current, c.id, { articleId: c.articleId, at: commentTime(c), status: c.status });
    }
    setData((s) => addArticleComments(s, fresh));
  });

  useStatusChanges(known, (changes) => {
    const mine = changes.filter((c) => c.articleId === id);
    if (mine.length) setData((s) => applyArticleStatusChanges(s, mine));
  });

  return fetched;
}

export interface ArticleList {
  items: ArticleListItem[] | undefined;
  error: Error | undefined;
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: Error | undefined;
  loadMore(): void;
  reload(): void;
}

interface ListState {
  items?: ArticleListItem[];
  nextCursor: string | null;
  error?: Error;
  loading: boolean;
  loadingMore: boolean;
  moreError?: Error;
}

/** The articles in one of the server's sorts, a page at a time; a new sort starts over (its answer wins over any late page). */
export function useArticleList(sort: ArticleSort): ArticleList {
  const [state, setState] = useState<ListState>({ nextCursor: null, loading: true, loadingMore: false });
  const [tick, setTick] = useState(0);
  const ticket = useRef(0);

  useEffect(() => {
    const mine = ++ticket.current;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined, loadingMore: false, moreError: undefined }));
    api.get<Page<ArticleListItem>>('/api/articles', { sort, limit: ARTICLES_PAGE_SIZE }, controller.signal).then(
      (page) => mine === ticket.current && setState({ items: page.items, nextCursor: page.nextCursor, loading: false, loadingMore: false }),
      (error: Error) => mine === ticket.current && error.name !== 'AbortError' && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => controller.abort();
  }, [sort, tick]);

  const loadMore = useCallback(() => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore || state.loading) return;
    const mine = ticket.current;
    setState((s) => ({ ...s, loadingMore: true, moreError: undefined }));
    api.get<Page<ArticleListItem>>('/api/articles', { sort, cursor, limit: ARTICLES_PAGE_SIZE }).then(
      (page) =>
        mine === ticket.current &&
        setState((s) => {
          // Under "recent", an article active meanwhile moves up: it may come again on a later page.
          const have = new Set((s.items ?? []).map((a) => a.id));
          return { ...s, items: [...(s.items ?? []), ...page.items.filter((a) => !have.has(a.id))], nextCursor: page.nextCursor, loadingMore: false };
        }),
      (moreError: Error) => mine === ticket.current && setState((s) => ({ ...s, loadingMore: false, moreError })),
    );
  }, [sort, state.nextCursor, state.loadingMore, state.loading]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return {
    items: state.items,
    error: state.error,
    loading: state.loading,
    hasMore: state.nextCursor !== null,
    loadingMore: state.loadingMore,
    moreError: state.moreError,
    loadMore,
    reload,
  };
}
