/**
 * Tone of short social-media style comments: hashtags, emoji, slang,
 * negation, irony, names. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';

const fr = (text: string) => scoreComment(text, { lang: 'fr' });
const en = (text: string) => scoreComment(text, { lang: 'en' });
const read = (lang: 'fr' | 'en', text: string) => (lang === 'fr' ? fr(text) : en(text));
const toneWords = (lang: 'fr' | 'en', text: string) =>
  read(lang, text)
    .evidence.filter((e) => e.kind === 'tone')
    .map((e) => e.match);

describe('camel-case hashtags are read word by word', () => {
  test.each([
    ['fr', 'Résultats du concours ce soir #JeSuisFier', 'positive'],
    ['fr', 'Encore une panne de métro #TropNul', 'negative'],
    ['fr', 'Le nouveau tram est arrivé #PasContent', 'negative'],
    ['en', 'Back at the office on Monday #NotHappy', 'negative'],
    ['en', 'Finished the marathon in four hours #SoProud', 'positive'],
  ] as const)('%s: %s → %s', (lang, text, label) => {
    const s = read(lang, text);
    expect(s.tone.label).toBe(label);
    expect(s.evidence.some((e) => e.rule === 'tone.hashtag')).toBe(true);
  });

  test('a hashtag with no tone word adds nothing', () => {
    expect(fr('Réunion du conseil municipal #ConseilMunicipal2024').tone.score).toBe(0);
  });
});

describe('an irony tag turns the praise of the comment sour', () => {
  test.each([
    ['fr', 'Super, encore trois heures de retard, génial #ironie'],
    ['fr', 'Quelle belle journée sous la grêle #sarcasme'],
    ['en', 'I just love waiting in line for two hours #not'],
    ['en', 'Great, the printer is broken again #sarcasm'],
  ] as const)('%s: %s', (lang, text) => {
    const s = read(lang, text);
    expect(s.tone.label).toBe('negative');
    expect(s.evidence.some((e) => e.rule === 'tone.irony_tag')).toBe(true);
  });
});

describe('emoji say how the writer feels, whatever words precede them', () => {
  test.each([
    ['fr', "Je n'ai rien compris au film 😂", '😂'],
    ['en', "Couldn't find my keys this morning 😭", '😭'],
  ] as const)('%s: %s keeps the sign of %s', (lang, text, emoji) => {
    const e = read(lang, text).evidence.find((x) => x.kind === 'tone' && x.match === emoji);
    expect(e).toBeDefined();
    const plain = read(lang, emoji).evidence.find((x) => x.kind === 'tone')!;
    expect(Math.sign(e!.weight)).toBe(Math.sign(plain.weight));
  });

  test.each([['Bravo à toute l’équipe 👏🏽'], ['Merci pour tout 🙏🏻'], ['Trop contente 💃']])('a skin tone or a new emoji still reads: %s', (text) => {
    expect(fr(text).tone.label).toBe('positive');
  });
});

describe('names are not tone words', () => {
  test.each([
    ['en', 'Taylor Swift is on the radio again', 'Swift'],
    ['en', 'Tickets for Leeds United are on sale', 'United'],
    ['fr', 'Ségolène Royal sera à Lyon jeudi', 'Royal'],
    ['fr', 'Les crues de la Loire inquiètent peu les riverains', 'Loire'],
    ['fr', 'Le salon se tient en France cette année', 'France'],
    ['en', 'The team flew to Madrid this morning', 'Madrid'],
  ] as const)('%s: %s — «%s» counts for nothing', (lang, text, name) => {
    expect(toneWords(lang, text)).not.toContain(name);
  });

  test('a capital at the start of a sentence is not a name', () => {
    expect(en('Great match tonight').tone.label).toBe('positive');
    expect(fr('Magnifique concert hier soir').tone.label).toBe('positive');
  });
});

describe('"like" is a verb only after its subject', () => {
  test.each([
    ['It looks like rain tomorrow', false],
    ['Cities like Paris and Rome are busy in August', false],
    ['It was like a dream, honestly', false],
    ['I like the new layout', true],
    ['We really like this place', true],
    ["They don't like the new rules", true],
    ['I would like to thank the team', true],
  ] as const)('%s → "like" counted: %s', (text, counted) => {
    expect(toneWords('en', text).map((w) => w.toLowerCase()).includes('like')).toBe(counted);
  });
});

describe('negation', () => {
  test.each([
    ['fr', 'Ce film est mauvais.', 'Ce film n’est pas mauvais.'],
    ['en', 'The ending was bad.', "The ending wasn't bad."],
  ] as const)('%s: a negated negative word is faint praise, not a strong one (%s / %s)', (lang, plain, negated) => {
    const s = read(lang, negated).tone.score;
    expect(read(lang, plain).tone.score).toBeLessThan(0);
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(0.5);
  });

  test.each([
    ['fr', 'Ce guide est utile.', 'Ce guide n’est pas utile.', 'Ce guide n’est pas très utile.'],
    ['en', 'The update is useful.', 'The update is not useful.', 'The update is not very useful.'],
  ] as const)('%s: "not very X" is milder than "not X" (%s)', (lang, plain, negated, softened) => {
    expect(read(lang, plain).tone.score).toBeGreaterThan(0);
    expect(read(lang, negated).tone.score).toBeLessThan(read(lang, softened).tone.score);
    expect(read(lang, softened).tone.score).toBeLessThan(0);
  });

  test.each([
    ["Sans doute l'un des meilleurs films de l'année."],
    ['Après la pluie, une très belle journée.'],
  ])('French words that only look negative or inflected: %s', (text) => expect(fr(text).tone.label).toBe('positive'));

  test.each([['unimpressive'], ['uninspiring'], ['unhelpful']])('English "un-" negates the word after it: %s', (word) => {
    expect(en(`The second half was ${word}.`).tone.label).toBe('negative');
  });
});

describe('emphasis and weighting', () => {
  test.each([
    ['fr', "C'est nul.", "C'est nuuuul."],
    ['en', 'That was bad.', 'That was baaaad.'],
  ] as const)('%s: stretched letters strengthen a word (%s / %s)', (lang, plain, stretched) => {
    expect(read(lang, stretched).tone.score).toBeLessThan(read(lang, plain).tone.score);
  });

  test.each([
    ['fr', 'Le décor est beau, le scénario est nul.'],
    ['en', 'Good food, bad service.'],
  ] as const)('%s: a blaming word outweighs praise of the same strength: %s', (lang, text) => {
    expect(read(lang, text).tone.label).toBe('negative');
  });

  test.each([
    ['fr', 'Un nouveau système de tri arrive en ville.', 'neutral'],
    ['fr', 'Un système de tri génial arrive en ville.', 'positive'],
  ] as const)('%s: a descriptive adjective weighs less than a judging one: %s → %s', (lang, text, label) => {
    expect(read(lang, text).tone.label).toBe(label);
  });

  test('regretful but civil is negative, not very negative', () => {
    const s = fr("Dommage, c'est une erreur. Je ne suis pas très optimiste pour la suite.");
    expect(s.tone.label).toBe('negative');
    expect(s.reasons).not.toContain('very_negative');
  });
});

describe('everyday words and expressions', () => {
  test.each([
    ['fr', "J'ai hâte de voir la suite", 'positive'],
    ['fr', 'Vivement les vacances', 'positive'],
    ['fr', 'Un article bien écrit, merci', 'positive'],
    ['fr', 'Un dossier bien pensé', 'positive'],
    ["fr", "C'est grâce à vous", 'positive'],
    ['fr', 'Tout est annulé à cause de la grève', 'negative'],
    ['fr', 'Franchement décevant', 'negative'],
    ['fr', "Ce débat vaut le coup d'œil", 'positive'],
    ['en', 'omg this is the cutest puppy', 'positive'],
    ['en', "I couldn't be happier with the result", 'positive'],
    ['en', 'aww thank you so much', 'positive'],
    ['en', 'Sadly the shop closed', 'negative'],
    ['en', 'Never again, what a waste', 'negative'],
  ] as const)('%s: %s → %s', (lang, text, label) => expect(read(lang, text).tone.label).toBe(label));

  test.each([['Bien entendu, la séance est maintenue.'], ['Il y a bien des façons de voir les choses.']])(
    '"bien" that judges nothing stays neutral: %s',
    (text) => expect(fr(text).tone.label).toBe('neutral'),
  );
});
