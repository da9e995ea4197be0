/**
 * Several instances behind a load balancer (REDIS_URL): where each
 * instance's broadcaster gets its comments and decisions from.
 *
 * Not from its bus. The join's "no loss, no repeat" (join.ts) needs each
 * socket's stream in id order, so that a cursor means "everything up to
 * here". One process gets that from its bus: the store commits a batch and
 * publishes it before the next one commits. Several do not — each bus hears
 * only its own instance's writes, and ids from different writers interleave:
 * A commits comment 100, B commits 101 and sends it first; a dashboard whose
 * cursor reached 101 and which drops before A's window goes out rejoins with
 * since = 101 and never sees 100. Relaying the events through Redis changes
 * nothing: the relay's order is the order of the sends, not of the ids.
 *
 * So every instance follows the database, which all of them share: it reads
 * the comments and audit lines committed after its own positions, in id
 * order, and sends them to its own sockets. The store hands ids out in
 * commit order (SQLite's single writer; PostgreSQL's writers' lock), so a
 * read sees a prefix of the ids: it never skips one that a later read would
 * find, and each instance's stream is in id order exactly as a single
 * process's is. join.ts's proof then holds per instance, unchanged: the
 * replay covers (since, position], the room everything after. Exactly once,
 * not merely at least once.
 *
 * A cursor can also come from an instance further along than this one (a
 * dashboard that hopped): the join first waits for this instance to read
 * the database once more (Broadcaster.catchUp), so that its position covers
 * the cursor, and the room does not later send it what it already had.
 *
 * What makes an instance read: its own writes (the bus), a doorbell from
 * the others (`realtime:changed` through the Redis adapter), and a poll that
 * covers a doorbell lost with a crashed instance or a Redis hiccup — and a
 * write by none of them (an import). A read that fails moves no position: it
 * is read again, so nothing is dropped.
 */
import type { Store } from '../store/store.js';
import type { FanOut } from './fanOut.js';
import type { PlaceBook } from './places.js';
import type { VigieServer } from './types.js';

/** How far this instance has sent: comment ids, audit-line ids. */
export interface Positions {
  comments: number;
  decisions: number;
}

/** Rows per read: a burst of ingestion is sent in pages, each one a window's worth. */
const FOLLOW_PAGE = 1_000;
/** Past the last id: "everything committed after the position". */
const NO_END = Number.MAX_SAFE_INTEGER;

export interface FollowDeps {
  io: VigieServer;
  store: Store;
  fan: FanOut;
  places: PlaceBook;
}

/**
 * Sends what was committed after `at`, page by page, and moves `at` in the
 * same synchronous step as each page goes out. True when anything had been
 * committed.
 */
export async function sendCommitted({ io, store, fan, places }: FollowDeps, at: Positions): Promise<boolean> {
  if (io.of('/').sockets.size === 0) {
    // Nobody to send to: the positions move without reading the rows.
    const [commentId, actionId] = await Promise.all([store.latestCommentId(), store.latestActionId()]);
    // A socket that connected during the read may be joining: then read as usual.
    if (io.of('/').sockets.size === 0) {
      const moved = commentId > at.comments || actionId > at.decisions;
      at.comments = Math.max(at.comments, commentId);
      at.decisions = Math.max(at.decisions, actionId);
      return moved;
    }
  }
  let moved = false;
  for (;;) {
    const page = await store.commentsAfter({}, at.comments, NO_END, FOLLOW_PAGE);
    if (!page.length) break;
    for (const c of page) places.remember(c.id, c);
    fan.comments(page);
    fan.stats(page);
    at.comments = page[page.length - 1]!.id;
    moved = true;
    if (page.length < FOLLOW_PAGE) break;
  }
  for (;;) {
    const page = await store.actionsAfter({}, at.decisions, NO_END, FOLLOW_PAGE);
    if (!page.length) break;
    await places.learn(page.map((u) => u.id));
    fan.decisions(page, places.get);
    at.decisions = page[page.length - 1]!.actionId;
    moved = true;
    if (page.length < FOLLOW_PAGE) break;
  }
  return moved;
}

/**
 * The doorbell between instances. `ring` tells the others to read (once per
 * tick, however many writes the tick made); `onRung` is called when another
 * instance rings, and every `pollMs` regardless.
 */
export function listenForChanges(io: VigieServer, pollMs: number, onRung: (what: { counts: boolean }) => void): { ring(counts: boolean): void; stop(): void } {
  let stopped = false;
  let pending: { counts: boolean } | null = null;
  io.on('realtime:changed', onRung);
  const poll = setInterval(() => onRung({ counts: false }), pollMs);
  poll.unref();
  return {
    ring(counts) {
      if (pending) {
        pending.counts ||= counts;
        return;
      }
      pending = { counts };
      setImmediate(() => {
        const what = pending!;
        pending = null;
        if (!stopped) io.serverSideEmit('realtime:changed', what);
      });
    },
    stop() {
      stopped = true;
      io.off('realtime:changed', onRung);
      clearInterval(poll);
    },
  };
}
