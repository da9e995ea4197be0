/**
 * A real store on a fresh, empty database, for import and store tests: an
 * SQLite file in a new temporary folder, or a new PostgreSQL schema
 * (stores.ts). `query` reads (or writes) underneath the store, in that
 * database's own SQL; `close` closes the store and removes the database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openPostgresStore } from '../../server/store/postgres.js';
import { createPool } from '../../server/store/postgres/db.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import type { Store } from '../../server/store/store.js';
import { createTestSchema, type StoreKind, type StoreKindName } from './stores.js';

export interface TempStore {
  kind: StoreKindName;
  store: Store;
  /** A temporary folder for the test's files (and the SQLite database). */
  dir: string;
  /** The SQLite database file; '' for PostgreSQL. */
  file: string;
  /** Closes `store` and opens a new one on the same database, as a restart would. */
  reopen(): Promise<Store>;
  /** SQL run beside the store, in its database's dialect, with `?` placeholders for either; the rows, or [] for a statement without. */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openTempStore(kind: StoreKind | StoreKindName = 'sqlite'): Promise<TempStore> {
  const name = typeof kind === 'string' ? kind : kind.name;
  const dir = mkdtempSync(join(tmpdir(), 'vigie-store-'));
  if (name === 'sqlite') {
    const file = join(dir, 'vigie.db');
    const t: TempStore = {
      kind: name,
      store: openSqliteStore(file),
      dir,
      file,
      async reopen() {
        await t.store.close();
        return (t.store = openSqliteStore(file));
      },
      async query<T>(sql: string, ...params: unknown[]) {
        const db = new Database(file);
        try {
          const statement = db.prepare(sql);
          return statement.reader ? (statement.all(...params) as T[]) : (statement.run(...params), []);
        } finally {
          db.close();
        }
      },
      async close() {
        await t.store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
    return t;
  }
  const schema = await createTestSchema();
  // Small pools: test files run side by side, each with a few stores open.
  const open = () => openPostgresStore(schema.url, { max: 4 });
  const raw = createPool(schema.url, { max: 1 });
  const t: TempStore = {
    kind: name,
    store: await open(),
    dir,
    file: '',
    async reopen() {
      await t.store.close();
      return (t.store = await open());
    },
    async query<T>(sql: string, ...params: unknown[]) {
      let n = 0;
      return (await raw.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
    },
    async close() {
      await t.store.close();
      await raw.end();
      await schema.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}
