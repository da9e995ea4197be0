/**
 * The 16 reader comments of the sample pages, read one by one: which shout,
 * which insult whom, and that the angry ones read as negative.
 */
import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';
import { seedComments } from '../support/seeds.js';

const comments = seedComments();
const find = (start: string) => {
  const c = comments.find((x) => x.text.startsWith(start));
  if (!c) throw new Error(`no seed comment starts with ${start}`);
  return c;
};

test('the sample pages carry 16 reader comments', () => expect(comments).toHaveLength(16));

describe('shouting', () => {
  const shouter = 'LA LIBRE EXPRESSION';
  test('the four comments of the all-caps commenter are shouting', () => {
    const theirs = comments.filter((c) => c.author === shouter);
    expect(theirs).toHaveLength(4);
    for (const c of theirs) expect(scoreComment(c.text).shouting.flag, c.text).toBe(true);
  });
  test('no other comment is shouting, despite "IL EST AUX ABOIS", "JAMAIS", "ZORRO" and acronyms', () => {
    for (const c of comments.filter((x) => x.author !== shouter)) expect(scoreComment(c.text).shouting.flag, c.text).toBe(false);
  });
});

describe('insults, with their span and target', () => {
  test.each([
    ['Je ne sais pas', 'chiffe molle', 'public_figure'],
    ['Obama n\'a pas la capacité', 'mollasson', 'public_figure'],
    ['Les frappes russes sont', 'petit Hitler', 'public_figure'],
    ["J'ajouterais que", 'petit Hitler', 'public_figure'],
    ["C'est c'la", 'Nain poutinien', 'public_figure'],
    ['Obligée', 'arriérée asiatique', 'group'],
    ['La Russie NPM', 'huluberlus', 'reader'],
    ['La Russie , par la force', 'occicons', 'group'],
  ])('comment "%s…": «%s» aimed at %s', (start, span, target) => {
    const text = find(start).text;
    const s = scoreComment(text);
    const spans = s.evidence.filter((e) => e.kind === 'insult' || e.kind === 'identity').map((e) => text.slice(e.start, e.end));
    expect(spans.some((x) => x.includes(span)), `${span} in ${JSON.stringify(spans)}`).toBe(true);
    expect(s.insult.flag).toBe(true);
    const insult = s.evidence.find((e) => (e.kind === 'insult' || e.kind === 'identity') && text.slice(e.start, e.end).includes(span))!;
    expect(insult.weight).toBeGreaterThanOrEqual(0.5);
    expect(insult.target).toBe(target);
  });

  test('the "occicon" coined slur is found in both its spellings', () => {
    const text = find('La Russie , par la force').text;
    const spans = scoreComment(text).evidence.filter((e) => e.kind === 'insult' || e.kind === 'identity').map((e) => e.match);
    expect(spans).toEqual(expect.arrayContaining(['occicons', 'occicon']));
  });

  test.each([['L\'AFP exagère toujours'], ['Le vice-ministre de la Défense'], ['Washington ne veut pas coordonner']])(
    'comment "%s…" insults nobody',
    (start) => expect(scoreComment(find(start).text).insult.flag).toBe(false),
  );
});

describe('tone of the angry comments is negative', () => {
  test.each([
    ['Je ne sais pas'],
    ['Les frappes russes sont'],
    ["J'ajouterais que"],
    ["Obama n'a pas la capacité"],
    ['TIENS... UN CONSEIL'],
    ["C'est c'la"],
    ['Le petit Hitler va se précipiter'],
    ['Obligée'],
    ['LA POMME DE LA DISCORDE'],
  ])('%s…', (start) => expect(scoreComment(find(start).text).tone.label).toBe('negative'));
});
