/**
 * From the domain bus to the rooms, coalesced so that 1,000 comments/s
 * reach a browser as a few events a second, not a thousand.
 *
 * Windows are leading-edge: the first event after a quiet spell goes out on
 * the next tick, and the next flush waits until `coalesceMs` after the
 * previous one began. A lone comment is not held back; under load each
 * room gets at most one `comment:new` batch (cut into events of at most
 * MAX_EVENT_COMMENTS), one `comment:updated` batch (of MAX_EVENT_UPDATES),
 * one `queue:counts`, one stats delta per article or commenter and one
 * `rules:progress` per taken.
 *
 * The queue room receives every new comment, not only flagged ones: its
 * page has pending, approved and "all" tabs too, and one stream per room
 * keeps the cursor simple (a client filters what its tab shows).
 *
 * `deliveredUpTo` is the cursor: every comment with an id up to it has been
 * handed to its rooms. It relies on ingestion publishing comments in id
 * order, which holds with one writing process (the store commits a batch
 * and publishes it before the next batch commits). `decisionsDeliveredUpTo`
 * is the same for decisions, by audit-log line: moderation announces each
 * decision as soon as it is committed (services/moderate.ts).
 */
import type { Logger } from 'pino';
import type { CommentSummary, CommentUpdate } from '../../shared/events.js';
import type { Bus, BusEvents } from '../services/bus.js';
import type { IngestResult } from '../services/ingest.js';
import type { Store } from '../store/store.js';
import { articleRoom, commenterRoom, MAX_EVENT_COMMENTS, MAX_EVENT_UPDATES, QUEUE_ROOM } from './rooms.js';
import { sumStatsDeltas } from './statsDeltas.js';
import type { VigieServer } from './types.js';

type Decision = BusEvents['comment:decided'];
type Progress = BusEvents['rules:progress'];

interface CommentPlace {
  articleId: number;
  commenterId: number;
}

/** Recent comments' article and commenter, so routing a decision on a fresh comment needs no query. */
const PLACES_KEPT = 20_000;

export interface BroadcasterDeps {
  io: VigieServer;
  store: Store;
  bus: Bus;
  log: Logger;
  coalesceMs: number;
}

export interface Broadcaster {
  /** Resolves once the starting cursors (the newest comment and audit line stored before start) are known. */
  ready: Promise<void>;
  /** Every comment with an id up to this one has been sent to its rooms (or was stored before the server started). */
  deliveredUpTo(): number;
  /** Every decision with an audit-line id up to this one has been sent to its rooms (or was made before the server started). */
  decisionsDeliveredUpTo(): number;
  stop(): void;
}

export function startBroadcaster({ io, store, bus, log, coalesceMs }: BroadcasterDeps): Broadcaster {
  let comments: IngestResult[] = [];
  let decisions: Decision[] = [];
  let progress: Progress | null = null;
  let countsChanged = false;
  let delivered = 0;
  let decisionsDelivered = 0;
  let timer: NodeJS.Timeout | undefined;
  let flushing = false;
  let stopped = false;
  let lastFlushAt = -Infinity;
  const places = new Map<number, CommentPlace>();

  const rooms = io.of('/').adapter.rooms;
  const listened = (room: string) => (rooms.get(room)?.size ?? 0) > 0;
  const remember = (id: number, { articleId, commenterId }: CommentPlace) => {
    places.set(id, { articleId, commenterId });
    if (places.size > PLACES_KEPT) places.delete(places.keys().next().value!);
  };

  const ready = Promise.all([store.latestCommentId(), store.latestActionId()]).then(([commentId, actionId]) => {
    delivered = Math.max(delivered, commentId);
    decisionsDelivered = Math.max(decisionsDelivered, actionId);
  });

  const unsubscribe = [
    bus.on('comments:stored', ({ results }) => {
      for (const r of results) {
        remember(r.id, r);
        comments.push(r);
      }
      countsChanged = true;
      schedule();
    }),
    bus.on('comment:decided', (decision) => {
      decisions.push(decision);
      countsChanged = true;
      schedule();
    }),
    bus.on('rules:progress', (p) => {
      // Only the latest matters: the dashboard shows one progress bar.
      progress = p;
      // Re-scoring moves comments in and out of "flagged".
      if (p.finished) countsChanged = true;
      schedule();
    }),
  ];

  function schedule(): void {
    if (timer !== undefined || flushing || stopped) return;
    timer = setTimeout(() => void flush(), Math.max(0, lastFlushAt + coalesceMs - performance.now()));
  }

  async function flush(): Promise<void> {
    timer = undefined;
    flushing = true;
    lastFlushAt = performance.now();
    const taken = { comments, decisions, progress, countsChanged };
    comments = [];
    decisions = [];
    progress = null;
    countsChanged = false;
    try {
      if (taken.comments.length) await sendComments(taken.comments).catch((error: unknown) => dropEveryone({ comments: taken.comments }, error));
      if (taken.decisions.length) await sendDecisions(taken.decisions).catch((error: unknown) => dropEveryone({ decisions: taken.decisions }, error));
      if (taken.countsChanged && listened(QUEUE_ROOM)) io.to(QUEUE_ROOM).emit('queue:counts', await store.queueCounts());
      if (taken.progress) io.emit('rules:progress', taken.progress);
    } catch (error) {
      log.error({ err: error }, 'realtime: a broadcast failed');
    } finally {
      flushing = false;
      if (comments.length || decisions.length || progress || countsChanged) schedule();
    }
  }

  async function sendComments(results: IngestResult[]): Promise<void> {
    results.sort((a, b) => a.id - b.id);
    const heard = (r: IngestResult) => listened(QUEUE_ROOM) || listened(articleRoom(r.articleId)) || listened(commenterRoom(r.commenterId));
    // Only comments someone listens to are read. Rooms are looked at again
    // after each read: a socket that joined meanwhile is owed its comments too.
    const summaries = new Map<number, CommentSummary | null>();
    const scores = new Map(results.map((r) => [r.id, r.score]));
    for (;;) {
      const missing = results.filter((r) => !summaries.has(r.id) && heard(r)).map((r) => r.id);
      if (!missing.length) break;
      for (const listing of await store.commentListings(missing)) summaries.set(listing.id, { ...listing, score: scores.get(listing.id)! });
      for (const id of missing) if (!summaries.has(id)) summaries.set(id, null);
    }

    // Synchronous from here on: room membership cannot change while the window goes out.
    const byRoom = new Map<string, CommentSummary[]>();
    for (const r of results) {
      const summary = summaries.get(r.id);
      if (summary) for (const room of [QUEUE_ROOM, articleRoom(r.articleId), commenterRoom(r.commenterId)]) addTo(byRoom, room, summary);
    }
    for (const [room, list] of byRoom) {
      for (let i = 0; i < list.length; i += MAX_EVENT_COMMENTS) {
        const chunk = list.slice(i, i + MAX_EVENT_COMMENTS);
        io.to(room).emit('comment:new', { comments: chunk, cursor: chunk[chunk.length - 1]!.id });
      }
    }
    const deltas = sumStatsDeltas(results, { article: (id) => listened(articleRoom(id)), commenter: (id) => listened(commenterRoom(id)) });
    for (const delta of deltas.articles.values()) io.to(articleRoom(delta.id)).emit('article:stats', delta);
    for (const delta of deltas.commenters.values()) io.to(commenterRoom(delta.id)).emit('commenter:stats', delta);
    delivered = Math.max(delivered, results[results.length - 1]!.id);
  }

  /**
   * The window's comments or decisions could not be read or sent: rather
   * than leave a gap in every dashboard, they count as delivered and every
   * socket is closed (as a transport close, so it reconnects at once);
   * rejoining with its cursors replays them from the database.
   */
  function dropEveryone(lost: { comments?: IngestResult[]; decisions?: Decision[] }, error: unknown): void {
    const counts = { comments: lost.comments?.length ?? 0, decisions: lost.decisions?.length ?? 0 };
    log.error({ err: error, ...counts }, 'realtime: a window could not be broadcast; dashboards will reconnect and replay it');
    delivered = (lost.comments ?? []).reduce((max, r) => Math.max(max, r.id), delivered);
    decisionsDelivered = (lost.decisions ?? []).reduce((max, d) => Math.max(max, d.actionId), decisionsDelivered);
    for (const socket of io.of('/').sockets.values()) socket.conn.close();
  }

  async function sendDecisions(list: Decision[]): Promise<void> {
    list.sort((a, b) => a.actionId - b.actionId);
    // Decisions come at human pace; an older comment's place costs one lookup.
    for (const id of new Set(list.map((d) => d.commentId))) {
      if (places.has(id)) continue;
      const comment = await store.getComment(id);
      if (comment) remember(id, comment);
    }
    // Synchronous from here on, as for comments: the rooms that get the window are the rooms at the cursor's move.
    const byRoom = new Map<string, CommentUpdate[]>();
    for (const d of list) {
      const update: CommentUpdate = { id: d.commentId, status: d.status, by: d.by, at: d.at, ...(d.reason ? { reason: d.reason } : {}), actionId: d.actionId };
      const place = places.get(d.commentId);
      addTo(byRoom, QUEUE_ROOM, update);
      if (place) {
        addTo(byRoom, articleRoom(place.articleId), update);
        addTo(byRoom, commenterRoom(place.commenterId), update);
      }
    }
    for (const [room, updates] of byRoom) {
      for (let i = 0; i < updates.length; i += MAX_EVENT_UPDATES) {
        const chunk = updates.slice(i, i + MAX_EVENT_UPDATES);
        io.to(room).emit('comment:updated', { updates: chunk, cursor: chunk[chunk.length - 1]!.actionId });
      }
    }
    decisionsDelivered = Math.max(decisionsDelivered, list[list.length - 1]!.actionId);
  }

  function addTo<T>(byRoom: Map<string, T[]>, room: string, item: T): void {
    if (!listened(room)) return;
    const list = byRoom.get(room);
    if (list) list.push(item);
    else byRoom.set(room, [item]);
  }

  return {
    ready,
    deliveredUpTo: () => delivered,
    decisionsDeliveredUpTo: () => decisionsDelivered,
    stop() {
      stopped = true;
      clearTimeout(timer);
      for (const off of unsubscribe) off();
    },
  };
}
