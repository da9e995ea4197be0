/**
 * The live path end to end: a spawned server, dashboards signed in and in
 * the queue room, and a news site posting a steady stream. Open loop: a
 * batch leaves every 100 ms whether or not the previous one was answered,
 * as a busy site's comments do not wait for Vigie.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { CommentInput } from '../../../shared/schemas.js';
import { generateComments } from '../../demo/generate.js';
import { startServer } from './children.js';
import { connectDashboard, signIn, type DashboardClient } from './liveClients.js';
import { percentiles, type Percentiles } from './measure.js';

export interface LiveOptions {
  seconds: number;
  rate: number;
  clients: number;
  seed: number;
  tmpDir: string;
  progress: (line: string) => void;
}

export interface LiveResult {
  seconds: number;
  warmupSeconds: number;
  rate: number;
  batch: number;
  clients: number;
  /** Comments the server acknowledged during the timed part, and per second. */
  acknowledged: number;
  ingestPerSecond: number;
  post: Percentiles;
  /** Per client: events and comments received per second during the timed part (mean, lowest). */
  eventsPerSecond: { mean: number; min: number };
  commentsPerSecond: { mean: number; min: number };
  /** Comments per comment:new event, over all clients. */
  commentsPerEvent: number;
  /** From the moment a comment's POST was sent to its arrival in a client, over every (comment, client). */
  latency: Percentiles;
  /** Over every client: acknowledged comments never received, and comments received twice. */
  missing: number;
  duplicates: number;
  serverRssMiB: { start: number; peak: number; end: number };
  /** Cores' worth of CPU used during the timed part (1 = one core busy), by the server and by the benchmark with its clients. */
  cpuCores: { server: number; bench: number };
  /** The machine's 1-minute load average when the timed part began: other work skews the figures. */
  loadAverage: number;
  /** How late the benchmark's own event loop ran (it hosts the clients): latency includes it. */
  benchLoopDelayP99Ms: number;
}

export const BATCH_EVERY_MS = 100;
export const WARMUP_SECONDS = 3;

/** CPU seconds a process has used so far (user + system, all its threads), from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)!.trim().split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}
/** USER_HZ: 100 on every Linux that node runs on. */
const CLOCK_TICKS = 100;

function rssMiB(pid: number): number {
  const kib = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kib ? Number(kib) / 1024 : NaN;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function benchLiveDelivery(o: LiveOptions): Promise<LiveResult> {
  const batch = Math.max(1, Math.round((o.rate * BATCH_EVERY_MS) / 1000));
  const totalBatches = Math.ceil(((o.seconds + WARMUP_SECONDS) * 1000) / BATCH_EVERY_MS);
  const warmupBatches = Math.ceil((WARMUP_SECONDS * 1000) / BATCH_EVERY_MS);
  // Generated before the clock starts: the benchmark shares the CPU with the server.
  const runId = Date.now().toString(36);
  const now = new Date();
  const generated = [...generateComments({ seed: o.seed, count: batch * totalBatches, from: new Date(now.getTime() - 3_600_000), to: now, idPrefix: `live-${runId}` })];

  const apiKey = randomBytes(24).toString('hex');
  const password = randomBytes(18).toString('base64url');
  const server = await startServer({
    PORT: '0',
    DEMO: '0',
    VIGIE_DB: join(o.tmpDir, 'live.db'),
    INGEST_API_KEY: apiKey,
    INGEST_SOURCE: 'bench',
    // The first start creates `admin` with this password (server/auth/bootstrapAdmin.ts).
    ADMIN_PASSWORD: password,
    LOG_LEVEL: 'info',
  });
  const clients: DashboardClient[] = [];
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const rssStart = rssMiB(server.pid);
    for (let i = 0; i < o.clients; i++) clients.push(await connectDashboard(base, await signIn(base, 'admin', password)));
    o.progress(`${o.clients} dashboards signed in and in the queue room; ${WARMUP_SECONDS} s of warm-up, then ${o.seconds} s at ${o.rate.toLocaleString('en-US')} comments/s…`);

    const acknowledgedIds: number[] = [];
    const postMs: number[] = [];
    let acknowledgedTimed = 0;
    let failures = 0;
    const post = async (comments: CommentInput[], timed: boolean) => {
      const sentAt = new Date();
      // posted_at = the moment the POST leaves: each client reads its latency off the comment.
      const body = JSON.stringify({ comments: comments.map((c) => ({ ...c, posted_at: sentAt.toISOString() })) });
      const start = performance.now();
      const res = await fetch(`${base}/api/comments`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': apiKey }, body });
      const text = await res.text();
      if (res.status !== 201) {
        failures++;
        throw new Error(`POST /api/comments answered ${res.status}: ${text.slice(0, 300)}`);
      }
      const ids = (JSON.parse(text) as { comments: { id: number }[] }).comments.map((c) => c.id);
      acknowledgedIds.push(...ids);
      if (timed) {
        postMs.push(performance.now() - start);
        acknowledgedTimed += ids.length;
      }
    };

    let rssPeak = rssStart;
    const rssTimer = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(server.pid))), 500);
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    const loadAverage = os.loadavg()[0]!;
    const inFlight: Promise<void>[] = [];
    const start = performance.now();
    let timedStart = start;
    let cpuStart = { server: 0, bench: process.cpuUsage() };
    for (let k = 0; k < totalBatches; k++) {
      if (k === warmupBatches) {
        timedStart = performance.now();
        const postedFrom = Date.now();
        for (const c of clients) c.resetCounts(postedFrom);
        cpuStart = { server: cpuSeconds(server.pid), bench: process.cpuUsage() };
        loopDelay.enable();
      }
      inFlight.push(post(generated.slice(k * batch, (k + 1) * batch), k >= warmupBatches));
      // Paced from the start, not from the last batch: a slow tick does not slow the rate.
      await sleep(Math.max(0, start + (k + 1) * BATCH_EVERY_MS - performance.now()));
    }
    await Promise.allSettled(inFlight);
    const ingestSeconds = (performance.now() - timedStart) / 1000;
    if (failures) throw new Error(`${failures} of ${totalBatches} batches were refused`);

    // The last broadcast window: every client should catch up within a second.
    const expected = acknowledgedIds.length;
    const deadline = Date.now() + 5_000;
    while (clients.some((c) => c.ids.length < expected) && Date.now() < deadline) await sleep(20);
    const seconds = (performance.now() - timedStart) / 1000;
    const benchCpu = process.cpuUsage(cpuStart.bench);
    const cpu = { server: (cpuSeconds(server.pid) - cpuStart.server) / seconds, bench: (benchCpu.user + benchCpu.system) / 1e6 / seconds };
    loopDelay.disable();
    clearInterval(rssTimer);
    const rssEnd = rssMiB(server.pid);

    const acknowledged = new Set(acknowledgedIds);
    let missing = 0;
    let duplicates = 0;
    for (const c of clients) {
      const received = new Set(c.ids);
      duplicates += c.ids.length - received.size;
      for (const id of acknowledged) if (!received.has(id)) missing++;
    }
    const perClient = (f: (c: DashboardClient) => number) => {
      const values = clients.map(f);
      return { mean: values.reduce((a, b) => a + b, 0) / values.length, min: Math.min(...values) };
    };
    const commentEvents = clients.reduce((n, c) => n + c.commentEvents, 0);
    return {
      seconds: o.seconds,
      warmupSeconds: WARMUP_SECONDS,
      rate: o.rate,
      batch,
      clients: o.clients,
      acknowledged: acknowledgedTimed,
      ingestPerSecond: acknowledgedTimed / ingestSeconds,
      post: percentiles(postMs),
      eventsPerSecond: perClient((c) => c.events / seconds),
      commentsPerSecond: perClient((c) => c.comments / seconds),
      commentsPerEvent: clients.reduce((n, c) => n + c.comments, 0) / Math.max(1, commentEvents),
      latency: percentiles(clients.flatMap((c) => c.latenciesMs)),
      missing,
      duplicates,
      serverRssMiB: { start: rssStart, peak: Math.max(rssPeak, rssEnd), end: rssEnd },
      cpuCores: cpu,
      loadAverage,
      benchLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    };
  } finally {
    for (const c of clients) c.close();
    await server.stop();
  }
}
