/**
 * The typed socket.io server on the HTTP server's port: authenticated
 * handshakes, rooms joined on request (with replay from a cursor), and the
 * broadcaster feeding them from the domain bus — or, with several instances
 * (REDIS_URL), socket.io's Redis adapter between them and a broadcaster
 * following the shared database (broadcaster.ts).
 */
import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { describeZodError } from '../../shared/schemas.js';
import { userFromCookieHeader } from '../auth/sessions.js';
import type { Bus } from '../services/bus.js';
import type { RedisConnection } from '../redis.js';
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
  /** Several instances (REDIS_URL): the Redis adapter over this connection, and the broadcaster follows the database. */
  redis?: RedisConnection;
  /** With `redis`: how often the database is read even without a doorbell from another instance. */
  pollMs?: number;
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
/** Several instances: a doorbell lost (an instance gone between its commit and its ring, Redis away) delays a broadcast by at most this. */
const CLUSTER_POLL_MS = 1_000;

export function attachRealtime(httpServer: HttpServer, { store, bus, log, coalesceMs = 50, redis, pollMs = CLUSTER_POLL_MS }: RealtimeDeps): Realtime {
  const io: VigieServer = new Server(httpServer, {
    serveClient: false,
    // Clients only send join and leave requests; the default (1 MB) is for uploads.
    maxHttpBufferSize: 16 * 1024,
    ...(redis ? { adapter: createAdapter(publisherOf(redis, log), redis.subscriber, { key: `${redis.prefix}:socket.io` }) } : {}),
  });
  io.use(authenticateSocket(store, log));
  const broadcaster = startBroadcaster({ io, store, bus, log, coalesceMs, ...(redis ? { cluster: { pollMs } } : {}) });
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
      // Several instances: a cursor handed out by an instance further along
      // than this one: read the database once more first, so that the room
      // does not later send what the page already has. (One instance: at once.)
      if ((since ?? 0) > deliveredUpTo() || (decisionsSince ?? 0) > decisionsDeliveredUpTo()) await broadcaster.catchUp();
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

/**
 * The adapter's PUBLISH is fire-and-forget (its promise is not awaited): one
 * that fails — Redis closed at shutdown — is logged here rather than left an
 * unhandled rejection, which would end the process. A lost doorbell is made
 * up by the broadcaster's poll.
 */
function publisherOf({ client }: RedisConnection, log: Logger): RedisConnection['client'] {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'publish') {
        return (channel: string, message: string | Buffer) =>
          target.publish(channel, message).catch((error: unknown) => {
            log.warn({ err: error, channel }, 'realtime: a message to the other instances could not be published');
            return 0;
          });
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
