import { describe, expect, test } from 'vitest';
import { fold, lemmaCandidates, unleet, unstretch } from '../../shared/scoring/fold.js';
import { tokenize } from '../../shared/scoring/tokenize.js';
import { scoreComment } from '../../shared/scoring/index.js';

describe('folding for matching', () => {
  test.each([
    ['Mosquée', 'mosquee'],
    ['MOSQUEE', 'mosquee'],
    ['cœur', 'coeur'],
    ['aujourd’hui', "aujourd'hui"],
    ['Ça', 'ca'],
  ])('%s folds to %s', (word, folded) => expect(fold(word)).toBe(folded));

  test.each([
    ['c0nnard', 'connard'],
    ['@brut1', 'abruti'],
    ['$alaud', 'salaud'],
    ['cr3tin', 'cretin'],
  ])('leetspeak %s reads as %s', (word, plain) => expect(unleet(fold(word))).toContain(plain));

  test('plain words and plain numbers have no leet reading', () => {
    expect(unleet('bonjour')).toEqual([]);
    expect(unleet('2015')).toEqual([]);
  });

  test.each([
    ['connnnard', 'connard'],
    ['nuuul', 'nul'],
  ])('stretched %s reads as %s', (word, plain) => expect(unstretch(word)).toContain(plain));

  test('plural and feminine endings give the lemma', () => {
    expect(lemmaCandidates('arrierees')).toContain('arriere');
    expect(lemmaCandidates('huluberlus')).toContain('huluberlu');
  });
});

describe('tokens keep offsets into the original text', () => {
  test('every token is the exact substring at its offsets', () => {
    const text = "L,ODEUR de l’arriérée… c0nn@rd !!! « propres » https://example.com/x. :)";
    for (const t of tokenize(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  test.each([
    ["l'arriérée", ["l'", 'arriérée']],
    ['L,ODEUR', ['L,', 'ODEUR']],
    ['N,A', ['N,', 'A']],
    ["qu'il", ["qu'", 'il']],
    ["aujourd'hui", ["aujourd'hui"]],
    ["don't", ["don't"]],
  ])('elision in %s', (text, raws) => expect(tokenize(text).tokens.map((t) => t.raw)).toEqual(raws));

  test('a comma between numbers is not an elision', () => {
    expect(tokenize('1,5 million').tokens.map((t) => t.raw)).toEqual(['1,5', 'million']);
  });

  test('offsets stay right when the text is in decomposed Unicode (NFD)', () => {
    const text = 'Quel cre\u0301tin !';
    const s = scoreComment(text);
    const insult = s.evidence.find((e) => e.kind === 'insult');
    expect(insult && text.slice(insult.start, insult.end)).toBe('cre\u0301tin');
  });
});

describe('phrases listed in the singular match in the plural', () => {
  test.each([
    ['Ces types sont des sous-hommes.', 'sous-hommes'],
    ['Les guerres civiles ruinent les pays.', 'guerres civiles'],
  ])('%s', (text, match) => expect(scoreComment(text).evidence.some((e) => e.match === match)).toBe(true));
});
