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
 * handed to its rooms. It relies on comments reaching the broadcaster in id
 * order. With one instance they come from the bus, which holds with one
 * writing process (the store commits a batch and publishes it before the
 * next batch commits). `decisionsDeliveredUpTo` is the same for decisions,
 * by audit-log line: moderation announces each decision as soon as it is
 * committed (services/moderate.ts). With several instances (`cluster`) the
 * bus no longer gives that order, and the broadcaster follows the shared
 * database instead: see follow.ts.
 */
import type { Logger } from 'pino';
import type { CommentSummary, CommentUpdate } from '../../shared/events.js';
import type { Bus, BusEvents } from '../services/bus.js';
import type { IngestResult } from '../services/ingest.js';
import type { Store } from '../store/store.js';
import { createFanOut } from './fanOut.js';
import { listenForChanges, sendCommitted, type Positions } from './follow.js';
import { createPlaceBook } from './places.js';
import { articleRoom, commenterRoom, QUEUE_ROOM } from './rooms.js';
import type { VigieServer } from './types.js';

type Decision = BusEvents['comment:decided'];
type Progress = BusEvents['rules:progress'];

export interface BroadcasterDeps {
  io: VigieServer;
  store: Store;
  bus: Bus;
  log: Logger;
  coalesceMs: number;
  /**
   * Several instances share the database (REDIS_URL; io has the Redis
   * adapter): follow the database, reading it every `pollMs` even when no
   * other instance rings.
   */
  cluster?: { pollMs: number };
}

export interface Broadcaster {
  /** Resolves once the starting cursors (the newest comment and audit line stored before start) are known. */
  ready: Promise<void>;
  /** Every comment with an id up to this one has been sent to its rooms (or was stored before the server started). */
  deliveredUpTo(): number;
  /** Every decision with an audit-line id up to this one has been sent to its rooms (or was made before the server started). */
  decisionsDeliveredUpTo(): number;
  /**
   * Several instances: resolves once a read of the database begun after
   * this call has been sent out, so the positions cover whatever another
   * instance had sent before. At once with one instance.
   */
  catchUp(): Promise<void>;
  stop(): void;
}

export function startBroadcaster({ io, store, bus, log, coalesceMs, cluster }: BroadcasterDeps): Broadcaster {
  let comments: IngestResult[] = [];
  let decisions: Decision[] = [];
  let progress: Progress | null = null;
  let countsChanged = false;
  const at: Positions = { comments: 0, decisions: 0 };
  let timer: NodeJS.Timeout | undefined;
  let flushing = false;
  let stopped = false;
  let lastFlushAt = -Infinity;
  /** Callers of catchUp() waiting for the next read of the database. */
  let waiting: (() => void)[] = [];
  const places = createPlaceBook(store);
  const fan = createFanOut(io, { localOnly: cluster !== undefined });
  const { listened } = fan;

  const ready = Promise.all([store.latestCommentId(), store.latestActionId()]).then(([commentId, actionId]) => {
    at.comments = Math.max(at.comments, commentId);
    at.decisions = Math.max(at.decisions, actionId);
  });

  // Several instances: something may have been committed since the read in progress began. A ring heard
  // during a flush must cause one more read after it, or the last write of a burst would wait for the poll.
  let committed = false;
  const doorbell = cluster
    ? listenForChanges(io, cluster.pollMs, ({ counts }) => {
        if (counts) countsChanged = true;
        committed = true;
        schedule();
      })
    : null;
  // Several instances: a write here is read back from the database like anyone else's, and the others are told.
  const wrote = () => {
    doorbell?.ring(false);
    committed = true;
    schedule();
  };
  const unsubscribe = [
    bus.on('comments:stored', ({ results }) => {
      if (doorbell) return wrote();
      for (const r of results) {
        places.remember(r.id, r);
        comments.push(r);
      }
      countsChanged = true;
      schedule();
    }),
    bus.on('comment:decided', (decision) => {
      if (doorbell) return wrote();
      decisions.push(decision);
      countsChanged = true;
      schedule();
    }),
    bus.on('rules:progress', (p) => {
      // Only the latest matters: the dashboard shows one progress bar. (io.emit reaches every instance's sockets.)
      progress = p;
      // Re-scoring moves comments in and out of "flagged", on every instance's queue page.
      if (p.finished) {
        countsChanged = true;
        doorbell?.ring(true);
      }
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
    const released = waiting;
    comments = [];
    decisions = [];
    progress = null;
    countsChanged = false;
    committed = false;
    waiting = [];
    try {
      if (doorbell) {
        if (await followTheDatabase()) taken.countsChanged = true;
      } else {
        if (taken.comments.length) await sendComments(taken.comments).catch((error: unknown) => dropEveryone({ comments: taken.comments }, error));
        if (taken.decisions.length) await sendDecisions(taken.decisions).catch((error: unknown) => dropEveryone({ decisions: taken.decisions }, error));
      }
      if (taken.countsChanged && listened(QUEUE_ROOM)) fan.to(QUEUE_ROOM).emit('queue:counts', await store.queueCounts());
      if (taken.progress) io.emit('rules:progress', taken.progress);
    } catch (error) {
      log.error({ err: error }, 'realtime: a broadcast failed');
    } finally {
      flushing = false;
      for (const resolve of released) resolve();
      if (comments.length || decisions.length || progress || countsChanged || committed || waiting.length) schedule();
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
    fan.comments(results.flatMap((r) => summaries.get(r.id) ?? []));
    fan.stats(results);
    at.comments = Math.max(at.comments, results[results.length - 1]!.id);
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
    at.comments = (lost.comments ?? []).reduce((max, r) => Math.max(max, r.id), at.comments);
    at.decisions = (lost.decisions ?? []).reduce((max, d) => Math.max(max, d.actionId), at.decisions);
    for (const socket of io.of('/').sockets.values()) socket.conn.close();
  }

  async function sendDecisions(list: Decision[]): Promise<void> {
    list.sort((a, b) => a.actionId - b.actionId);
    await places.learn(list.map((d) => d.commentId));
    // Synchronous from here on, as for comments: the rooms that get the window are the rooms at the cursor's move.
    const updates = list.map((d): CommentUpdate => ({ id: d.commentId, status: d.status, by: d.by, at: d.at, ...(d.reason ? { reason: d.reason } : {}), actionId: d.actionId }));
    fan.decisions(updates, places.get);
    at.decisions = Math.max(at.decisions, list[list.length - 1]!.actionId);
  }

  /** Several instances: true when something new was committed (by any of them). */
  async function followTheDatabase(): Promise<boolean> {
    try {
      await ready;
      return await sendCommitted({ io, store, fan, places }, at);
    } catch (error) {
      // No position moved past anything not sent: the next doorbell or poll reads it again.
      log.error({ err: error }, 'realtime: reading new comments and decisions failed; they are read again at the next change');
      return false;
    }
  }

  return {
    ready,
    deliveredUpTo: () => at.comments,
    decisionsDeliveredUpTo: () => at.decisions,
    catchUp() {
      if (!doorbell || stopped) return Promise.resolve();
      return new Promise<void>((resolve) => {
        waiting.push(resolve);
        schedule();
      });
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      for (const off of unsubscribe) off();
      doorbell?.stop();
      for (const resolve of waiting) resolve();
      waiting = [];
    },
  };
}
