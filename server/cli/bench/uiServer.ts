/**
 * The real server in the benchmark's process, as server/main.ts assembles it
 * (express app, socket.io, SQLite on a temporary file) but serving a build of
 * the benchmark's own, filled with generated comments, with a moderator
 * signed in.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { hashPassword, randomPassword } from '../../auth/passwords.js';
import { generateComments } from '../../demo/generate.js';
import { createApp } from '../../http/app.js';
import { attachRealtime } from '../../realtime/io.js';
import { Bus } from '../../services/bus.js';
import { ingestComments } from '../../services/ingest.js';
import { createRescorer } from '../../services/rescore.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { CommentSummary, QueueCounts } from '../../../shared/events.js';
import { timeMs } from './measure.js';

export interface BenchServer {
  url: string;
  /** `vigie_session=…` of the signed-in moderator. */
  cookie: string;
  counts: QueueCounts;
  /** The queue's first page, as the dashboard asks for it on `/`. */
  firstPage(): Promise<{ items: CommentSummary[]; bytes: number }>;
  /** The first `count` comments of a list (e.g. `status=all&sort=severity`), fetched by pages of 200 as the dashboard's API serves them. */
  comments(query: string, count: number): Promise<CommentSummary[]>;
  close(): Promise<void>;
}

/** What the queue page asks for first: the flagged comments, most severe first, one page. */
export const QUEUE_FIRST_PAGE = '/api/comments?status=flagged&sort=severity&limit=50';
const BATCH = 500;

export async function startBenchServer(options: { dir: string; dashboardDir: string; comments: number; seed: number }): Promise<BenchServer> {
  const store = openSqliteStore(join(options.dir, 'vigie.db'));
  const bus = new Bus();
  const log = pino({ level: 'silent' });
  const rescorer = createRescorer({ store, bus, log });
  const app = createApp({ store, log, bus, rescorer, ingestSource: 'site', dashboardDir: options.dashboardDir });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const realtime = attachRealtime(server, { store, bus, log });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    await realtime.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rescorer.stop();
    await store.close();
  };
  try {
    // A week of the demo's history, scored and stored through the one ingestion path.
    const to = new Date();
    const all = [...generateComments({ seed: options.seed, count: options.comments, from: new Date(to.getTime() - 7 * 86_400_000), to, idPrefix: 'ui' })];
    for (let i = 0; i < all.length; i += BATCH) await ingestComments({ store, bus }, 'site', all.slice(i, i + BATCH));

    const username = 'bench-moderator';
    const password = randomPassword();
    await store.createUser({ username, role: 'moderator', passwordHash: await hashPassword(password) });
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vigie-csrf': '1' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`signing in failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('vigie_session='))?.split(';')[0];
    if (!cookie) throw new Error('signing in set no vigie_session cookie');

    const firstPage = async () => {
      const r = await fetch(url + QUEUE_FIRST_PAGE, { headers: { cookie } });
      if (r.status !== 200) throw new Error(`GET ${QUEUE_FIRST_PAGE}: ${r.status} ${await r.text()}`);
      const body = Buffer.from(await r.arrayBuffer());
      return { items: (JSON.parse(body.toString('utf8')) as { items: CommentSummary[] }).items, bytes: body.length };
    };
    const comments = async (query: string, count: number) => {
      const items: CommentSummary[] = [];
      let cursor: string | null = null;
      do {
        const path: string = `/api/comments?${query}&limit=${Math.min(200, count - items.length)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const r = await fetch(url + path, { headers: { cookie } });
        if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
        const page = (await r.json()) as { items: CommentSummary[]; nextCursor: string | null };
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && items.length < count);
      return items;
    };
    return { url, cookie, counts: await store.queueCounts(), firstPage, comments, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The server's own time for the queue's first page (measured from this process, loopback HTTP included), after 3 unmeasured calls. */
export async function timeFirstPage(server: BenchServer, runs: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await server.firstPage();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeMs(() => server.firstPage()));
  return times;
}
