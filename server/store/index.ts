/**
 * The store the app runs on: PostgreSQL when DATABASE_URL is set (several
 * instances can share it), else the embedded SQLite file VIGIE_DB.
 */
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export type { Store } from './store.js';

export interface StoreConfig {
  VIGIE_DB: string;
  DATABASE_URL?: string | undefined;
}

/** Opened, migrated and ready; rejects when the database cannot be reached or migrated. */
export async function openStore(config: StoreConfig): Promise<Store> {
  if (config.DATABASE_URL) return openPostgresStore(config.DATABASE_URL);
  return openSqliteStore(config.VIGIE_DB);
}

/**
 * The command-line tools' `--db`: an SQLite file, or a postgres:// URL. Given, it wins over the
 * environment (VIGIE_DB and DATABASE_URL).
 */
export function storeOfDbFlag(db: string): StoreConfig {
  return /^postgres(ql)?:\/\//i.test(db) ? { VIGIE_DB: db, DATABASE_URL: db } : { VIGIE_DB: db };
}

/** What the logs say the store is: the SQLite file, or the PostgreSQL URL without its password. */
export function describeStore(config: StoreConfig): string {
  if (!config.DATABASE_URL) return config.VIGIE_DB;
  const url = new URL(config.DATABASE_URL);
  if (url.password) url.password = '***';
  return url.toString();
}
