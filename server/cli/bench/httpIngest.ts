/**
 * Part 1: batches of generated comments posted to the real server, over HTTP,
 * by a few concurrent clients — the path a news site's backend takes.
 * Bodies are serialised before the clock starts: on a 2-core machine the
 * client shares the CPU with the server, and should take as little as it can.
 */
import { randomBytes } from 'node:crypto';
import { MAX_BATCH } from '../../../shared/limits.js';
import type { CommentInput } from '../../../shared/schemas.js';
import { generateComments } from '../../demo/generate.js';
import type { BenchDatabase, BenchStore } from './benchDatabase.js';
import { startServer } from './children.js';
import { percentiles, type Percentiles } from './measure.js';

export interface HttpOptions {
  comments: number;
  clients: number;
  seed: number;
  /** A fresh database for the server. */
  database: BenchDatabase;
  cpuProfDir?: string;
}

export interface HttpResult {
  store: BenchStore;
  comments: number;
  batch: number;
  clients: number;
  requests: number;
  warmupComments: number;
  seconds: number;
  commentsPerSecond: number;
  request: Percentiles;
  /** Comments the server's /healthz counts at the end: every posted comment, warm-up included, if none was lost. */
  storedComments: number;
}

/** Two batches before the clock starts, so the timed requests meet a JIT-compiled server. */
const WARMUP_BATCHES = 2;

function batchBodies(count: number, seed: number, idPrefix: string): string[] {
  const to = new Date();
  const from = new Date(to.getTime() - 86_400_000);
  const bodies: string[] = [];
  let batch: CommentInput[] = [];
  for (const comment of generateComments({ seed, count, from, to, idPrefix })) {
    batch.push(comment);
    if (batch.length === MAX_BATCH) {
      bodies.push(JSON.stringify({ comments: batch }));
      batch = [];
    }
  }
  if (batch.length) bodies.push(JSON.stringify({ comments: batch }));
  return bodies;
}

export async function benchHttpIngest(options: HttpOptions): Promise<HttpResult> {
  const runId = Date.now().toString(36);
  const warmup = batchBodies(WARMUP_BATCHES * MAX_BATCH, options.seed + 1, `bench-warmup-${runId}`);
  const bodies = batchBodies(options.comments, options.seed, `bench-http-${runId}`);
  const apiKey = randomBytes(24).toString('hex');
  const server = await startServer(
    {
      PORT: '0',
      DEMO: '0',
      ...options.database.env,
      INGEST_API_KEY: apiKey,
      INGEST_SOURCE: 'bench',
      // info, not warn: the line that says which port the server took is an info line.
      LOG_LEVEL: 'info',
    },
    options.cpuProfDir,
  );
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const post = async (body: string): Promise<number> => {
      const res = await fetch(`${base}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
        body,
      });
      const text = await res.text();
      if (res.status !== 201) throw new Error(`POST /api/comments answered ${res.status}: ${text.slice(0, 300)}`);
      return (JSON.parse(text) as { comments: unknown[] }).comments.length;
    };

    for (const body of warmup) await post(body);

    const latencies: number[] = [];
    let next = 0;
    let acknowledged = 0;
    const client = async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const start = performance.now();
        const stored = await post(body);
        latencies.push(performance.now() - start);
        // Not `acknowledged += await …`: that reads the total before awaiting and loses the other client's additions.
        acknowledged += stored;
      }
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: options.clients }, client));
    const seconds = (performance.now() - start) / 1000;
    if (acknowledged !== options.comments) throw new Error(`the server acknowledged ${acknowledged} comments of ${options.comments}`);

    const health = (await (await fetch(`${base}/healthz`)).json()) as { comments: number };
    return {
      store: options.database.store,
      comments: options.comments,
      batch: MAX_BATCH,
      clients: options.clients,
      requests: bodies.length,
      warmupComments: WARMUP_BATCHES * MAX_BATCH,
      seconds,
      commentsPerSecond: options.comments / seconds,
      request: percentiles(latencies),
      storedComments: health.comments,
    };
  } finally {
    await server.stop();
  }
}
