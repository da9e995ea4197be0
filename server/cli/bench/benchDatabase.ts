/**
 * The fresh, empty databases the ingest benchmark runs each part on, for
 * either store: an SQLite file in the run's temporary folder, or a new
 * schema (`vigie_bench_<run>_<part>`) in the PostgreSQL database given,
 * dropped when the run ends — interrupted or not.
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createPool } from '../../store/postgres/db.js';
import { openPostgresStore } from '../../store/postgres.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { Store } from '../../store/store.js';

export const BENCH_STORES = ['sqlite', 'postgres'] as const;
export type BenchStore = (typeof BENCH_STORES)[number];
export const STORE_NAMES: Record<BenchStore, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export interface BenchDatabase {
  store: BenchStore;
  /** The server's environment for this database: VIGIE_DB, or DATABASE_URL. */
  env: Record<string, string>;
  /** The command-line tools' `--db` for it: a file, or a URL. */
  dbArg: string;
  open(): Promise<Store>;
  /** Its size on disk: the file and its WAL, or the schema's tables with their indexes. */
  sizeMiB(): Promise<number>;
}

const fileSize = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

export class BenchDatabases {
  private readonly run = randomBytes(4).toString('hex');
  private readonly schemas: string[] = [];

  /** `postgresUrl`: the database the PostgreSQL parts create their schemas in. */
  constructor(
    private readonly tmpDir: string,
    private readonly postgresUrl?: string,
  ) {}

  async fresh(store: BenchStore, part: string): Promise<BenchDatabase> {
    if (store === 'sqlite') {
      const file = join(this.tmpDir, `${part}.db`);
      return {
        store,
        // DATABASE_URL emptied: one set in the shell would otherwise win over the file.
        env: { VIGIE_DB: file, DATABASE_URL: '' },
        dbArg: file,
        open: async () => openSqliteStore(file),
        sizeMiB: async () => (fileSize(file) + fileSize(`${file}-wal`)) / 2 ** 20,
      };
    }
    if (!this.postgresUrl) throw new Error('the PostgreSQL store needs --database-url (or DATABASE_URL)');
    const schema = `vigie_bench_${this.run}_${part}`;
    await this.admin((pool) => pool.query(`CREATE SCHEMA ${schema}`));
    this.schemas.push(schema);
    const url = new URL(this.postgresUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const withSchema = url.toString();
    return {
      store,
      env: { DATABASE_URL: withSchema },
      dbArg: withSchema,
      open: () => openPostgresStore(withSchema),
      sizeMiB: async () =>
        this.admin(async (pool) => {
          const r = await pool.query<{ bytes: number | null }>(
            `SELECT sum(pg_total_relation_size(c.oid)) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`,
            [schema],
          );
          return (r.rows[0]?.bytes ?? 0) / 2 ** 20;
        }),
    };
  }

  /** Drops every schema this run created. */
  async dropAll(): Promise<void> {
    if (!this.schemas.length) return;
    await this.admin(async (pool) => {
      for (const schema of this.schemas.splice(0)) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    });
  }

  private async admin<T>(fn: (pool: ReturnType<typeof createPool>) => Promise<T>): Promise<T> {
    const pool = createPool(this.postgresUrl!, { max: 1 });
    try {
      return await fn(pool);
    } finally {
      await pool.end();
    }
  }
}
