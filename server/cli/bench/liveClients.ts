/**
 * A dashboard as the benchmark sees it: signed in through the API, a
 * socket.io client in the queue room, recording each comment's ingest→client
 * latency. Comments carry the moment their POST was sent as `posted_at`, so
 * the latency is read off each comment on arrival, in the same clock.
 */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/events.js';

export interface DashboardClient {
  /** Events of any kind received since `resetCounts`. */
  events: number;
  /** Comments received since `resetCounts`, and their ingest→client latencies in ms. */
  comments: number;
  /** comment:new events since `resetCounts`. */
  commentEvents: number;
  latenciesMs: number[];
  /** Every comment id received, to check none is missing or repeated. */
  ids: number[];
  /** Zeroes the counts; from now on only comments posted at or after `postedFrom` (epoch ms) are timed. */
  resetCounts(postedFrom: number): void;
  close(): void;
}

/** Signs in as `username` and returns the session cookie (`vigie_session=…`). */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-vigie-csrf': '1' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('vigie_session='));
  if (!cookie) throw new Error('sign-in set no vigie_session cookie');
  return cookie.split(';')[0]!;
}

/** Connects with the cookie and joins the queue room; resolves once the join is acknowledged. */
export async function connectDashboard(base: string, cookie: string): Promise<DashboardClient> {
  // websocket straight away: a browser starts with long-polling and upgrades within a second.
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(base, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  let timedFrom = Infinity;
  const client: DashboardClient = {
    events: 0,
    comments: 0,
    commentEvents: 0,
    latenciesMs: [],
    ids: [],
    resetCounts(postedFrom) {
      timedFrom = postedFrom;
      client.events = 0;
      client.comments = 0;
      client.commentEvents = 0;
      client.latenciesMs = [];
    },
    close: () => void socket.close(),
  };
  socket.onAny(() => {
    client.events++;
  });
  socket.on('comment:new', ({ comments }) => {
    const now = Date.now();
    client.commentEvents++;
    for (const c of comments) {
      client.ids.push(c.id);
      client.comments++;
      const posted = c.postedAt ? Date.parse(c.postedAt) : NaN;
      // Warm-up comments still arriving are counted, not timed: their backlog is the start-up's, not the steady state's.
      if (posted >= timedFrom) client.latenciesMs.push(now - posted);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (e) => reject(new Error(`socket refused: ${e.message}`)));
  });
  const ack = await socket.timeout(10_000).emitWithAck('room:join', { room: { kind: 'queue' } });
  if (!ack.ok) throw new Error(`joining the queue failed: ${ack.error}`);
  socket.on('disconnect', (reason) => {
    if (reason !== 'io client disconnect') process.stderr.write(`bench:live: a client was disconnected (${reason})\n`);
  });
  return client;
}
