/**
 * The commenters' data. The list: pages from `GET /api/commenters`, the
 * previous rows kept on screen while a new sort or search loads. One
 * commenter: `GET /api/commenters/:id`, kept live from the commenter's room
 * (CommenterLive.ts), and the notes and watch flag a moderator sets.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { CommentSummary } from '../../shared/events.js';
import type { CommenterDetail, CommenterListItem, CommenterNote, CommenterSort, WatchState } from '../../shared/insights.js';
import type { Page } from '../../shared/review.js';
import { api } from '../api.js';
import { applyExcess, applyNewComments, applyUpdates, emptyLedger, isEmptyExcess, noteInLedger, takeExcess } from '../components/CommenterLive.js';
import { useRoom, useSocketEvent } from '../socket.js';
import { useFetch } from './useFetch.js';

const PAGE = 50;

export interface CommenterListQuery {
  sort: CommenterSort;
  q: string;
  watched: boolean;
}

interface ListState {
  items: CommenterListItem[];
  nextCursor: string | null;
  /** True until the first page of the current query answers; `items` are then the previous query's. */
  loading: boolean;
  loadingMore: boolean;
  error: Error | null;
}

type ListAction =
  | { type: 'loading'; more: boolean }
  | { type: 'loaded'; page: Page<CommenterListItem>; more: boolean }
  | { type: 'failed'; error: Error };

function reduceList(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'loading':
      return action.more ? { ...state, loadingMore: true, error: null } : { ...state, loading: true, error: null };
    case 'loaded': {
      const known = new Set(state.items.map((c) => c.id));
      const items = action.more ? [...state.items, ...action.page.items.filter((c) => !known.has(c.id))] : action.page.items;
      return { items, nextCursor: action.page.nextCursor, loading: false, loadingMore: false, error: null };
    }
    case 'failed':
      return { ...state, loading: false, loadingMore: false, error: action.error };
  }
}

export interface CommenterList extends ListState {
  loadMore(): void;
  reload(): void;
}

export function useCommenterList(query: CommenterListQuery): CommenterList {
  const [state, dispatch] = useReducer(reduceList, { items: [], nextCursor: null, loading: true, loadingMore: false, error: null });
  const ticket = useRef(0);
  const current = useRef({ query, cursor: state.nextCursor });
  current.current = { query, cursor: state.nextCursor };

  const fetchPage = useCallback((more: boolean) => {
    const mine = ++ticket.current;
    const { query: q, cursor } = current.current;
    dispatch({ type: 'loading', more });
    api
      .get<Page<CommenterListItem>>('/api/commenters', { sort: q.sort, q: q.q, watched: q.watched ? 'true' : undefined, limit: PAGE, cursor: more ? cursor : undefined })
      .then(
        (page) => mine === ticket.current && dispatch({ type: 'loaded', page, more }),
        (error: Error) => mine === ticket.current && dispatch({ type: 'failed', error }),
      );
  }, []);

  const key = JSON.stringify(query);
  useEffect(() => fetchPage(false), [key, fetchPage]);

  return {
    ...state,
    loadMore: useCallback(() => current.current.cursor && fetchPage(true), [fetchPage]),
    reload: useCallback(() => fetchPage(false), [fetchPage]),
  };
}

export interface CommenterProfile {
  data: CommenterDetail | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
  addNote(text: string): Promise<CommenterNote>;
  setWatched(watched: boolean): Promise<WatchState>;
}

export function useCommenter(id: number): CommenterProfile {
  const { data, error, loading, reload, setData } = useFetch<CommenterDetail>(`/api/commenters/${id}`);
  const ledger = useRef(emptyLedger());
  /** Comments heard before the page loaded: applied once it has (those it already counts are skipped). */
  const early = useRef<CommentSummary[]>([]);
  const seenActions = useRef(new Set<number>());
  const loaded = data !== undefined;

  useRoom({ kind: 'commenter', id }, reload);

  useSocketEvent('comment:new', ({ comments }) => {
    const mine = comments.filter((c) => c.commenterId === id);
    if (!mine.length) return;
    noteInLedger(ledger.current, mine);
    if (!loaded) early.current.push(...mine);
    else setData((d) => applyNewComments(d, mine));
  });

  useEffect(() => {
    if (!loaded || !early.current.length) return;
    const heard = early.current;
    early.current = [];
    setData((d) => applyNewComments(d, heard));
  }, [loaded, setData]);

  useSocketEvent('commenter:stats', (delta) => {
    if (delta.id !== id) return;
    const excess = takeExcess(ledger.current, delta);
    if (!isEmptyExcess(excess)) setData((d) => applyExcess(d, excess));
  });

  useSocketEvent('comment:updated', ({ updates }) => {
    // A socket in several rooms gets a decision once per room: the audit line's id tells them apart.
    const fresh = updates.filter((u) => !seenActions.current.has(u.actionId));
    for (const u of fresh) seenActions.current.add(u.actionId);
    if (fresh.length) setData((d) => applyUpdates(d, fresh));
  });

  const addNote = useCallback(
    async (text: string) => {
      const note = await api.post<CommenterNote>(`/api/commenters/${id}/notes`, { text });
      setData((d) => ({ ...d, notes: [note, ...d.notes.filter((n) => n.id !== note.id)] }));
      return note;
    },
    [id, setData],
  );

  const setWatched = useCallback(
    async (watched: boolean) => {
      const watch = await api.post<WatchState>(`/api/commenters/${id}/watch`, { watched });
      setData((d) => ({ ...d, watch }));
      return watch;
    },
    [id, setData],
  );

  return { data, error, loading, reload, addNote, setWatched };
}
