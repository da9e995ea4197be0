/**
 * The stores the store tests run against, the same tests for each:
 * `describeEachStore('what', (kind) => …)` with `openTempStore(kind)` inside. SQLite always; PostgreSQL at
 * VIGIE_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
 * each test database a fresh schema (`vigie_t_<random>`, dropped at close).
 * When PostgreSQL cannot be reached its tests are skipped with a warning —
 * except under CI=true, where they fail.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';

export type StoreKindName = 'sqlite' | 'postgres';

export interface StoreKind {
  name: StoreKindName;
  /** Why this kind's tests are skipped; null when they run. */
  skip: string | null;
}

export const TEST_DATABASE_URL = process.env.VIGIE_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const ON_CI = process.env.CI === 'true';

let adminPool: pg.Pool | null = null;
/** One small pool per test file for creating and dropping schemas; it lets the process exit when idle. */
function admin(): pg.Pool {
  if (!adminPool) {
    adminPool = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2, allowExitOnIdle: true, connectionTimeoutMillis: 5_000 });
    adminPool.on('error', () => {});
  }
  return adminPool;
}

async function unreachable(): Promise<string | null> {
  try {
    await admin().query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  }
}

const whyNot = await unreachable();
if (whyNot !== null) {
  const safeUrl = TEST_DATABASE_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  if (ON_CI) throw new Error(`PostgreSQL is unreachable at ${safeUrl} (${whyNot}), and under CI=true its store tests must run.`);
  console.warn(
    `\n⚠ PostgreSQL is unreachable at ${safeUrl} (${whyNot}): the PostgreSQL store tests are SKIPPED.` +
      '\n  Start it (.ci/run shows how) or set VIGIE_TEST_DATABASE_URL; under CI=true they fail instead.\n',
  );
}

export const STORE_KINDS: readonly StoreKind[] = [
  { name: 'sqlite', skip: null },
  { name: 'postgres', skip: whyNot === null ? null : `PostgreSQL unreachable: ${whyNot}` },
];

/** The same describe block once per kind of store, named after it ("queue [postgres]"), skipped where that store cannot run. */
export function describeEachStore(title: string, body: (kind: StoreKind) => void): void {
  for (const kind of STORE_KINDS) describe.skipIf(kind.skip !== null)(`${title} [${kind.name}]`, () => body(kind));
}

/** A fresh, empty schema in the test database, and the URL of a connection whose search_path is it. */
export async function createTestSchema(): Promise<{ schema: string; url: string; drop(): Promise<void> }> {
  const schema = `vigie_t_${randomBytes(6).toString('hex')}`;
  await admin().query(`SET synchronous_commit = off; CREATE SCHEMA ${schema}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema} -c synchronous_commit=off`);
  return {
    schema,
    url: url.toString(),
    drop: async () => void (await admin().query(`SET synchronous_commit = off; DROP SCHEMA IF EXISTS ${schema} CASCADE`)),
  };
}
