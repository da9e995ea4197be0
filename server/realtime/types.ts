/** The typed socket.io server and socket: event names and payloads come from shared/events.ts alone. */
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events.js';
import type { SessionUser } from '../../shared/types.js';

/** What the server keeps on each socket: who signed in, from the handshake's session cookie. */
export interface SocketData {
  user: SessionUser;
}

type NoInterServerEvents = Record<string, never>;

export type VigieServer = Server<ClientToServerEvents, ServerToClientEvents, NoInterServerEvents, SocketData>;
export type VigieSocket = Socket<ClientToServerEvents, ServerToClientEvents, NoInterServerEvents, SocketData>;
