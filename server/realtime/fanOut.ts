/**
 * The last, synchronous step of a broadcast: a window's comments and
 * decisions grouped by the rooms someone listens to, cut into events of at
 * most MAX_EVENT_COMMENTS / MAX_EVENT_UPDATES, and the stats deltas. Nothing
 * here awaits, so room membership cannot change while a window goes out —
 * which the join's "no loss, no repeat" step relies on (join.ts).
 *
 * One instance: `io.to(room)`. Several (REDIS_URL): each instance sends what
 * it read from the database to its own sockets only (`io.local`), since every
 * instance reads everything (broadcaster.ts); through the adapter, each
 * event would reach a dashboard once per instance.
 */
import type { CommentSummary, CommentUpdate } from '../../shared/events.js';
import { articleRoom, commenterRoom, MAX_EVENT_COMMENTS, MAX_EVENT_UPDATES, QUEUE_ROOM } from './rooms.js';
import { sumStatsDeltas, type ScoredComment } from './statsDeltas.js';
import type { CommentPlace } from './places.js';
import type { VigieServer } from './types.js';

export interface FanOut {
  /** Whether a socket of this instance is in the room. */
  listened(room: string): boolean;
  /** The room's events go to this instance's sockets only, or (one instance) to the room. */
  to(room: string): ReturnType<VigieServer['to']>;
  /** Each comment to the queue, its article's room and its commenter's; `summaries` oldest first. */
  comments(summaries: readonly CommentSummary[]): void;
  /** What the comments add to each listened article's and commenter's stats. */
  stats(comments: readonly ScoredComment[]): void;
  /** Each update to the queue and, when its comment's place is known, to that article's and commenter's rooms; oldest first. */
  decisions(updates: readonly CommentUpdate[], placeOf: (commentId: number) => CommentPlace | undefined): void;
}

export function createFanOut(io: VigieServer, { localOnly }: { localOnly: boolean }): FanOut {
  const rooms = io.of('/').adapter.rooms;
  const listened = (room: string) => (rooms.get(room)?.size ?? 0) > 0;
  const to = (room: string) => (localOnly ? io.local.to(room) : io.to(room));

  function addTo<T>(byRoom: Map<string, T[]>, room: string, item: T): void {
    if (!listened(room)) return;
    const list = byRoom.get(room);
    if (list) list.push(item);
    else byRoom.set(room, [item]);
  }

  return {
    listened,
    to,
    comments(summaries) {
      const byRoom = new Map<string, CommentSummary[]>();
      for (const s of summaries) for (const room of [QUEUE_ROOM, articleRoom(s.articleId), commenterRoom(s.commenterId)]) addTo(byRoom, room, s);
      for (const [room, list] of byRoom) {
        for (let i = 0; i < list.length; i += MAX_EVENT_COMMENTS) {
          const chunk = list.slice(i, i + MAX_EVENT_COMMENTS);
          to(room).emit('comment:new', { comments: chunk, cursor: chunk[chunk.length - 1]!.id });
        }
      }
    },
    stats(comments) {
      const deltas = sumStatsDeltas(comments, { article: (id) => listened(articleRoom(id)), commenter: (id) => listened(commenterRoom(id)) });
      for (const delta of deltas.articles.values()) to(articleRoom(delta.id)).emit('article:stats', delta);
      for (const delta of deltas.commenters.values()) to(commenterRoom(delta.id)).emit('commenter:stats', delta);
    },
    decisions(updates, placeOf) {
      const byRoom = new Map<string, CommentUpdate[]>();
      for (const update of updates) {
        const place = placeOf(update.id);
        addTo(byRoom, QUEUE_ROOM, update);
        if (place) {
          addTo(byRoom, articleRoom(place.articleId), update);
          addTo(byRoom, commenterRoom(place.commenterId), update);
        }
      }
      for (const [room, list] of byRoom) {
        for (let i = 0; i < list.length; i += MAX_EVENT_UPDATES) {
          const chunk = list.slice(i, i + MAX_EVENT_UPDATES);
          to(room).emit('comment:updated', { updates: chunk, cursor: chunk[chunk.length - 1]!.actionId });
        }
      }
    },
  };
}
