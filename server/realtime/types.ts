/** The typed socket.io server and socket: event names and payloads come from shared/events.ts alone. */
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events.js';
import type { SessionUser } from '../../shared/types.js';

/** What the server keeps on each socket: who signed in, from the handshake's session cookie. */
export interface SocketData {
  user: SessionUser;
}

/**
 * Between instances (REDIS_URL), through the Redis adapter; never seen by a
 * browser. `realtime:changed` is a doorbell: this instance committed
 * something, read the database (see broadcaster.ts). `counts` when the queue
 * counts moved without a new comment or decision (a re-score finished).
 */
export interface InterServerEvents {
  'realtime:changed': (what: { counts: boolean }) => void;
}

export type VigieServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type VigieSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
