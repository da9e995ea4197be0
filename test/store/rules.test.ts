import { afterEach, beforeEach, expect, test } from 'vitest';
import { ZodError } from 'zod/v4';
import { DEFAULT_RULES } from '../../shared/scoring/rules.js';
import type { Rules } from '../../shared/schemas.js';
import type { Store } from '../../server/store/store.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';

const withBlocked = (rules: Rules, word: string): Rules => ({ ...rules, words: { ...rules.words, block: [...rules.words.block, word] } });

describeEachStore('rules', (kind) => {
  let t: TempStore;
  let store: Store;
  beforeEach(async () => {
    t = await openTempStore(kind);
    store = t.store;
  });
  afterEach(() => t.close());

  test('until rules are saved, the current rules are the defaults, version 1', async () => {
    expect(await store.currentRules()).toBe(DEFAULT_RULES);
    expect(DEFAULT_RULES.version).toBe(1);
  });

  test('the current rules are the same object on every call, so the engine compiles them once', async () => {
    const saved = await store.saveRules(withBlocked(DEFAULT_RULES, 'zozo'), 'alice');
    expect(await store.currentRules()).toBe(saved);
    expect(await store.currentRules()).toBe(await store.currentRules());
  });

  test('each save is the next version, whatever version the caller wrote', async () => {
    const v2 = await store.saveRules({ ...withBlocked(DEFAULT_RULES, 'zozo'), version: 41 }, 'alice');
    const v3 = await store.saveRules(withBlocked(v2, 'bozo'), 'bob');
    expect([v2.version, v3.version]).toEqual([2, 3]);
    expect((await store.currentRules()).words.block).toEqual(['zozo', 'bozo']);
  });

  test('saved rules outlive the process: a reopened store starts from the latest version', async () => {
    await store.saveRules(withBlocked(DEFAULT_RULES, 'zozo'), 'alice');
    store = await t.reopen();
    expect(await store.currentRules()).toMatchObject({ version: 2, words: { block: ['zozo'] } });
  });

  test('invalid rules are refused with the validation error, and the current rules stay', async () => {
    const invalid = { ...DEFAULT_RULES, thresholds: { ...DEFAULT_RULES.thresholds, insult: 3 } };
    await expect(store.saveRules(invalid, 'alice')).rejects.toBeInstanceOf(ZodError);
    expect(await store.currentRules()).toBe(DEFAULT_RULES);
    const next = await store.saveRules(DEFAULT_RULES, 'alice');
    expect(next.version).toBe(2);
  });

  test('saved rules cannot be changed in place behind the engine’s cache', async () => {
    const saved = await store.saveRules(DEFAULT_RULES, 'alice');
    expect(() => {
      (saved.words.block as string[]).push('zozo');
    }).toThrow(TypeError);
  });
});
