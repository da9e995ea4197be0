import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';
import { MAX_COMMENT_LENGTH } from '../../shared/limits.js';
import type { CommentScore } from '../../shared/types.js';

function expectValid(s: CommentScore, text: string) {
  expect(s.tone.score).toBeGreaterThanOrEqual(-1);
  expect(s.tone.score).toBeLessThanOrEqual(1);
  for (const x of [s.shouting.score, s.insult.score, s.toxicity.score]) {
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(1);
  }
  for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.match);
  expect(s.fingerprint).toMatch(/^[0-9a-f]{16}$/);
}

describe('bad input never throws and always gets a valid result', () => {
  test.each([
    ['empty text', ''],
    ['only spaces', '   \n\t  '],
    ['only emoji', '😡😡😡🔥🔥'],
    ['only punctuation', '!!!???...,;:'],
    ['Arabic script', 'هذا تعليق باللغة العربية عن الحرب في سوريا'],
    ['control characters', 'abc\u0000\u0001\u0007def\u001b[31m rouge \u007f'],
    ['a lone surrogate', 'abc \ud800 def'],
    ['100 kB of text', 'Quelle honte ! '.repeat(7_000)],
    // Cut short where a rule expects one more word.
    ['a group then "je les" at the very end', 'Les Kurdes, je les'],
    ['a group then "je ne les" at the very end', 'Les Syriens ? Je ne les'],
  ])('%s', (_name, text) => {
    const s = scoreComment(text);
    expectValid(s, text);
  });

  test('text beyond the limit is scored up to the limit', () => {
    const text = 'a'.repeat(MAX_COMMENT_LENGTH) + ' connard';
    expect(scoreComment(text).insult.flag).toBe(false);
  });

  test('scoring is deterministic', () => {
    const text = 'Quel mollasson ce président, il est AUX ABOIS !!!';
    expect(scoreComment(text)).toEqual(scoreComment(text));
  });
});

describe('links and fingerprints', () => {
  test('several links flag spam', () => {
    const s = scoreComment('Gagnez vite http://a.example.com et https://b.example.com');
    expect(s.links.count).toBe(2);
    expect(s.reasons).toContain('spam_link');
  });

  test('one link in a real comment is not spam', () => {
    expect(scoreComment('Source : https://www.lorientlejour.com/article/1 — à lire.').reasons).not.toContain('spam_link');
  });

  test.each([['Visitez www.generateurs-pas-chers.lb pour nos offres.'], ['Rejoignez notre groupe sur facebook.com/groups/exemple'], ['Check out my blog: mytruth.blogspot.com'], ['Earn money from home at www.example.com']])(
    'one link with a call to follow it is spam: %s',
    (text) => {
      const s = scoreComment(text);
      expect(s.reasons).toContain('spam_link');
      expect(s.evidence.some((e) => e.rule === 'link.call_to_action')).toBe(true);
    },
  );

  test.each([
    ["Visitez le site du HCR pour les chiffres : https://www.unhcr.org/syria"],
    ['Check out the UN report: https://www.un.org/syria-report'],
    ["Plus d'un million de réfugiés au Liban, voir https://data.unhcr.org/lebanon"],
    ['Join the debate on the ceasefire: https://www.lorientlejour.com/article/2'],
  ])('one link a reader points to a source with is not spam: %s', (text) => expect(scoreComment(text).reasons).not.toContain('spam_link'));

  test.each([
    ['Cliquez ici https://promo.example.com', 'Cliquez'],
    ["Plus d'infos sur notre site www.exemple.lb", "Plus d'infos"],
    ['Check out my blog: mytruth.blogspot.com', 'Check out'],
  ])('the call to action is highlighted whole: %s', (text, call) => {
    const s = scoreComment(text);
    expect(s.reasons).toContain('spam_link');
    expect(s.evidence.find((e) => e.rule === 'link.call_to_action')?.match).toBe(call);
  });

  test('a repost differing in case, accents and spacing has the same fingerprint', () => {
    const a = scoreComment('La Russie ment, encore et toujours !').fingerprint;
    expect(scoreComment('la russie  ment encore et TOUJOURS').fingerprint).toBe(a);
    expect(scoreComment('La Russie dit vrai, encore et toujours !').fingerprint).not.toBe(a);
  });
});
