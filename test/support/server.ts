/** A real server on an ephemeral port over a real SQLite file, for integration tests. */
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
import type { AppDeps } from '../../server/http/app.js';
import { hashPassword } from '../../server/auth/passwords.js';
import type { Role, SessionUser } from '../../shared/types.js';

export interface TestServer {
  url: string;
  store: Store;
  bus: Bus;
  dir: string;
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

/** Sign-in and security settings a test may change. */
export type TestServerOptions = Pick<AppDeps, 'trustProxy' | 'sessionHours' | 'loginLimiter' | 'dashboardDir'>;

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

export async function getTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-test-'));
  const store = openSqliteStore(join(dir, 'vigie.db'));
  const bus = new Bus();
  const app = createApp({ store, log: pino({ level: 'silent' }), bus, ingestKey: TEST_INGEST_KEY, ingestSource: 'site', ...options });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // socket.io on the same port, as in server/main.ts: tests connect real socket.io clients.
  const realtime = attachRealtime(server, { store, bus, log: pino({ level: 'silent' }) });
  return {
    url,
    store,
    bus,
    dir,
    login: (role) => loginAs(url, store, role),
    async close() {
      await realtime.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
