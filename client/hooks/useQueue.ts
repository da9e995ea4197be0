/**
 * The review queue's data: pages from the API, the counts per status, and
 * the live stream. New comments that match the filter wait in `incoming`
 * until the moderator asks for them (the list never moves under their eyes);
 * decisions, theirs or another moderator's, update cards in place.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { CommentSummary, QueueCounts, Room } from '../../shared/events.js';
import type { ModerationStatus } from '../../shared/types.js';
import { api } from '../api.js';
import { compareFor, matchesFilter, type QueueFilter } from '../queueFilter.js';
import { useRoom, useSocketEvent } from '../socket.js';
import type { LiveDecision } from '../components/CommentCard.js';

const PAGE = 50;

interface State {
  items: CommentSummary[];
  nextCursor: string | null;
  counts: QueueCounts | null;
  incoming: CommentSummary[];
  decided: Map<number, LiveDecision>;
  loading: boolean;
  loadingMore: boolean;
  error: Error | null;
}

type Action =
  | { type: 'loading' }
  | { type: 'loaded'; items: CommentSummary[]; nextCursor: string | null; counts: QueueCounts; append: boolean }
  | { type: 'failed'; error: Error }
  | { type: 'loadingMore' }
  | { type: 'arrived'; comments: CommentSummary[]; filter: QueueFilter }
  | { type: 'showIncoming'; filter: QueueFilter }
  | { type: 'statuses'; updates: { id: number; status: ModerationStatus; by: string; at: string }[] }
  | { type: 'counts'; counts: QueueCounts };

const initial: State = { items: [], nextCursor: null, counts: null, incoming: [], decided: new Map(), loading: true, loadingMore: false, error: null };

function withStatus(c: CommentSummary, status: ModerationStatus): CommentSummary {
  return c.status === status ? c : { ...c, status };
}

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'loading':
      return { ...initial, counts: state.counts };
    case 'loadingMore':
      return { ...state, loadingMore: true };
    case 'failed':
      return { ...state, loading: false, loadingMore: false, error: action.error };
    case 'loaded': {
      const known = new Set(state.items.map((c) => c.id));
      const items = action.append ? [...state.items, ...action.items.filter((c) => !known.has(c.id))] : action.items;
      return { ...state, items, nextCursor: action.nextCursor, counts: action.counts, loading: false, loadingMore: false, error: null };
    }
    case 'arrived': {
      const known = new Set([...state.items, ...state.incoming].map((c) => c.id));
      const fresh = action.comments.filter((c) => !known.has(c.id) && matchesFilter(c, action.filter));
      if (fresh.length === 0) return state;
      // An empty list has nothing to push aside: show them at once.
      if (state.items.length === 0 && !state.loading) return { ...state, items: [...fresh].sort(compareFor(action.filter.sort)) };
      return { ...state, incoming: [...state.incoming, ...fresh] };
    }
    case 'showIncoming': {
      const compare = compareFor(action.filter.sort);
      // In oldest-first order, new comments belong after the last page: they come with it when not all pages are loaded.
      const placeable = action.filter.sort === 'oldest' && state.nextCursor !== null ? [] : state.incoming;
      return { ...state, items: [...state.items, ...placeable].sort(compare), incoming: [] };
    }
    case 'statuses': {
      const byId = new Map(action.updates.map((u) => [u.id, u]));
      const decided = new Map(state.decided);
      for (const u of action.updates) decided.set(u.id, { by: u.by, at: u.at });
      const touch = (list: CommentSummary[]) => list.map((c) => (byId.has(c.id) ? withStatus(c, byId.get(c.id)!.status) : c));
      return { ...state, items: touch(state.items), incoming: touch(state.incoming), decided };
    }
    case 'counts':
      return { ...state, counts: action.counts };
  }
}

export interface Queue extends State {
  loadMore(): void;
  showIncoming(): void;
  reload(): void;
  /** Applies a decision this tab made, before its socket echo arrives. */
  applyStatuses(updates: { id: number; status: ModerationStatus; by: string; at: string }[]): void;
}

function roomOf(filter: QueueFilter): Room {
  if (filter.article) return { kind: 'article', id: filter.article };
  if (filter.commenter) return { kind: 'commenter', id: filter.commenter };
  return { kind: 'queue' };
}

export function useQueue(filter: QueueFilter): Queue {
  const [state, dispatch] = useReducer(reduce, initial);
  const key = JSON.stringify(filter);
  const ticket = useRef(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const cursorRef = useRef<string | null>(null);
  cursorRef.current = state.nextCursor;

  const fetchPage = useCallback(
    (append: boolean) => {
      const mine = ++ticket.current;
      dispatch({ type: append ? 'loadingMore' : 'loading' });
      const f = filterRef.current;
      api
        .get<{ items: CommentSummary[]; nextCursor: string | null; counts: QueueCounts }>('/api/comments', {
          ...f,
          limit: PAGE,
          cursor: append ? cursorRef.current : undefined,
        })
        .then(
          (r) => mine === ticket.current && dispatch({ type: 'loaded', ...r, append }),
          (error: Error) => mine === ticket.current && dispatch({ type: 'failed', error }),
        );
    },
    [],
  );

  useEffect(() => fetchPage(false), [key, fetchPage]);

  useRoom(roomOf(filter), () => fetchPage(false));
  useSocketEvent('comment:new', ({ comments }) => dispatch({ type: 'arrived', comments, filter: filterRef.current }));
  useSocketEvent('comment:updated', ({ updates }) => dispatch({ type: 'statuses', updates }));
  useSocketEvent('queue:counts', (counts) => dispatch({ type: 'counts', counts }));

  return {
    ...state,
    loadMore: useCallback(() => {
      if (cursorRef.current && !state.loadingMore) fetchPage(true);
    }, [fetchPage, state.loadingMore]),
    showIncoming: useCallback(() => dispatch({ type: 'showIncoming', filter: filterRef.current }), []),
    reload: useCallback(() => fetchPage(false), [fetchPage]),
    applyStatuses: useCallback((updates) => dispatch({ type: 'statuses', updates }), []),
  };
}
