/**
 * Versioned SQL migrations: `NNN_name.sql` files applied in order at start,
 * each recorded in `schema_migrations`. Pending files run in one IMMEDIATE
 * transaction, which takes the write lock before reading what is applied, so
 * two processes starting together (server and importer) cannot both apply a
 * file; a failing file leaves the database as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

export const SQLITE_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/sqlite/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export class MigrationError extends Error {}

const FILE_NAME = /^(\d+)_([\w-]+)\.sql$/;

export function readMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, m: FILE_NAME.exec(file) }))
    .filter((f): f is { file: string; m: RegExpExecArray } => f.m !== null)
    .map(({ file, m }) => ({ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (i > 0 && migrations[i - 1]!.version === m.version) throw new MigrationError(`Two migrations numbered ${m.version} in ${dir}`);
  });
  return migrations;
}

/** Applies the pending migrations; returns the versions applied now (none when up to date). */
export function migrate(db: Database, dir: string = SQLITE_MIGRATIONS_DIR): number[] {
  const migrations = readMigrations(dir);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applyPending = db.transaction(() => {
    const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    const known = new Set(migrations.map((m) => m.version));
    const unknown = [...applied].filter((v) => !known.has(v));
    if (unknown.length) {
      throw new MigrationError(`The database has migration ${Math.max(...unknown)}, unknown to this version of Vigie: upgrade Vigie.`);
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const pending = migrations.filter((m) => !applied.has(m.version));
    for (const m of pending) {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }
    return pending.map((m) => m.version);
  });
  return applyPending.immediate();
}
