/**
 * Rooms a dashboard page joins (the queue, one article, one commenter), the
 * payloads that ask for them, and how much one event or one replay carries.
 * The join itself, with its replay, is in join.ts.
 */
import { z } from 'zod/v4';
import type { Room } from '../../shared/events.js';
import type { CommentFilter } from '../store/store.js';

/** Comments per `comment:new` event, live or replayed: big enough to coalesce, small enough for a browser to render at once. */
export const MAX_EVENT_COMMENTS = 200;
/** Updates per `comment:updated` event, live or replayed: a whole bulk decision (MAX_BULK_IDS) fits in one. */
export const MAX_EVENT_UPDATES = 500;
/**
 * A client that missed more comments than this is told to reload its page
 * instead of being replayed (20 s of the queue at 1,000 comments/s, days on a
 * normal site): a page of the HTTP API is cheaper than 20,000 comments
 * through one socket. The same bound holds for decisions: far more than a
 * page misses across a dropped connection or a restart.
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
const cursor = z.number().int().nonnegative();
// Strict: a misspelt cursor ("decisionSince") would otherwise be dropped, and the page silently miss what it asked for.
export const joinPayloadSchema = z.object({ room: roomSchema, since: cursor.optional(), decisionsSince: cursor.optional() }).strict();
export const leavePayloadSchema = z.object({ room: roomSchema });

export const QUEUE_ROOM = 'queue';
export const articleRoom = (articleId: number) => `article:${articleId}`;
export const commenterRoom = (commenterId: number) => `commenter:${commenterId}`;

export function roomName(room: Room): string {
  if (room.kind === 'queue') return QUEUE_ROOM;
  return room.kind === 'article' ? articleRoom(room.id) : commenterRoom(room.id);
}

/** The comments a room follows, as the store's replay queries take them. */
export function filterOf(room: Room): CommentFilter {
  if (room.kind === 'article') return { articleId: room.id };
  if (room.kind === 'commenter') return { commenterId: room.id };
  return {};
}
