/**
 * The typed socket.io server on the HTTP server's port: authenticated
 * handshakes, rooms joined on request (with replay from a cursor), and the
 * broadcaster feeding them from the domain bus.
 */
import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import { describeZodError } from '../../shared/schemas.js';
import { userFromCookieHeader } from '../auth/sessions.js';
import type { Bus } from '../services/bus.js';
import type { Store } from '../store/store.js';
import { authenticateSocket } from './auth.js';
import { startBroadcaster, type Broadcaster } from './broadcaster.js';
import { joinRoom } from './join.js';
import { joinPayloadSchema, leavePayloadSchema, MAX_ROOMS_PER_SOCKET, roomName } from './rooms.js';
import type { VigieServer, VigieSocket } from './types.js';

export interface RealtimeDeps {
  store: Store;
  bus: Bus;
  log: Logger;
  /** Longest a broadcast waits to be coalesced with others (the issue's ≤ 50 ms). */
  coalesceMs?: number;
}

export interface Realtime {
  io: VigieServer;
  /**
   * Stops broadcasting and closes every socket without a "disconnect"
   * packet, so clients reconnect (to the restarted server) and replay from
   * their cursor. socket.io also closes the HTTP server if it still listens:
   * call `server.close()` first to let in-flight requests finish.
   */
  close(): Promise<void>;
}

/** A signed-out or disabled account stops receiving within this delay. */
const SESSION_RECHECK_MS = 60_000;

export function attachRealtime(httpServer: HttpServer, { store, bus, log, coalesceMs = 50 }: RealtimeDeps): Realtime {
  const io: VigieServer = new Server(httpServer, {
    serveClient: false,
    // Clients only send join and leave requests; the default (1 MB) is for uploads.
    maxHttpBufferSize: 16 * 1024,
  });
  io.use(authenticateSocket(store, log));
  const broadcaster = startBroadcaster({ io, store, bus, log, coalesceMs });
  broadcaster.ready.catch((error: unknown) => log.error({ err: error }, 'realtime: the starting cursor could not be read'));
  io.on('connection', (socket) => listenToRoomRequests(socket, store, broadcaster, log));

  const recheck = setInterval(() => void endLapsedSessions(io, store, log), SESSION_RECHECK_MS);
  recheck.unref();

  return {
    io,
    async close() {
      clearInterval(recheck);
      broadcaster.stop();
      await io.close();
    },
  };
}

function listenToRoomRequests(socket: VigieSocket, store: Store, broadcaster: Broadcaster, log: Logger): void {
  socket.on('room:join', async (payload, ack) => {
    // A client that sends no callback gets no answer, and no crash.
    const reply: typeof ack = typeof ack === 'function' ? ack : () => undefined;
    const parsed = joinPayloadSchema.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: describeZodError(parsed.error) });
    const { room, since, decisionsSince } = parsed.data;
    // socket.rooms holds the socket's own room besides the ones it joined.
    if (socket.rooms.size - 1 >= MAX_ROOMS_PER_SOCKET && !socket.rooms.has(roomName(room))) {
      return reply({ ok: false, error: `room: at most ${MAX_ROOMS_PER_SOCKET} rooms per connection` });
    }
    try {
      await broadcaster.ready;
      const { deliveredUpTo, decisionsDeliveredUpTo } = broadcaster;
      const result = await joinRoom(socket, room, { since, decisionsSince }, { store, deliveredUpTo, decisionsDeliveredUpTo });
      reply(result);
      // The queue page shows its tab counts at once, not at the next change.
      if (result.ok && room.kind === 'queue') socket.emit('queue:counts', await store.queueCounts());
    } catch (error) {
      log.error({ err: error, room }, 'realtime: joining a room failed');
      reply({ ok: false, error: 'internal error' });
    }
  });
  socket.on('room:leave', (payload) => {
    const parsed = leavePayloadSchema.safeParse(payload);
    if (parsed.success) void socket.leave(roomName(parsed.data.room));
  });
}

/** Sockets outlive the check at handshake: an expired, signed-out or disabled session is disconnected (for good, not to reconnect). */
async function endLapsedSessions(io: VigieServer, store: Store, log: Logger): Promise<void> {
  for (const socket of io.of('/').sockets.values()) {
    const user = await userFromCookieHeader(store, socket.handshake.headers.cookie).catch(() => null);
    if (!user) {
      log.info({ user: socket.data.user?.username }, 'realtime: session ended, socket disconnected');
      socket.disconnect(true);
    }
  }
}
