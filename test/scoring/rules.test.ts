import { describe, expect, test } from 'vitest';
import { DEFAULT_RULES, scoreComment, type Rules } from '../../shared/scoring/index.js';
import { rulesSchema } from '../../shared/schemas.js';

const withRules = (patch: (r: Rules) => void): Rules => {
  const rules = structuredClone(DEFAULT_RULES) as Rules;
  patch(rules);
  return rules;
};

describe("a newsroom's own rules change the scores at run time", () => {
  test('a blocked word becomes a strong insult', () => {
    const text = 'Encore un article de ce plumitron.';
    expect(scoreComment(text).insult.flag).toBe(false);
    const s = scoreComment(text, { rules: withRules((r) => r.words.block.push('plumitron')) });
    expect(s.insult.flag).toBe(true);
    expect(s.insult.severity).toBe('strong');
    expect(s.evidence.find((e) => e.kind === 'insult')?.match).toBe('plumitron');
  });

  test('an allowed word is never counted as abuse', () => {
    const text = 'Quel guignol ce député.';
    expect(scoreComment(text).insult.flag).toBe(true);
    expect(scoreComment(text, { rules: withRules((r) => r.words.allow.push('guignol')) }).insult.flag).toBe(false);
  });

  test('a lower shouting threshold flags a half-capitalised comment', () => {
    const text = 'ARRÊTEZ DE MENTIR à tout le monde, vraiment';
    expect(scoreComment(text).shouting.flag).toBe(false);
    expect(scoreComment(text, { rules: withRules((r) => (r.thresholds.shouting = 0.4)) }).shouting.flag).toBe(true);
  });

  test('an extra acronym is not shouting', () => {
    const text = 'Le CPLX et le MRLX et le ZZLB ont voté.';
    const rules = withRules((r) => r.words.acronyms.push('CPLX', 'MRLX', 'ZZLB'));
    expect(scoreComment(text, { rules }).shouting.score).toBeLessThan(scoreComment(text).shouting.score);
  });
});

describe('rules coming from outside are validated', () => {
  test('the shipped defaults are valid', () => expect(rulesSchema.safeParse(DEFAULT_RULES).success).toBe(true));

  test('a bad threshold is refused with the field named', () => {
    const r = rulesSchema.safeParse({ ...DEFAULT_RULES, thresholds: { ...DEFAULT_RULES.thresholds, insult: 2 } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['thresholds', 'insult']);
  });
});
