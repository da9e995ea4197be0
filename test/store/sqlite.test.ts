import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openStore } from '../../server/store/index.js';
import { migrate, MigrationError, readMigrations, SQLITE_MIGRATIONS_DIR } from '../../server/store/migrate.js';
import { openSqliteDatabase, openSqliteStore } from '../../server/store/sqlite.js';
import { scored, tempDir } from './factories.js';

let files: ReturnType<typeof tempDir>;
beforeEach(() => {
  files = tempDir();
});
afterEach(() => files.remove());

const inspect = <T>(file: string, read: (db: Database.Database) => T): T => {
  const db = new Database(file);
  try {
    return read(db);
  } finally {
    db.close();
  }
};

test('opening creates the folder of the database file', async () => {
  const file = join(files.dir, 'nested', 'deeper', 'vigie.db');
  const store = await openStore({ VIGIE_DB: file });
  await store.close();
  expect(existsSync(file)).toBe(true);
});

test('the database runs in WAL mode, NORMAL sync, foreign keys on and a busy timeout', () => {
  const db = openSqliteDatabase(files.file);
  try {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1_000);
  } finally {
    db.close();
  }
});

test('a moderation action on no comment is refused by a foreign key', () => {
  const db = openSqliteDatabase(':memory:');
  expect(() => db.prepare("INSERT INTO moderation_actions (comment_id, actor, action, at) VALUES (12345, 'a', 'approved', 'now')").run()).toThrow(
    /FOREIGN KEY/,
  );
  db.close();
});

test('every migration is applied once and recorded; opening again applies nothing', async () => {
  const first = openSqliteStore(files.file);
  await first.ingest('site', [scored()]);
  await first.close();
  const versions = readMigrations(SQLITE_MIGRATIONS_DIR).map((m) => m.version);
  const again = openSqliteStore(files.file);
  expect((await again.counts()).comments).toBe(1);
  await again.close();
  expect(inspect(files.file, (db) => db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all())).toEqual(versions);
  expect(inspect(files.file, (db) => migrate(db))).toEqual([]);
});

test('a failing migration leaves the database as it was, earlier pending ones included', () => {
  const dir = join(files.dir, 'migrations');
  mkdirSync(dir);
  writeFileSync(join(dir, '001_first.sql'), 'CREATE TABLE first (x);');
  writeFileSync(join(dir, '002_broken.sql'), 'CREATE TABLE second (x); INSERT INTO nowhere VALUES (1);');
  inspect(files.file, (db) => {
    expect(() => migrate(db, dir)).toThrow(/nowhere/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('first', 'second')").all()).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(0);
  });
});

test('a database migrated by a newer Vigie is refused rather than misread', () => {
  const dir = join(files.dir, 'migrations');
  mkdirSync(dir);
  writeFileSync(join(dir, '001_first.sql'), 'CREATE TABLE first (x);');
  inspect(files.file, (db) => {
    migrate(db, dir);
    db.prepare("INSERT INTO schema_migrations VALUES (2, 'future', 'now')").run();
    expect(() => migrate(db, dir)).toThrow(MigrationError);
  });
});

test('the full-text index follows the comments, accents folded', async () => {
  const store = openSqliteStore(files.file);
  await store.ingest('site', [scored({ external_id: '1', text: 'Un désastre épouvantable' }), scored({ external_id: '2', text: 'Rien à voir' })]);
  await store.close();
  const ids = inspect(files.file, (db) => db.prepare("SELECT rowid FROM comments_fts WHERE comments_fts MATCH 'desastre'").pluck().all());
  expect(ids).toEqual([1]);
});
