/**
 * The PostgreSQL connection pool and the two kinds of transaction the store
 * runs: writes, one at a time per database, and consistent multi-query reads.
 */
import pg from 'pg';

/** The pool, or one of its clients inside a transaction: every query helper takes either. */
export type Db = pg.Pool | pg.PoolClient;

// How values come back: bigints (ids, counts, sums) as numbers — ids stay far below 2^53 — and
// timestamps as the ISO strings the rest of Vigie speaks (toISOString: UTC, milliseconds), whatever
// the session's TimeZone.
const INT8 = 20;
const NUMERIC = 1700;
const TIMESTAMPTZ = 1184;
const parseTimestamp = pg.types.getTypeParser(TIMESTAMPTZ);
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    if (oid === TIMESTAMPTZ) return (value: string) => (parseTimestamp(value) as Date).toISOString();
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PoolOptions {
  /** Connections at most (default 10). */
  max?: number;
}

export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString, types: TYPES, max: options.max ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle connection the server dropped (a restart, a failover): the pool replaces it on next use.
  // Without a listener the 'error' event would end the process.
  pool.on('error', () => {});
  return pool;
}

export async function rows<T>(db: Db, text: string, values: readonly unknown[] = []): Promise<T[]> {
  return (await db.query(text, values as unknown[])).rows as T[];
}

export async function row<T>(db: Db, text: string, values: readonly unknown[] = []): Promise<T | null> {
  return ((await db.query(text, values as unknown[])).rows[0] as T | undefined) ?? null;
}

/**
 * The writers' lock, one per schema: every transaction that writes comments, decisions, aggregates
 * or rules takes it first, so writes to one database run one after another whichever instance
 * makes them — as SQLite's single writer does. That is what keeps the audit log's and the
 * comments' ids in commit order (a cursor never skips an id that commits later: docs/realtime.md),
 * and what lets a batch add to many aggregate rows without deadlocking against another batch or a
 * bulk decision. A batch of 1,000 comments holds it for a few tens of milliseconds.
 */
const WRITER_LOCK = "SELECT pg_advisory_xact_lock(hashtext('vigie:writer'), hashtext(current_schema()))";

async function inTransaction<T>(pool: pg.Pool, begin: string, fn: (client: pg.PoolClient) => Promise<T>, lock: boolean): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query(begin);
    if (lock) await client.query(WRITER_LOCK);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true;
    }
    throw error;
  } finally {
    // A connection that could not even roll back is dropped, not handed to the next caller.
    client.release(broken);
  }
}

/** A write: all or nothing, after every earlier write to this database has committed. */
export function writeTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, 'BEGIN', fn, true);
}

/** Several reads that agree with each other (one snapshot) while writes go on. */
export function readTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn, false);
}
