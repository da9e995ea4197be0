/**
 * Leases in SQLite (migration 005): one row per kind of work, claimed when
 * free or run out, renewed by its holder. One statement does the check and
 * the claim, so two claims cannot both succeed.
 */
import type { Database } from 'better-sqlite3';

export interface LeaseTable {
  acquire(name: string, holder: string, ms: number): boolean;
  renew(name: string, holder: string, ms: number): boolean;
  release(name: string, holder: string): void;
}

export function prepareLeases(db: Database): LeaseTable {
  const claim = db.prepare(`INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @now + @ms)
    ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
    WHERE leases.holder = excluded.holder OR leases.expires_at <= @now
    RETURNING holder`);
  const extend = db.prepare('UPDATE leases SET expires_at = @now + @ms WHERE name = @name AND holder = @holder AND expires_at > @now');
  const drop = db.prepare('DELETE FROM leases WHERE name = ? AND holder = ?');
  return {
    acquire: (name, holder, ms) => claim.get({ name, holder, ms, now: Date.now() }) !== undefined,
    renew: (name, holder, ms) => extend.run({ name, holder, ms, now: Date.now() }).changes > 0,
    release: (name, holder) => void drop.run(name, holder),
  };
}
