/** A real SQLite store on a file in a fresh temporary folder, for import and store tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.js';
import type { Store } from '../../server/store/store.js';

export interface TempStore {
  store: Store;
  dir: string;
  file: string;
  close(): Promise<void>;
}

export function openTempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-import-'));
  const file = join(dir, 'vigie.db');
  const store = openSqliteStore(file);
  return {
    store,
    dir,
    file,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
