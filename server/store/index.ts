/**
 * The store the app runs on. SQLite for now; PostgreSQL will be chosen here
 * when DATABASE_URL is set.
 */
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export type { Store } from './store.js';

export function openStore(config: { VIGIE_DB: string }): Store {
  return openSqliteStore(config.VIGIE_DB);
}
