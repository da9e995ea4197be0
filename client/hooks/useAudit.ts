/**
 * The audit log page's resource: GET /api/audit with the page's filters,
 * page after page by cursor, and a count of the decisions made since it was
 * loaded — heard live from `comment:updated` in the queue room, which gets
 * every decision — to offer them without reloading under the reader's eyes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommentUpdate, Room } from '../../shared/events.js';
import type { AuditAction, AuditEntry, Page } from '../../shared/review.js';
import { api } from '../api.js';
import { useRoom, useSocketEvent } from '../socket.js';

export interface AuditFilters {
  actor?: string | undefined;
  action?: AuditAction | undefined;
  /** Days as the date inputs give them, YYYY-MM-DD, in the reader's time zone; `to` is included. */
  from?: string | undefined;
  to?: string | undefined;
}

const QUEUE_ROOM: Room = { kind: 'queue' };

/** A day's local midnight as an ISO instant; `plusDays` 1 gives the end of the day (the API's `to` is exclusive). */
export function dayStart(day: string | undefined, plusDays = 0): string | undefined {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays).toISOString();
}

/**
 * A live update says which status a comment now has, not whether it came from
 * an undo: back to "pending" can only be an undo, anything else is read as a
 * decision. Good enough to count; the reloaded page has the exact lines.
 */
function matches(u: CommentUpdate, f: AuditFilters, from?: string, to?: string): boolean {
  if (f.actor && u.by !== f.actor) return false;
  if (f.action && f.action !== (u.status === 'pending' ? 'undo' : u.status)) return false;
  if (from && u.at < from) return false;
  if (to && u.at >= to) return false;
  return true;
}

interface State {
  items: AuditEntry[];
  nextCursor: string | null;
  loading: boolean;
  loadingMore: boolean;
  error: Error | undefined;
  moreError: Error | undefined;
  loaded: boolean;
}

const START: State = { items: [], nextCursor: null, loading: true, loadingMore: false, error: undefined, moreError: undefined, loaded: false };

export function useAudit(filters: AuditFilters, limit = 50) {
  const from = dayStart(filters.from);
  const to = dayStart(filters.to, 1);
  const query = { actor: filters.actor, action: filters.action, from, to, limit };
  const key = JSON.stringify(query);
  const [state, setState] = useState<State>(START);
  const [tick, setTick] = useState(0);
  const ticket = useRef(0);
  /** Decisions heard since the first page, by audit-line id (a socket may hear one twice). */
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  const newest = useRef(0);

  useEffect(() => {
    const mine = ++ticket.current;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    api.get<Page<AuditEntry>>('/api/audit', query, controller.signal).then(
      (page) => {
        if (mine !== ticket.current) return;
        newest.current = page.items.reduce((max, e) => Math.max(max, e.id), newest.current);
        setFresh(new Set());
        setState({ ...START, items: page.items, nextCursor: page.nextCursor, loading: false, loaded: true });
      },
      (error: Error) => mine === ticket.current && error.name !== 'AbortError' && setState((s) => ({ ...s, loading: false, error })),
    );
    return () => controller.abort();
    // key stands for the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick]);

  const loadMore = useCallback(() => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore) return;
    const mine = ticket.current;
    setState((s) => ({ ...s, loadingMore: true, moreError: undefined }));
    api.get<Page<AuditEntry>>('/api/audit', { ...query, cursor }).then(
      (page) =>
        mine === ticket.current &&
        setState((s) => {
          const seen = new Set(s.items.map((e) => e.id));
          return { ...s, items: [...s.items, ...page.items.filter((e) => !seen.has(e.id))], nextCursor: page.nextCursor, loadingMore: false };
        }),
      (moreError: Error) => mine === ticket.current && setState((s) => ({ ...s, loadingMore: false, moreError })),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, state.nextCursor, state.loadingMore]);

  const reload = useCallback(() => setTick((n) => n + 1), []);

  useRoom(QUEUE_ROOM, reload);
  useSocketEvent('comment:updated', ({ updates }) => {
    const heard = updates.filter((u) => u.actionId > newest.current && matches(u, filters, from, to));
    if (heard.length) setFresh((prev) => new Set([...prev, ...heard.map((u) => u.actionId)]));
  });

  return { ...state, fresh: fresh.size, loadMore, reload };
}
