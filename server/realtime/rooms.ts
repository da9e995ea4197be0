/**
 * Rooms a dashboard page joins (the queue, one article, one commenter), the
 * payloads that ask for them, and the join itself — with the replay that
 * makes a reconnect lose nothing.
 */
import { z } from 'zod/v4';
import type { Room } from '../../shared/events.js';
import type { CommentFilter, Store } from '../store/store.js';
import type { VigieSocket } from './types.js';

/** Comments per `comment:new` event, live or replayed: big enough to coalesce, small enough for a browser to render at once. */
export const MAX_EVENT_COMMENTS = 200;
/**
 * A client that missed more comments than this is told to reload its page
 * instead of being replayed (20 s of the queue at 1,000 comments/s, days on a
 * normal site): a page of the HTTP API is cheaper than 20,000 comments
 * through one socket.
 */
export const MAX_REPLAY = 20_000;
/** A page needs one to three rooms; more is a client bug or abuse. */
export const MAX_ROOMS_PER_SOCKET = 10;

const id = z.number().int().positive();
export const roomSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue') }),
  z.object({ kind: z.literal('article'), id }),
  z.object({ kind: z.literal('commenter'), id }),
]);
export const joinPayloadSchema = z.object({ room: roomSchema, since: z.number().int().nonnegative().optional() });
export const leavePayloadSchema = z.object({ room: roomSchema });

export const QUEUE_ROOM = 'queue';
export const articleRoom = (articleId: number) => `article:${articleId}`;
export const commenterRoom = (commenterId: number) => `commenter:${commenterId}`;

export function roomName(room: Room): string {
  if (room.kind === 'queue') return QUEUE_ROOM;
  return room.kind === 'article' ? articleRoom(room.id) : commenterRoom(room.id);
}

function filterOf(room: Room): CommentFilter {
  if (room.kind === 'article') return { articleId: room.id };
  if (room.kind === 'commenter') return { commenterId: room.id };
  return {};
}

export type JoinResult = { ok: true; cursor: number } | { ok: false; error: string };

export interface JoinDeps {
  store: Store;
  /** The broadcaster's position: every comment up to this id has been sent to its rooms. */
  deliveredUpTo(): number;
}

/**
 * Joins `room`; with `since`, first sends this socket alone the room's
 * comments in (since, deliveredUpTo], oldest first, in events of at most
 * MAX_EVENT_COMMENTS.
 *
 * No loss, no duplicate: the socket enters the room in the same synchronous
 * step that checks the replay reached the broadcaster's position. Comments
 * up to that position came by replay; every later one is still to be
 * broadcast, and the socket is now in the room to receive it. If a
 * broadcast went out while a page was being read, the loop reads on.
 */
export async function joinRoom(socket: VigieSocket, room: Room, since: number | undefined, deps: JoinDeps): Promise<JoinResult> {
  const enter = (cursor: number): JoinResult => {
    // A socket gone while its request was served must not be put back in a room.
    if (!socket.connected) return { ok: false, error: 'disconnected' };
    void socket.join(roomName(room));
    return { ok: true, cursor };
  };
  if (since === undefined) return enter(deps.deliveredUpTo());
  const tooFarBehind: JoinResult = { ok: false, error: `since: more than ${MAX_REPLAY} comments missed; reload the page and join without since` };
  // The queue holds every comment and ids are dense, so the gap is the count:
  // refused before anything is sent. A quiet article's room can be far
  // behind in ids with few comments missed; it is counted while replayed.
  if (room.kind === 'queue' && deps.deliveredUpTo() - since > MAX_REPLAY) return tooFarBehind;
  const filter = filterOf(room);
  let after = since;
  let sent = 0;
  for (;;) {
    const upTo = deps.deliveredUpTo();
    const page = after < upTo ? await deps.store.commentsAfter(filter, after, upTo, MAX_EVENT_COMMENTS) : [];
    const last = page[page.length - 1];
    sent += page.length;
    if (sent > MAX_REPLAY) return tooFarBehind;
    if (last) {
      socket.emit('comment:new', { comments: page, cursor: last.id });
      after = last.id;
    }
    if (page.length === MAX_EVENT_COMMENTS) continue;
    // This page ended the range (after, upTo]: nothing of the room is left in it.
    after = Math.max(after, upTo);
    if (deps.deliveredUpTo() === upTo) return enter(upTo);
  }
}
