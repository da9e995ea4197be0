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

export interface TestServer {
  url: string;
  store: Store;
  bus: Bus;
  dir: string;
  close(): Promise<void>;
}

export const TEST_INGEST_KEY = 'test-ingest-key-0123456789';

export async function getTestServer(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-test-'));
  const store = openSqliteStore(join(dir, 'vigie.db'));
  const bus = new Bus();
  const app = createApp({ store, log: pino({ level: 'silent' }), bus, ingestKey: TEST_INGEST_KEY, ingestSource: 'site' });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    bus,
    dir,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
