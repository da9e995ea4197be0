/**
 * Two Vigie instances on two ports, as behind a load balancer: one database
 * and one Redis between them. Each test file gets its own database and its
 * own Redis prefix (adapter channels and lockout keys), so files running in
 * parallel never hear each other.
 *
 * The database is PostgreSQL — a fresh schema of the test database
 * (test/support/stores.ts), each instance with its own pool — and, as well,
 * one SQLite file opened by each instance (two connections, WAL: several
 * processes on one machine). Redis is VIGIE_TEST_REDIS_URL, else 127.0.0.1:6379.
 * Without Redis (or PostgreSQL) the tests skip with a warning — except under
 * CI=true, where they fail.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe } from 'vitest';
import { connectRedis } from '../../server/redis.js';
import { openPostgresStore } from '../../server/store/postgres.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import type { Store } from '../../server/store/store.js';
import { getTestServer, type TestServer, type TestServerOptions } from '../support/server.js';
import { createTestSchema, STORE_KINDS, type StoreKind } from '../support/stores.js';
import { loggedInClient, type LiveClient } from '../realtime/client.js';

export const REDIS_TEST_URL = process.env.VIGIE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function reachable(url: string): Promise<string | null> {
  try {
    const redis = await connectRedis(url, { prefix: 'probe', log: pino({ level: 'silent' }) });
    await redis.close();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

const unreachable = await reachable(REDIS_TEST_URL);

/** `describe` when Redis answers; otherwise a visible skip (or a failure on CI). */
export function describeWithRedis(name: string, body: () => void): void {
  if (unreachable === null) {
    describe(name, body);
    return;
  }
  const why = `${unreachable} (start it: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no; or set VIGIE_TEST_REDIS_URL)`;
  if (process.env.CI === 'true') throw new Error(`The several-instance tests need Redis: ${why}`);
  console.warn(`\n⚠ Skipping "${name}": ${why}\n`);
  describe.skip(name, body);
}

/**
 * The same block once per database the instances can share, named after it
 * ("… [postgres]"); PostgreSQL's is skipped (or fails on CI) as stores.ts says.
 */
export function describeEachSharedStore(title: string, body: (kind: StoreKind) => void): void {
  for (const kind of STORE_KINDS) {
    const name = `${title} [${kind.name}]`;
    if (kind.skip === null) describeWithRedis(name, () => body(kind));
    else describe.skip(name, () => body(kind));
  }
}

/** A prefix no other test run uses. */
export const uniquePrefix = () => `vigie-test:${process.pid}:${randomBytes(4).toString('hex')}`;

export interface Cluster {
  a: TestServer;
  b: TestServer;
  prefix: string;
  /** Another connection to the shared database: a writer that is neither instance (an import, say). */
  openStore(): Promise<Store>;
  /** A signed-in dashboard socket on `srv`, closed after the file's tests. */
  client(srv: TestServer, role?: 'admin' | 'moderator' | 'viewer'): Promise<LiveClient>;
  /** Keeps a client to close after the file's tests. */
  track(client: LiveClient): LiveClient;
}

/**
 * Each instance reads the database when another rings it through Redis, and
 * also every `pollMs`. The tests poll once a minute unless they say
 * otherwise: what reaches the other instance within a test came by Redis.
 */
const DOORBELL_ONLY = 60_000;

/** One database for the file, and how to open a connection (a pool) to it. */
async function sharedDatabase(kind: StoreKind): Promise<{ open(): Promise<Store>; drop(): Promise<void> }> {
  if (kind.name === 'postgres') {
    const schema = await createTestSchema();
    // Small pools: test files run side by side.
    return { open: () => openPostgresStore(schema.url, { max: 4 }), drop: () => schema.drop() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigie-scale-'));
  return { open: async () => openSqliteStore(join(dir, 'vigie.db')), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The file's two instances, started before its tests and stopped after.
 * `options` per instance (a poll, a login limiter, Redis through a proxy);
 * the store and the Redis prefix are set here.
 */
export type InstanceOptions = Omit<TestServerOptions, 'store' | 'redis'> & {
  /** This instance's way to Redis (a proxy the test can cut); REDIS_TEST_URL when unset. */
  redisUrl?: string;
};

export function useCluster(kind: StoreKind, options: { a?: InstanceOptions; b?: InstanceOptions } = {}): Cluster {
  const clients: LiveClient[] = [];
  const stores: Store[] = [];
  let database: Awaited<ReturnType<typeof sharedDatabase>> | undefined;
  const cluster: Cluster = {
    a: undefined as unknown as TestServer,
    b: undefined as unknown as TestServer,
    prefix: uniquePrefix(),
    async openStore() {
      const store = await database!.open();
      stores.push(store);
      return store;
    },
    async client(srv, role = 'moderator') {
      return cluster.track(await loggedInClient(srv, role));
    },
    track(client) {
      clients.push(client);
      return client;
    },
  };
  beforeAll(async () => {
    database = await sharedDatabase(kind);
    // Each instance its own connection to the one database, as two processes would have; one Redis prefix.
    const start = async ({ redisUrl = REDIS_TEST_URL, ...o }: InstanceOptions = {}) =>
      getTestServer({ pollMs: DOORBELL_ONLY, ...o, store: await database!.open(), redis: { url: redisUrl, prefix: cluster.prefix } });
    cluster.a = await start(options.a);
    cluster.b = await start(options.b);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await cluster.a?.close();
    await cluster.b?.close();
    for (const s of stores) await s.close();
    await database?.drop();
  });
  return cluster;
}
