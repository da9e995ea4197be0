import { describe, expect, test } from 'vitest';
import { analyse } from '../../shared/scoring/analyse.js';
import { DEFAULT_RULES } from '../../shared/scoring/rules.js';
import { findThreats } from '../../shared/scoring/rules/threats.js';
import { generateCorpus } from '../../server/cli/benchCorpus.js';
import { NEAR_MISSES, THREATS } from './fixtures/violentSentences.js';

// The threat rule searches a sentence only for the patterns whose needed words it holds. If a pattern changes and
// its needed words do not, threats vanish silently; searching every sentence for every pattern must find the same.
describe('the threat prefilter never hides a threat', () => {
  test.each(THREATS)('a threat, found with and without it: %s', (text) => {
    const a = analyse(text, DEFAULT_RULES);
    const unfiltered = findThreats(a, true);
    expect(unfiltered.threats.length).toBeGreaterThan(0);
    expect(findThreats(a)).toEqual(unfiltered);
  });

  test.each(NEAR_MISSES)('a near miss, read the same both ways: %s', (text) => {
    const a = analyse(text, DEFAULT_RULES);
    expect(findThreats(a)).toEqual(findThreats(a, true));
  });

  test('generated comments of every kind read the same both ways', () => {
    const differing = generateCorpus(2_000, 7)
      .map((c) => analyse(c.text, DEFAULT_RULES))
      .filter((a) => JSON.stringify(findThreats(a)) !== JSON.stringify(findThreats(a, true)))
      .map((a) => a.text);
    expect(differing).toEqual([]);
  });
});
