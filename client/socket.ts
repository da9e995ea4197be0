/**
 * The live connection: one socket.io client per signed-in tab, typed with
 * the events declared in shared/events.ts. A page joins the room it shows
 * (useRoom) and listens to the events it draws (useSocketEvent); after a
 * reconnect the room is joined again with the last cursor seen, so the
 * server replays what was missed.
 */
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, Room, RoomJoinAck, ServerToClientEvents } from '../shared/events.js';

export type VigieClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: VigieClientSocket | null = null;
const connectionListeners = new Set<(connected: boolean) => void>();

/** The tab's socket, connected on first use (after sign-in: the handshake carries the session cookie). */
export function getSocket(): VigieClientSocket {
  if (!socket) {
    socket = io({ withCredentials: true, transports: ['websocket', 'polling'] });
    socket.on('connect', () => connectionListeners.forEach((l) => l(true)));
    socket.on('disconnect', () => connectionListeners.forEach((l) => l(false)));
  }
  return socket;
}

/** At sign-out: the next sign-in opens a socket with the new session. */
export function closeSocket(): void {
  socket?.disconnect();
  socket = null;
}

export function useConnected(): boolean {
  const [connected, setConnected] = useState(() => getSocket().connected);
  useEffect(() => {
    connectionListeners.add(setConnected);
    setConnected(getSocket().connected);
    return () => void connectionListeners.delete(setConnected);
  }, []);
  return connected;
}

type Handler<E extends keyof ServerToClientEvents> = ServerToClientEvents[E];

/** Calls `handler` for every `event`; the latest handler is used, without re-subscribing each render. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(event: E, handler: Handler<E>): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const s = getSocket();
    const listener = ((...args: unknown[]) => (latest.current as (...a: unknown[]) => void)(...args)) as never;
    s.on(event, listener);
    return () => void s.off(event, listener);
  }, [event]);
}

/** A room this tab is in, shared by every component that shows it: joined once, replayed once, left by the last. */
interface Membership {
  users: Set<{ current: (() => void) | undefined }>;
  leave(): void;
}
const memberships = new Map<string, Membership>();

function enterRoom(s: VigieClientSocket, room: Room, key: string): Membership {
  let cursors: { comments: number; decisions: number } | null = null;
  const trackComments = ({ cursor }: { cursor: number }) => cursors && (cursors.comments = Math.max(cursors.comments, cursor));
  const trackDecisions = ({ cursor }: { cursor: number }) => cursors && (cursors.decisions = Math.max(cursors.decisions, cursor));
  const membership: Membership = {
    users: new Set(),
    leave() {
      memberships.delete(key);
      s.off('comment:new', trackComments);
      s.off('comment:updated', trackDecisions);
      s.off('connect', join);
      if (s.connected) s.emit('room:leave', { room });
    },
  };
  const enter = (result: RoomJoinAck) => {
    if (result.ok) cursors = { comments: Math.max(cursors?.comments ?? 0, result.cursor), decisions: Math.max(cursors?.decisions ?? 0, result.decisionsCursor) };
    return result.ok;
  };
  function join() {
    const since = cursors ? { since: cursors.comments, decisionsSince: cursors.decisions } : {};
    s.emit('room:join', { room, ...since }, (result) => {
      if (enter(result)) return;
      cursors = null;
      for (const user of membership.users) user.current?.();
      s.emit('room:join', { room }, enter);
    });
  }
  s.on('comment:new', trackComments);
  s.on('comment:updated', trackDecisions);
  s.on('connect', join);
  if (s.connected) join();
  return membership;
}

/**
 * Joins `room` while the component is mounted (null: none yet). The cursors
 * of the last `comment:new` and the last `comment:updated` are kept; a
 * rejoin after a reconnect sends them as `since` and `decisionsSince`, and
 * the server replays the comments and decisions missed. When it answers
 * that too much was missed, `onResync` is called: the page reloads its data
 * from the HTTP API instead. Components showing the same room (an article's
 * charts and its comment list) share one membership.
 */
export function useRoom(room: Room | null, onResync?: () => void): void {
  const key = room ? JSON.stringify(room) : null;
  const resync = useRef(onResync);
  resync.current = onResync;
  useEffect(() => {
    if (!room || !key) return;
    const s = getSocket();
    const membership = memberships.get(key) ?? enterRoom(s, room, key);
    memberships.set(key, membership);
    membership.users.add(resync);
    return () => {
      membership.users.delete(resync);
      if (membership.users.size === 0) membership.leave();
    };
    // The room's identity is its JSON: a new object with the same room is the same room.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
