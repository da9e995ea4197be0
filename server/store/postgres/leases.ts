/**
 * Leases in PostgreSQL (migration 005): one row per kind of work, claimed
 * when free or run out, renewed by its holder, timed on the database's clock.
 * One INSERT … ON CONFLICT does the check and the claim, so two instances
 * claiming at once cannot both succeed.
 */
import type pg from 'pg';

export interface LeaseTable {
  acquire(name: string, holder: string, ms: number): Promise<boolean>;
  renew(name: string, holder: string, ms: number): Promise<boolean>;
  release(name: string, holder: string): Promise<void>;
}

const CLAIM = `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
  ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
  WHERE leases.holder = excluded.holder OR leases.expires_at <= clock_timestamp()
  RETURNING holder`;

const RENEW = `UPDATE leases SET expires_at = clock_timestamp() + $3 * interval '1 millisecond'
  WHERE name = $1 AND holder = $2 AND expires_at > clock_timestamp()`;

export function prepareLeases(pool: pg.Pool): LeaseTable {
  return {
    acquire: async (name, holder, ms) => ((await pool.query(CLAIM, [name, holder, ms])).rowCount ?? 0) > 0,
    renew: async (name, holder, ms) =>
      ((await pool.query(RENEW, [name, holder, ms])).rowCount ?? 0) > 0,
    release: async (name, holder) => void (await pool.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder])),
  };
}
