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

/**
 * Joins `room` while the component is mounted (null: none yet). The cursors
 * of the last `comment:new` and the last `comment:updated` are kept; a
 * rejoin after a reconnect sends them as `since` and `decisionsSince`, and
 * the server replays the comments and decisions missed. When it answers
 * that too much was missed, `onResync` is called: the page reloads its data
 * from the HTTP API instead.
 */
export function useRoom(room: Room | null, onResync?: () => void): void {
  const key = room ? JSON.stringify(room) : null;
  const resync = useRef(onResync);
  resync.current = onResync;
  useEffect(() => {
    if (!room) return;
    const s = getSocket();
    let cursors: { comments: number; decisions: number } | null = null;
    const trackComments = ({ cursor }: { cursor: number }) => cursors && (cursors.comments = Math.max(cursors.comments, cursor));
    const trackDecisions = ({ cursor }: { cursor: number }) => cursors && (cursors.decisions = Math.max(cursors.decisions, cursor));
    const enter = (result: RoomJoinAck) => {
      if (result.ok) cursors = { comments: Math.max(cursors?.comments ?? 0, result.cursor), decisions: Math.max(cursors?.decisions ?? 0, result.decisionsCursor) };
      return result.ok;
    };
    const join = () => {
      const since = cursors ? { since: cursors.comments, decisionsSince: cursors.decisions } : {};
      s.emit('room:join', { room, ...since }, (result) => {
        if (enter(result)) return;
        cursors = null;
        resync.current?.();
        s.emit('room:join', { room }, enter);
      });
    };
    s.on('comment:new', trackComments);
    s.on('comment:updated', trackDecisions);
    s.on('connect', join);
    if (s.connected) join();
    return () => {
      s.off('comment:new', trackComments);
      s.off('comment:updated', trackDecisions);
      s.off('connect', join);
      if (s.connected) s.emit('room:leave', { room });
    };
    // The room's identity is its JSON: a new object with the same room is the same room.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
