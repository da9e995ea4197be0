/** A real socket.io client for the realtime tests, recording what it receives. */
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, CommentSummary, CommentUpdate, Room, RoomJoinAck, ServerToClientEvents } from '../../shared/events.js';
import { afterAll, beforeAll } from 'vitest';
import { getTestServer, TEST_INGEST_KEY, type TestServer } from '../support/server.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Received = { [E in keyof ServerToClientEvents]: { event: E; payload: Parameters<ServerToClientEvents[E]>[0] } }[keyof ServerToClientEvents];

export interface LiveClient {
  socket: ClientSocket;
  /** Every event, in arrival order. */
  events: Received[];
  /** The comments of every comment:new, in arrival order. */
  comments(): CommentSummary[];
  /** The updates of every comment:updated, in arrival order. */
  updates(): CommentUpdate[];
  of<E extends keyof ServerToClientEvents>(event: E): Parameters<ServerToClientEvents[E]>[0][];
  /** The highest cursor seen (joins' acks and comment:new events): what a dashboard keeps to reconnect with. */
  cursor: number;
  /** The same for decisions (joins' acks and comment:updated events). */
  decisionsCursor: number;
  join(room: Room, since?: number, decisionsSince?: number): Promise<RoomJoinAck>;
  /** Resolves once `check` holds over what was received, or fails after `timeoutMs`. */
  until(check: (c: LiveClient) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

function joinAck(socket: ClientSocket, room: Room, since?: number, decisionsSince?: number): Promise<RoomJoinAck> {
  const payload = { room, ...(since === undefined ? {} : { since }), ...(decisionsSince === undefined ? {} : { decisionsSince }) };
  return socket.timeout(10_000).emitWithAck('room:join', payload);
}

/** Connects with the given headers (a session cookie, an Origin); rejects with the server's connect_error message. */
export async function connectClient(srv: TestServer, headers: Record<string, string>): Promise<LiveClient> {
  const socket: ClientSocket = connect(srv.url, { transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true });
  const client: LiveClient = {
    socket,
    events: [],
    cursor: 0,
    decisionsCursor: 0,
    comments: () => client.of('comment:new').flatMap((p) => p.comments),
    updates: () => client.of('comment:updated').flatMap((p) => p.updates),
    of: <E extends keyof ServerToClientEvents>(event: E) =>
      client.events.filter((e) => e.event === event).map((e) => e.payload as Parameters<ServerToClientEvents[E]>[0]),
    async join(room, since, decisionsSince) {
      const ack = await joinAck(socket, room, since, decisionsSince);
      if (ack.ok) {
        client.cursor = Math.max(client.cursor, ack.cursor);
        client.decisionsCursor = Math.max(client.decisionsCursor, ack.decisionsCursor);
      }
      return ack;
    },
    async until(check, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!check(client)) {
        if (Date.now() > deadline) throw new Error(`timed out; received ${client.events.map((e) => e.event).join(', ') || 'nothing'}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () => void socket.close(),
  };
  socket.onAny((event: keyof ServerToClientEvents, payload: unknown) => {
    client.events.push({ event, payload } as Received);
    if (event === 'comment:new') client.cursor = Math.max(client.cursor, (payload as { cursor: number }).cursor);
    if (event === 'comment:updated') client.decisionsCursor = Math.max(client.decisionsCursor, (payload as { cursor: number }).cursor);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
  return client;
}

/** A logged-in client of this role. */
export async function loggedInClient(srv: TestServer, role: 'admin' | 'moderator' | 'viewer' = 'moderator'): Promise<LiveClient> {
  const { cookie } = await srv.login(role);
  return connectClient(srv, { cookie });
}

export interface PostedComment {
  external_id?: string;
  article: { id: string; title?: string };
  author: string;
  text: string;
}

/** Posts comments through the ingestion API, as a news site does; returns their ids. */
export async function ingest(srv: TestServer, comments: PostedComment[]): Promise<number[]> {
  const res = await fetch(`${srv.url}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': TEST_INGEST_KEY },
    body: JSON.stringify({ comments }),
  });
  if (res.status !== 201) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { comments: { id: number }[] }).comments.map((c) => c.id);
}

let serial = 0;
/** `n` harmless comments on one article (unique external ids). */
export function someComments(n: number, articleId = 'a-1', author = 'Lectrice'): PostedComment[] {
  return Array.from({ length: n }, () => {
    const k = ++serial;
    return { external_id: `rt-${k}`, article: { id: articleId, title: `Article ${articleId}` }, author, text: `Commentaire ${k} : je partage cet avis, merci pour l'article.` };
  });
}

/**
 * A test file's live server and its clients, started before the file's
 * tests and closed after them: `const live = useLiveServer('viewer')`, then
 * `live.srv` and `await live.client()` inside tests.
 */
export function useLiveServer(role: 'admin' | 'moderator' | 'viewer') {
  const clients: LiveClient[] = [];
  const live = {
    srv: undefined as unknown as TestServer,
    async client(): Promise<LiveClient> {
      const c = await loggedInClient(live.srv, role);
      clients.push(c);
      return c;
    },
  };
  beforeAll(async () => {
    live.srv = await getTestServer();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await live.srv.close();
  });
  return live;
}

export const idsOf = (c: LiveClient) => c.comments().map((s) => s.id);
