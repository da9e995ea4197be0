/**
 * PostgreSQL's migrations: the `NNN_name.sql` files of migrations/postgres/,
 * numbered as SQLite's, applied in order at open and recorded in
 * `schema_migrations`. Pending files run in one transaction (PostgreSQL's DDL
 * is transactional: a failing file leaves the database as it was) after
 * taking an advisory lock, so instances starting together wait for the
 * first to finish, then find nothing left to apply.
 */
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { MigrationError, readMigrations, type Migration } from '../migrate.js';

export const POSTGRES_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/postgres/', import.meta.url));

/**
 * One lock for the whole database rather than per schema: the first migration
 * installs the unaccent extension, which is per database, and two schemas
 * migrated at once (tests) must not both try.
 */
const MIGRATION_LOCK = "SELECT pg_advisory_xact_lock(hashtext('vigie:migrations'))";

/** Applies the pending migrations in the connection's current schema; returns the versions applied now. */
export async function migratePostgres(pool: pg.Pool, dir: string = POSTGRES_MIGRATIONS_DIR): Promise<number[]> {
  const migrations = readMigrations(dir);
  const client = await pool.connect();
  let pending: Migration[];
  try {
    await client.query('BEGIN');
    await client.query(MIGRATION_LOCK);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)`);
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const known = new Set(migrations.map((m) => m.version));
    const unknown = [...applied].filter((v) => !known.has(v));
    if (unknown.length) {
      throw new MigrationError(`The database has migration ${Math.max(...unknown)}, unknown to this version of Vigie: upgrade Vigie.`);
    }
    pending = migrations.filter((m) => !applied.has(m.version));
    for (const m of pending) {
      try {
        await client.query(m.sql);
      } catch (error) {
        throw new MigrationError(`Migration ${String(m.version).padStart(3, '0')}_${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    // A connection that cannot even roll back is dropped rather than handed out again.
    const broken = await client.query('ROLLBACK').then(() => false, () => true);
    client.release(broken);
    throw error;
  }
  client.release();
  return pending.map((m) => m.version);
}
