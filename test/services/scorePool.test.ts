import { afterAll, expect, test } from 'vitest';
import { createScorePool } from '../../server/services/scorePool.js';
import { DEFAULT_RULES, scoreComment, type Rules } from '../../shared/scoring/index.js';

const pool = createScorePool(2);
afterAll(() => pool.close());

const texts = Array.from({ length: 300 }, (_, i) => (i % 3 ? `Quel mollasson, ce président numéro ${i} !` : `Merci pour cet article ${i}, très clair.`));

test('worker threads give exactly the scores of the engine, in order', async () => {
  const scores = await pool.score(texts, DEFAULT_RULES);
  expect(scores).toEqual(texts.map((t) => scoreComment(t)));
});

test('new rules reach the workers', async () => {
  const rules = structuredClone(DEFAULT_RULES) as Rules;
  rules.version = 2;
  rules.words.allow.push('mollasson');
  const scores = await pool.score(texts, rules);
  expect(scores.filter((s) => s.insult.flag)).toHaveLength(0);
});
