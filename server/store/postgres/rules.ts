/**
 * The engine's Rules in PostgreSQL, versioned in the `rules` table and
 * cached: the engine keeps its compiled lexicon per Rules object, so
 * `current()` hands out the same object until a newer version replaces it.
 * Several instances share the table: each looks for a newer version (one
 * primary-key read) at most once a second, so rules saved on one instance
 * score the comments every instance ingests within a second — where the
 * SQLite store, with one server, sees another process's save at its next start.
 */
import type pg from 'pg';
import { rulesSchema, type Rules } from '../../../shared/schemas.js';
import { DEFAULT_RULES } from '../../../shared/scoring/rules.js';
import { row, writeTransaction } from './db.js';

export interface RulesTable {
  current(): Promise<Rules>;
  save(rules: Rules, savedBy: string): Promise<Rules>;
}

const CHECK_EVERY_MS = 1_000;

/** Saved rules are frozen through and through: a caller mutating them would leave the engine's cache stale. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export async function prepareRulesTable(pool: pg.Pool): Promise<RulesTable> {
  const latest = async (): Promise<Rules> => {
    const r = await row<{ json: unknown }>(pool, 'SELECT json FROM rules ORDER BY version DESC LIMIT 1');
    return r ? deepFreeze(rulesSchema.parse(r.json)) : DEFAULT_RULES;
  };
  let cached = await latest();
  let checkedAt = Date.now();
  // One look at a time, shared by the calls that arrive meanwhile.
  let checking: Promise<Rules> | null = null;

  async function refresh(): Promise<Rules> {
    const newest = await row<{ version: number }>(pool, 'SELECT max(version) AS version FROM rules');
    if (newest?.version != null && newest.version > cached.version) cached = await latest();
    checkedAt = Date.now();
    return cached;
  }

  return {
    async current() {
      if (Date.now() - checkedAt < CHECK_EVERY_MS) return cached;
      checking ??= refresh().finally(() => (checking = null));
      return checking;
    },
    async save(rules, savedBy) {
      const saved = await writeTransaction(pool, async (db) => {
        // The defaults are version 1 without a row, so the first saved version is 2.
        const next = (await row<{ version: number }>(db, 'SELECT coalesce(max(version), 1) + 1 AS version FROM rules'))!.version;
        const parsed = deepFreeze(rulesSchema.parse({ ...rules, version: next }));
        await db.query('INSERT INTO rules (version, json, saved_by, saved_at) VALUES ($1, $2, $3, $4)', [parsed.version, JSON.stringify(parsed), savedBy, new Date().toISOString()]);
        return parsed;
      });
      cached = saved;
      checkedAt = Date.now();
      return saved;
    },
  };
}
