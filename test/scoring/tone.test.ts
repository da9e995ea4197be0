import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';

const tone = (text: string) => scoreComment(text).tone;

describe('tone', () => {
  test.each([
    ['Excellent article, merci pour ce travail remarquable.', 'positive'],
    ['Quelle honte, ce massacre est une catastrophe.', 'negative'],
    ['Le conseil se réunira mardi à Genève.', 'neutral'],
    ['Great reporting, thank you.', 'positive'],
    ['This is a disgusting and shameful decision.', 'negative'],
    ['The meeting is scheduled for Tuesday.', 'neutral'],
  ])('%s → %s', (text, label) => expect(tone(text).label).toBe(label));

  test('French negation flips a positive word', () => {
    expect(tone("Ce n'est pas bon du tout.").score).toBeLessThan(0);
    expect(tone("C'est bon.").score).toBeGreaterThan(0);
  });

  test('disagreeing is negative, however strongly said', () => {
    expect(tone("Je ne suis pas d'accord.").label).toBe('negative');
    expect(tone("Je ne suis pas du tout d'accord avec cet article.").label).toBe('negative');
  });

  test.each([['Ce sont des mensonges.'], ['Ces propos sont racistes.'], ['Vous écrivez des âneries.']])(
    'a plural or feminine keeps its word’s tone, whatever other list spells it: %s',
    (text) => expect(tone(text).label).toBe('negative'),
  );

  test('English negation flips a positive word', () => {
    expect(tone('This is not good.').score).toBeLessThan(0);
  });

  test('an intensifier strengthens, a diminisher weakens', () => {
    const plain = tone('Une décision mauvaise.').score;
    expect(tone('Une décision très mauvaise.').score).toBeLessThan(plain);
    expect(tone('Une décision un peu mauvaise.').score).toBeGreaterThan(plain);
  });

  test('the clause after "mais" weighs more than the one before', () => {
    expect(tone("L'idée est bonne mais le résultat est catastrophique.").label).toBe('negative');
    expect(tone("Le résultat est décevant mais l'idée est excellente.").label).toBe('positive');
    expect(tone('The idea is good but the result is a disaster.').label).toBe('negative');
  });

  test('exclamation marks and a capitalised word add emphasis', () => {
    const plain = tone('Cette décision est honteuse.').score;
    expect(tone('Cette décision est honteuse !!!').score).toBeLessThan(plain);
    expect(tone('Cette décision est HONTEUSE.').score).toBeLessThan(plain);
  });

  test('scare quotes around a positive word read as sarcasm', () => {
    const s = scoreComment('Les frappes russes sont "propres", paraît-il.');
    expect(s.evidence.some((e) => e.kind === 'sarcasm')).toBe(true);
    expect(s.tone.score).toBeLessThan(0);
  });

  test('thanks given for something bad are a reproach; thanks for something good stay thanks', () => {
    const ironic = scoreComment('Merci au gouvernement pour ce fiasco total.');
    expect(ironic.evidence.some((e) => e.rule === 'tone.ironic_thanks')).toBe(true);
    expect(ironic.tone.label).toBe('negative');
    expect(scoreComment('Merci pour cet article très clair.').tone.label).toBe('positive');
  });

  test('a long angry comment is not diluted into neutral', () => {
    const filler = ' Le conseil de sécurité se réunira à New York la semaine prochaine pour en discuter.'.repeat(20);
    expect(tone('Cette guerre est une honte absolue et un désastre.' + filler).label).toBe('negative');
  });

  test('insults pull the tone down', () => {
    expect(tone('Obama est un mollasson.').label).toBe('negative');
  });

  test('the score stays within [-1, 1]', () => {
    const s = tone('Magnifique, génial, excellent, merveilleux, parfait, bravo, formidable !!!'.repeat(30));
    expect(s.score).toBeLessThanOrEqual(1);
    expect(s.label).toBe('positive');
  });
});
