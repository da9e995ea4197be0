/**
 * What only the PostgreSQL store has to show (the behaviour both stores share
 * is tested once for both, in the other store tests): DATABASE_URL, its
 * migrations under concurrent starts, one writer at a time, and full-text
 * search in each language's configuration.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { DEFAULT_RULES } from '../../shared/scoring/rules.js';
import { describeStore, openStore } from '../../server/store/index.js';
import { MigrationError, readMigrations } from '../../server/store/migrate.js';
import { openPostgresStore } from '../../server/store/postgres.js';
import { createPool } from '../../server/store/postgres/db.js';
import { migratePostgres, POSTGRES_MIGRATIONS_DIR } from '../../server/store/postgres/migrate.js';
import { createTestSchema, STORE_KINDS } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { scored } from './factories.js';

describe('DATABASE_URL', () => {
  test('unset or empty: the SQLite file', () => {
    expect(loadConfig({}).DATABASE_URL).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  test.each(['postgres://vigie:secret@db.internal:5432/vigie', 'postgresql://localhost/test?sslmode=require', 'postgres://postgres@127.0.0.1/test'])(
    '%s is accepted',
    (url) => {
      expect(loadConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    },
  );

  test.each(['localhost:5432/test', 'mysql://localhost/test', 'http://localhost:5432', './data/vigie.db'])('%s is a configuration error naming DATABASE_URL', (url) => {
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(/DATABASE_URL: must be a PostgreSQL URL/);
  });

  test('the logs name the database without its password', () => {
    expect(describeStore({ VIGIE_DB: 'x', DATABASE_URL: 'postgres://vigie:s3cret@db:5432/vigie' })).toBe('postgres://vigie:***@db:5432/vigie');
    expect(describeStore({ VIGIE_DB: './data/vigie.db' })).toBe('./data/vigie.db');
  });
});

const postgres = STORE_KINDS.find((k) => k.name === 'postgres')!;

describe.skipIf(postgres.skip !== null)('the PostgreSQL store', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let dir: string;
  beforeEach(async () => {
    schema = await createTestSchema();
    dir = mkdtempSync(join(tmpdir(), 'vigie-pg-'));
  });
  afterEach(async () => {
    await schema.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A raw query on the test schema, on a pool of its own. */
  async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const pool = createPool(schema.url, { max: 1 });
    try {
      return (await pool.query(sql, values)).rows as T[];
    } finally {
      await pool.end();
    }
  }

  test('openStore picks PostgreSQL when DATABASE_URL is set, and writes no SQLite file', async () => {
    const file = join(dir, 'never.db');
    const store = await openStore({ VIGIE_DB: file, DATABASE_URL: schema.url });
    await store.ingest('site', [scored()]);
    await store.close();
    expect(await query('SELECT count(*) AS n FROM comments')).toEqual([{ n: 1 }]);
    expect(existsSync(file)).toBe(false);
  });

  test('a database that cannot be reached is an error at open, not at the first request', async () => {
    await expect(openPostgresStore('postgres://nobody@127.0.0.1:1/none')).rejects.toThrow();
  });

  test('every migration is applied once and recorded; opening again applies nothing', async () => {
    const first = await openPostgresStore(schema.url);
    await first.ingest('site', [scored()]);
    await first.close();
    const again = await openPostgresStore(schema.url);
    expect((await again.counts()).comments).toBe(1);
    await again.close();
    const versions = readMigrations(POSTGRES_MIGRATIONS_DIR).map((m) => m.version);
    expect((await query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version)).toEqual(versions);
    const pool = createPool(schema.url);
    expect(await migratePostgres(pool)).toEqual([]);
    await pool.end();
  });

  test('instances starting together on an empty database: one migrates, the others wait and find it done', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(schema.url, { max: 2 })));
    await Promise.all(stores.map((s, i) => s.ingest('site', [scored({ external_id: `from-${i}` })])));
    expect((await stores[0]!.counts()).comments).toBe(4);
    await Promise.all(stores.map((s) => s.close()));
    expect(await query('SELECT count(*) AS n FROM schema_migrations')).toEqual([{ n: readMigrations(POSTGRES_MIGRATIONS_DIR).length }]);
  });

  test('a failing migration leaves the database as it was, earlier pending ones included', async () => {
    const migrations = join(dir, 'migrations');
    mkdirSync(migrations);
    writeFileSync(join(migrations, '001_first.sql'), 'CREATE TABLE first (x integer);');
    writeFileSync(join(migrations, '002_broken.sql'), 'CREATE TABLE second (x integer); INSERT INTO nowhere VALUES (1);');
    const pool = createPool(schema.url);
    try {
      await expect(migratePostgres(pool, migrations)).rejects.toThrow(/002_broken.*nowhere/);
    } finally {
      await pool.end();
    }
    // Nothing left, not even the schema_migrations table the failed transaction created.
    expect(await query('SELECT tablename FROM pg_tables WHERE schemaname = current_schema()')).toEqual([]);
  });

  test('a database migrated by a newer Vigie is refused rather than misread', async () => {
    const migrations = join(dir, 'migrations');
    mkdirSync(migrations);
    writeFileSync(join(migrations, '001_first.sql'), 'CREATE TABLE first (x integer);');
    const pool = createPool(schema.url);
    try {
      await migratePostgres(pool, migrations);
      await pool.query("INSERT INTO schema_migrations VALUES (2, 'future', now())");
      await expect(migratePostgres(pool, migrations)).rejects.toBeInstanceOf(MigrationError);
    } finally {
      await pool.end();
    }
  });

  test('rules saved on one instance are the current rules of another within a second, still one object', async () => {
    const [a, b] = await Promise.all([openPostgresStore(schema.url), openPostgresStore(schema.url)]);
    try {
      expect(await b.currentRules()).toBe(DEFAULT_RULES);
      const saved = await a.saveRules({ ...DEFAULT_RULES, words: { ...DEFAULT_RULES.words, flag: ['merci'] } }, 'admin');
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const seen = await b.currentRules();
      expect(seen).toEqual(saved);
      expect(await b.currentRules()).toBe(seen);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('a moderation action on no comment is refused by a foreign key', async () => {
    const store = await openPostgresStore(schema.url);
    await store.close();
    await expect(query("INSERT INTO moderation_actions (comment_id, actor, action, at) VALUES (12345, 'a', 'approved', now())")).rejects.toThrow(/foreign key/);
  });

  test('writers take turns: batches from two instances at once each get consecutive ids, in commit order', async () => {
    const [a, b] = await Promise.all([openPostgresStore(schema.url), openPostgresStore(schema.url)]);
    try {
      const batch = (who: string, n: number) => Array.from({ length: 50 }, (_, i) => scored({ external_id: `${who}-${n}-${i}`, author: `${who} ${i % 7}` }));
      const outcomes = await Promise.all(Array.from({ length: 8 }, (_, n) => (n % 2 ? a : b).ingest('site', batch(n % 2 ? 'a' : 'b', n))));
      for (const batchOutcomes of outcomes) {
        const ids = batchOutcomes.map((o) => o.id);
        expect(ids).toEqual(ids.map((_, i) => ids[0]! + i));
      }
      const firsts = outcomes.map((o) => o[0]!.id).sort((x, y) => x - y);
      expect(firsts).toEqual(firsts.map((_, i) => firsts[0]! + 50 * i));
      expect((await a.counts()).comments).toBe(400);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe.skipIf(postgres.skip !== null)('full-text search in PostgreSQL', () => {
  let t: TempStore;
  beforeEach(async () => {
    t = await openTempStore('postgres');
  });
  afterEach(() => t.close());

  const search = async (q: string) => (await t.store.listComments({ status: 'all', sort: 'oldest', q, limit: 50 })).items.map((c) => c.text);

  test('each comment is indexed in its language: French stems and folded accents, English stems', async () => {
    await t.store.ingest('site', [
      scored({ external_id: 'fr', text: 'Un désastre épouvantable pour les réformes du gouvernement' }, 'veryNegative'),
      scored({ external_id: 'en', text: 'The governments are reforming the rules' }, 'english'),
    ]);
    const rows = await t.query<{ lang: string; fts: string }>('SELECT lang, fts::text AS fts FROM comments ORDER BY id');
    expect(rows.map((r) => r.lang)).toEqual(['fr', 'en']);
    // French: accents folded, plural and stem ("réformes" → reform); English: "governments" → govern.
    expect(rows[0]!.fts).toContain("'desastr'");
    expect(rows[0]!.fts).toContain("'reform'");
    expect(rows[1]!.fts).toContain("'govern'");
    expect(await search('DESASTRE')).toEqual(['Un désastre épouvantable pour les réformes du gouvernement']);
    expect(await search('réforme')).toContain('Un désastre épouvantable pour les réformes du gouvernement');
    expect(await search('government')).toEqual(['The governments are reforming the rules']);
    expect(await search('gouv*')).toHaveLength(1);
  });

  test('stop words are kept, so a phrase is matched word for word', async () => {
    await t.store.ingest('site', [scored({ external_id: 'fr', text: 'Vive la réforme des retraites' }, 'polite')]);
    expect(await search('"la réforme"')).toHaveLength(1);
    expect(await search('"réforme la"')).toEqual([]);
  });

  test('what is typed is never SQL nor tsquery syntax', async () => {
    await t.store.ingest('site', [scored({ external_id: 'fr', text: "L'État et la réforme" }, 'polite')]);
    for (const q of ["'); DROP TABLE comments; --", "réf' :* | !", '<-> & | ! ( )', 'a\\b', "l'état"]) {
      await expect(search(q), q).resolves.toBeInstanceOf(Array);
    }
    expect(await search("l'ETAT")).toHaveLength(1);
    expect(await t.query('SELECT count(*) AS n FROM comments')).toEqual([{ n: 1 }]);
  });
});
