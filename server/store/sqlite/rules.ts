/**
 * The engine's Rules, versioned in the `rules` table and cached: the engine
 * keeps its compiled lexicon per Rules object, so `current()` hands out the
 * same object until a save replaces it. Another process saving rules (the
 * server, while an import runs) is seen at this process's next start.
 */
import type { Database } from 'better-sqlite3';
import { rulesSchema, type Rules } from '../../../shared/schemas.js';
import { DEFAULT_RULES } from '../../../shared/scoring/rules.js';

export interface RulesTable {
  current(): Rules;
  save(rules: Rules, savedBy: string): Rules;
}

/** Saved rules are frozen through and through: a caller mutating them would leave the engine's cache stale. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function prepareRulesTable(db: Database): RulesTable {
  const latest = db.prepare('SELECT json FROM rules ORDER BY version DESC LIMIT 1').pluck();
  const insert = db.prepare('INSERT INTO rules (version, json, saved_by, saved_at) VALUES (?, ?, ?, ?)');
  // The defaults are version 1 without a row, so the first saved version is 2.
  const nextVersion = db.prepare('SELECT coalesce(max(version), 1) + 1 FROM rules').pluck();

  const load = (): Rules => {
    const json = latest.get() as string | undefined;
    return json === undefined ? DEFAULT_RULES : deepFreeze(rulesSchema.parse(JSON.parse(json)));
  };
  let cached = load();

  const saveVersion = db.transaction((rules: Rules, savedBy: string): Rules => {
    const saved = deepFreeze(rulesSchema.parse({ ...rules, version: nextVersion.get() as number }));
    insert.run(saved.version, JSON.stringify(saved), savedBy, new Date().toISOString());
    return saved;
  });

  return {
    current: () => cached,
    save(rules, savedBy) {
      cached = saveVersion.immediate(rules, savedBy);
      return cached;
    },
  };
}
