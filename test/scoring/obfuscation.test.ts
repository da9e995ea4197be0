/**
 * Obfuscated spellings: letters swapped or left out, letters spread with
 * spaces, words run together, leetspeak. Each mechanism with words of our own,
 * and the real words it must leave alone (Scunthorpe).
 */
import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';
import { lexiconFor } from '../../shared/scoring/lexicon.js';
import { guessWord, lookupWord } from '../../shared/scoring/lookup.js';
import { DEFAULT_RULES } from '../../shared/scoring/rules.js';

const fr = lexiconFor(DEFAULT_RULES, 'fr');

describe('one edit away from an abusive word', () => {
  test.each([
    // Two adjacent letters swapped (Damerau transposition).
    ['cnonard', 'connard'],
    ['aburti', 'abruti'],
    ['crteins', 'cretins'],
    // One letter left out.
    ['raclre', 'raclure'],
    ['enfoir', 'enfoire'],
    // One letter too many, a slip to a neighbour key ("s" beside "d").
    ['connarsd', 'connard'],
    // A misspelt plural: the typo of its singular.
    ['cnonards', 'connard'],
    ['aburtis', 'abrutis'],
    // Also of an adjective that insults only when aimed ("ignorant").
    ['ignoratns', 'ignorant'],
    // Four letters: swaps past the first letter only.
    ['pocr', 'porc'],
    ['nzai', 'nazi'],
  ])('%s reads as %s', (word, key) => {
    const hit = lookupWord(fr, word);
    expect(hit.via).toBe('typo');
    expect(hit.key).toBe(key);
  });

  test.each([
    // A four-letter word with its first letter moved is too far from it.
    ['oprc'],
    ['anzi'],
    // Real words one edit from an abusive or violent one.
    ['prie'],
    ['trie'],
    ['chutes'],
    ['sapines'],
    ['politiques'],
    ['cone'],
    // One letter too many, far on the keyboard from the letters beside it: another word.
    ['crisis'],
  ])('%s is not a typo of anything', (word) => {
    const hit = lookupWord(fr, word);
    expect(hit.via === 'typo' || hit.via === 'glued').toBe(false);
  });

  test.each([
    ['Quel cnonard celui-là.'],
    ['Vous êtes des aburtis.'],
    ['Espèce de raclre !'],
  ])('"%s" is an insult', (text) => {
    expect(scoreComment(text, { lang: 'fr' }).insult.flag).toBe(true);
  });

  // "Whitney" is one letter from the slur "whitey"; written as a name, it is a name.
  test.each([
    ['Whitney Houston was a great singer.'],
    ['I grew up listening to Whitney.'],
    ['Un concert hommage à Whitney, ce soir.'],
  ])('a capitalised word inside a sentence is a name, not a typo: "%s"', (text) => {
    const s = scoreComment(text, { lang: text.startsWith('Un') ? 'fr' : 'en' });
    expect(s.evidence.filter((e) => e.rule.endsWith('.typo'))).toEqual([]);
    expect(s.flagged).toBe(false);
  });

  // "whitney" has a letter "whitey" lacks, and no finger slips from "t" or "e" to "n": a name, however written.
  test.each([['Whitney is a singer.'], ['listening to whitney houston all night']])('"%s" is no slur', (text) => {
    const s = scoreComment(text, { lang: 'en' });
    expect(s.evidence.filter((e) => e.rule.endsWith('.typo'))).toEqual([]);
    expect(s.flagged).toBe(false);
  });

  test.each([
    // At the start of a sentence a capital says nothing.
    ['Cnonard, va !', 'fr'],
    ['Wihtey go home!', 'en'],
    // What comes before calls for a word, not a name.
    ['Sale Bicth.', 'fr'],
    ['Assad est un Tyarn.', 'fr'],
    // Peoples' names are capitalised too: their typos are still read.
    ['Je déteste les Sryiens.', 'fr'],
  ] as const)('"%s" is still read through its typo', (text, lang) => {
    expect(scoreComment(text, { lang }).flagged).toBe(true);
  });
});

describe('words run together', () => {
  test('a group glued to an abusive word is an attack on the group', () => {
    const s = scoreComment('Ces racluresarabes dehors.', { lang: 'fr' });
    expect(s.toxicity.flag).toBe(true);
    expect(s.reasons).toContain('identity_attack');
  });

  test.each([
    ['Réaction typiquedeconnard.', 'insult'],
    ['Je vais trancher leurs gorgesdearabes.', 'threat'],
  ])('a word the lexicon does not know, glued to "de" and an abusive word or a group: "%s"', (text, reason) => {
    expect(scoreComment(text, { lang: 'fr' }).reasons).toContain(reason);
  });

  test.each([['Les députés de la majorité.'], ['Une grandeprudence est de mise.'], ['Le commandement de Homs.']])(
    'nor does any word glued to "de": "%s"',
    (text) => {
      expect(scoreComment(text, { lang: 'fr' }).flagged).toBe(false);
    },
  );

  test('the strongest piece gives the tone, not the first one', () => {
    const hit = guessWord(fr, 'absolumentminable');
    expect(hit.via).toBe('glued');
    expect(hit.entry?.tone).toBeLessThan(-0.5);
  });

  test.each([
    ['Il faut massacrertous les juifs.'],
    ['Je vais flinguerces arabes.'],
    ['On va lynchertous les roms.'],
  ])('a violent verb glued to its object is still a threat: "%s"', (text) => {
    expect(scoreComment(text, { lang: 'fr' }).toxicity.flag).toBe(true);
  });

  test.each([
    ['Je vais acheter des pendentifs pour toutes mes amies.'],
    ['On a regardé les tourtereaux de la noce.'],
    ['Les brûleries de café ferment tous les lundis.'],
    ['Nous avons visité la noyeraie des voisins.'],
  ])('words that only start like a violent verb are not threats: "%s"', (text) => {
    expect(scoreComment(text, { lang: 'fr' }).toxicity.flag).toBe(false);
  });
});

test('a word spread with spaces ends where the next word’s elided article begins: "t r a n s n’ont"', () => {
  expect(scoreComment("Les K u r d e s n'ont pas leur place ici.", { lang: 'fr' }).reasons).toContain('identity_attack');
  expect(scoreComment('Quel c o n n a r d !', { lang: 'fr' }).insult.flag).toBe(true);
});

describe('letters spread with spaces, and leetspeak, reach the threat patterns', () => {
  test.each([
    ['Je vais m a s s a c r e r tous les juifs.'],
    ['On devrait fu5iller tous les arabes.'],
    ['Il faut m@ssacrer ces gens.'],
  ])('"%s" is a threat', (text) => {
    const s = scoreComment(text, { lang: 'fr' });
    expect(s.toxicity.flag).toBe(true);
    expect(s.reasons).toContain('threat');
  });

  test.each([
    ['On devrait fusilelr tous les arabes.'],
    ['Il faut lyncehr ces gens.'],
  ])('a violent verb with two letters swapped is still a threat: "%s"', (text) => {
    expect(scoreComment(text, { lang: 'fr' }).reasons).toContain('threat');
  });

  test.each([
    // "voiler" is a word of its own, one swap from "violer".
    ['Il faudrait voiler les meubles avant de peindre.'],
    ['On devrait voiler ces fenêtres au soleil.'],
    ['On se voit à 5 heures pour la partie de b o w l i n g.'],
    ['Mon code promo est fu5ion2024, valable tous les jours.'],
  ])('"%s" is not a threat', (text) => {
    expect(scoreComment(text, { lang: 'fr' }).reasons).not.toContain('threat');
  });
});
