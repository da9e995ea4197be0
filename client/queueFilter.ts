/**
 * The queue's filters as the client sees them: read from the address bar,
 * sent to the API, and applied to live comments so that a comment arriving
 * over the socket shows up only in the tabs that would list it.
 */
import type { CommentSummary } from '../shared/events.js';
import { FLAG_REASONS, LANGS, QUEUE_SORTS, QUEUE_STATUSES, type FlagReason, type Lang, type QueueSort, type QueueStatus } from '../shared/types.js';

export interface QueueFilter {
  status: QueueStatus;
  sort: QueueSort;
  reason?: FlagReason;
  lang?: Lang;
  q?: string;
  article?: number;
  commenter?: number;
}

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => (v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined);
const positive = (v: string | null) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);

/** Unknown values in a hand-edited address are dropped, not sent to be refused. */
export function filterFromSearch(search: URLSearchParams, defaults: Pick<QueueFilter, 'status' | 'sort'>): QueueFilter {
  const f: QueueFilter = {
    status: oneOf(QUEUE_STATUSES, search.get('status')) ?? defaults.status,
    sort: oneOf(QUEUE_SORTS, search.get('sort')) ?? defaults.sort,
  };
  const reason = oneOf(FLAG_REASONS, search.get('reason'));
  const lang = oneOf(LANGS, search.get('lang'));
  const q = search.get('q')?.trim();
  const article = positive(search.get('article'));
  const commenter = positive(search.get('commenter'));
  if (reason) f.reason = reason;
  if (lang) f.lang = lang;
  if (q) f.q = q;
  if (article) f.article = article;
  if (commenter) f.commenter = commenter;
  return f;
}

export function filterToSearch(f: QueueFilter, defaults: Pick<QueueFilter, 'status' | 'sort'>): Record<string, string | undefined> {
  return {
    status: f.status === defaults.status ? undefined : f.status,
    sort: f.sort === defaults.sort ? undefined : f.sort,
    reason: f.reason,
    lang: f.lang,
    q: f.q,
    article: f.article?.toString(),
    commenter: f.commenter?.toString(),
  };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Would the API list `c` under `f`? The text search is approximated by "contains every word". */
export function matchesFilter(c: CommentSummary, f: QueueFilter): boolean {
  if (f.status === 'flagged' ? !(c.status === 'pending' && c.score.flagged) : f.status !== 'all' && c.status !== f.status) return false;
  if (f.reason && !c.score.reasons.includes(f.reason)) return false;
  if (f.lang && c.score.lang !== f.lang) return false;
  if (f.article && c.articleId !== f.article) return false;
  if (f.commenter && c.commenterId !== f.commenter) return false;
  if (f.q) {
    const text = fold(c.text);
    if (!fold(f.q).split(/\s+/).every((w) => text.includes(w))) return false;
  }
  return true;
}

/** The API's orders (server/store/sqlite/queueSql.ts), for placing live comments among loaded ones. */
export function compareFor(sort: QueueSort): (a: CommentSummary, b: CommentSummary) => number {
  const time = (c: CommentSummary) => c.postedAt ?? c.receivedAt;
  switch (sort) {
    case 'severity':
      return (a, b) => b.score.toxicity.score - a.score.toxicity.score || b.score.insult.score - a.score.insult.score || b.id - a.id;
    case 'newest':
      return (a, b) => (time(a) < time(b) ? 1 : time(a) > time(b) ? -1 : b.id - a.id);
    case 'oldest':
      return (a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : a.id - b.id);
  }
}
