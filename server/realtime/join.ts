/**
 * Joining a room, with the replay that makes a reconnect lose nothing: the
 * room's comments after `since` and its decisions after `decisionsSince`,
 * sent to this socket alone before it enters the room.
 */
import type { Room, RoomJoinAck } from '../../shared/events.js';
import type { Store } from '../store/store.js';
import { filterOf, MAX_EVENT_COMMENTS, MAX_EVENT_UPDATES, MAX_REPLAY, roomName } from './rooms.js';
import type { VigieSocket } from './types.js';

export interface JoinDeps {
  store: Store;
  /** The broadcaster's position: every comment up to this id has been sent to its rooms. */
  deliveredUpTo(): number;
  /** The same for decisions: every audit line up to this id has been sent to its rooms. */
  decisionsDeliveredUpTo(): number;
}

export interface JoinCursors {
  since?: number;
  decisionsSince?: number;
}

/** A page read from the store, sent only once it is known to be within the limit. */
interface Page {
  ids: number[];
  send(): void;
}

/** One stream a join replays, comments or decisions: from its cursor up to the broadcaster's position. */
interface Replay {
  field: keyof JoinCursors;
  missed: string;
  pageSize: number;
  delivered(): number;
  read(after: number, upTo: number, limit: number): Promise<Page>;
  after: number;
  sent: number;
  /** The position the current round's replay reaches. */
  upTo: number;
}

function replaysOf(socket: VigieSocket, room: Room, cursors: JoinCursors, deps: JoinDeps): Replay[] {
  const filter = filterOf(room);
  const replays: Replay[] = [];
  if (cursors.since !== undefined) {
    replays.push({
      field: 'since',
      missed: 'comments',
      pageSize: MAX_EVENT_COMMENTS,
      delivered: deps.deliveredUpTo,
      async read(after, upTo, limit) {
        const comments = await deps.store.commentsAfter(filter, after, upTo, limit);
        const ids = comments.map((c) => c.id);
        return { ids, send: () => socket.emit('comment:new', { comments, cursor: ids[ids.length - 1]! }) };
      },
      after: cursors.since,
      sent: 0,
      upTo: 0,
    });
  }
  if (cursors.decisionsSince !== undefined) {
    replays.push({
      field: 'decisionsSince',
      missed: 'decisions',
      pageSize: MAX_EVENT_UPDATES,
      delivered: deps.decisionsDeliveredUpTo,
      async read(after, upTo, limit) {
        const updates = await deps.store.actionsAfter(filter, after, upTo, limit);
        const ids = updates.map((u) => u.actionId);
        return { ids, send: () => socket.emit('comment:updated', { updates, cursor: ids[ids.length - 1]! }) };
      },
      after: cursors.decisionsSince,
      sent: 0,
      upTo: 0,
    });
  }
  return replays;
}

/**
 * Joins `room`. With `since`, first sends this socket alone the room's
 * comments in (since, deliveredUpTo], oldest first, in events of at most
 * MAX_EVENT_COMMENTS; with `decisionsSince`, then the room's decisions in
 * (decisionsSince, decisionsDeliveredUpTo], in events of at most
 * MAX_EVENT_UPDATES, each with the status its audit line set.
 *
 * No loss, no duplicate: the socket enters the room in the same synchronous
 * step that checks every replay reached the broadcaster's position.
 * Comments and decisions up to those positions came by replay; every later
 * one is still to be broadcast, and the socket is now in the room to receive
 * it. If a broadcast went out while a page was being read, the loop reads on.
 * With several instances the positions are this instance's reading of the
 * shared database, in id order as well (follow.ts): the same argument holds.
 */
export async function joinRoom(socket: VigieSocket, room: Room, cursors: JoinCursors, deps: JoinDeps): Promise<RoomJoinAck> {
  const replays = replaysOf(socket, room, cursors, deps);
  const tooFarBehind = (r: Replay): RoomJoinAck => ({
    ok: false,
    error: `${r.field}: more than ${MAX_REPLAY} ${r.missed} missed; reload the page and join without ${r.field}`,
  });
  // The queue holds every comment and every decision, and both kinds of ids
  // are dense, so the gap is the count: refused before anything is sent. A
  // quiet article's room can be far behind in ids with little missed; it is
  // counted while replayed.
  const refused = room.kind === 'queue' ? replays.find((r) => r.delivered() - r.after > MAX_REPLAY) : undefined;
  if (refused) return tooFarBehind(refused);
  for (;;) {
    for (const r of replays) {
      r.upTo = r.delivered();
      for (;;) {
        const page = r.after < r.upTo ? await r.read(r.after, r.upTo, r.pageSize) : { ids: [], send: () => undefined };
        r.sent += page.ids.length;
        if (r.sent > MAX_REPLAY) return tooFarBehind(r);
        if (!page.ids.length) break;
        page.send();
        r.after = page.ids[page.ids.length - 1]!;
        if (page.ids.length < r.pageSize) break;
      }
      // The last page ended the range (after, upTo]: nothing of the room is left in it.
      r.after = Math.max(r.after, r.upTo);
    }
    if (replays.every((r) => r.delivered() === r.upTo)) {
      // A socket gone while its request was served must not be put back in a room.
      if (!socket.connected) return { ok: false, error: 'disconnected' };
      void socket.join(roomName(room));
      return { ok: true, cursor: deps.deliveredUpTo(), decisionsCursor: deps.decisionsDeliveredUpTo() };
    }
  }
}
