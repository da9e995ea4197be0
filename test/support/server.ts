/**
 * A real server on an ephemeral port over a real SQLite file, for integration
 * tests — or over a store the test opened, and with Redis, as one of several
 * instances (test/scale).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { createApp } from '../../server/http/app.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import type { Store } from '../../server/store/store.js';
import { Bus } from '../../server/services/bus.js';
import { attachRealtime } from '../../server/realtime/io.js';
import { connectRedis, type RedisConnection } from '../../server/redis.js';
import { createRedisLoginLimiter } from '../../server/auth/sharedRateLimit.js';
import type { AppDeps } from '../../server/http/app.js';
import { hashPassword } from '../../server/auth/passwords.js';
import type { Role, SessionUser } from '../../shared/types.js';

export interface TestServer {
  url: string;
  store: Store;
  bus: Bus;
  dir: string;
  /** With `redis` among the options: this instance's connection. */
  redis?: RedisConnection;
  /**
   * Creates a user of this role (a fresh name each time) and signs in through
   * POST /api/auth/login. `headers` carry the cookie, the CSRF header and the
   * JSON content type: spread them into fetch.
   */
  login(role: Role): Promise<TestLogin>;
  close(): Promise<void>;
}

export interface TestLogin {
  cookie: string;
  headers: Record<string, string>;
  user: SessionUser;
}

/** Sign-in and security settings a test may change; the store and Redis of one of several instances. */
export type TestServerOptions = Pick<AppDeps, 'trustProxy' | 'sessionHours' | 'loginLimiter' | 'dashboardDir'> & {
  /** Served instead of a fresh SQLite file, and closed with the server. */
  store?: Store;
  /**
   * One of several instances: socket.io's Redis adapter and (unless
   * `loginLimiter` is given) the lockout counters in this Redis, every key
   * and channel under `prefix`.
   */
  redis?: { url: string; prefix: string };
  /** With `redis`: how often the database is read without a doorbell. */
  pollMs?: number;
};

export const TEST_PASSWORD = 'test-password-0123456789';
// One scrypt hash for every helper user: hashing is deliberately slow.
let testPasswordHash: Promise<string> | null = null;
let loginCount = 0;

async function loginAs(url: string, store: Store, role: Role): Promise<TestLogin> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const username = `${role}-${++loginCount}-${process.pid}`;
  const created = await store.createUser({ username, role, passwordHash: await testPasswordHash });
  if (!created) throw new Error(`test user ${username} exists already`);
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-vigie-csrf': '1' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('vigie_session='));
  if (!setCookie) throw new Error('login set no vigie_session cookie');
  const cookie = setCookie.split(';')[0]!;
  const { user } = (await res.json()) as { user: SessionUser };
  return { cookie, user, headers: { cookie, 'X-Vigie-CSRF': '1', 'content-type': 'application/json' } };
}

export const TEST_INGEST_KEY = 'test-ingest-key-0123456789';

export async function getTestServer({ store: given, redis: redisAt, pollMs, ...options }: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-test-'));
  const store = given ?? openSqliteStore(join(dir, 'vigie.db'));
  const bus = new Bus();
  const log = pino({ level: 'silent' });
  const redis = redisAt ? await connectRedis(redisAt.url, { prefix: redisAt.prefix, log }) : undefined;
  const limiter = redis && !options.loginLimiter ? { loginLimiter: createRedisLoginLimiter(redis.client, { prefix: redis.prefix }) } : {};
  const app = createApp({ store, log, bus, ingestKey: TEST_INGEST_KEY, ingestSource: 'site', ...limiter, ...options });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // socket.io on the same port, as in server/main.ts: tests connect real socket.io clients.
  const realtime = attachRealtime(server, { store, bus, log, ...(redis ? { redis } : {}), ...(pollMs === undefined ? {} : { pollMs }) });
  return {
    url,
    store,
    bus,
    dir,
    ...(redis ? { redis } : {}),
    login: (role) => loginAs(url, store, role),
    async close() {
      await realtime.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await redis?.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
