import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseSeedPage } from '../../server/import/seedPage.js';
import { SEEDS_DIR } from '../support/seeds.js';

const seed = (name: string) => parseSeedPage(readFileSync(join(SEEDS_DIR, name), 'utf8'));

describe('the five seed pages', () => {
  test.each([
    ['000_e75a08747d6a9f21.txt', 'La Russie pourrait accepter une coordination de ses frappes avec les États-Unis', 'À La Une - Syrie', null, 9],
    ['001_4a6b0ee70638406d.txt', 'Premiers contacts militaires entre Moscou et Washington sur la Syrie', 'À La Une - Conflit', null, 5],
    ['002_2c733891f9fe3bf4.txt', 'La Russie accentue la pression pour mettre fin à la guerre en Syrie', null, '2015-10-07T00:00:00.000Z', 0],
    ['003_9eecf87ea6d635ab.txt', "Assaut terrestre en plus des frappes russes dans l'ouest syrien", null, null, 0],
    ['004_8c9587fee2a1cf91.txt', 'Washington écarte des frappes communes avec la Russie', 'Moyen Orient et Monde - Syrie', null, 2],
  ])('%s: title, section, date and comment count', (file, title, section, publishedAt, count) => {
    const page = seed(file);
    expect(page).toMatchObject({ title, section, publishedAt, problems: [] });
    expect(page.comments).toHaveLength(count);
  });

  test('the newest comment, printed once above the list, is counted once', () => {
    const { comments } = seed('000_e75a08747d6a9f21.txt');
    expect(comments.filter((c) => c.text.startsWith('COORDINATION... CONNIVENCE'))).toHaveLength(1);
    expect(comments[0]).toEqual({
      text: 'COORDINATION... CONNIVENCE... ENTENTE... OU HEBETUDE DES DEUX COTES ? LES ANALYSES SE PERDENT DANS LES DEVELOPPEMENTS QUI COURENT D,INSTANT EN INSTANT ET NON PLUS DE JOUR EN JOUR...',
      author: 'LA LIBRE EXPRESSION',
      postedAt: '2015-10-07T18:21:00.000Z',
      line: 68,
    });
  });

  test('the last comment of a page, just before "Retour en haut", is read', () => {
    const { comments } = seed('004_8c9587fee2a1cf91.txt');
    expect(comments.at(-1)).toMatchObject({ author: 'FRIK-A-FRAK', postedAt: '2016-05-22T07:59:00.000Z' });
  });
});

const page = (list: string) =>
  ['Rechercher', '', 'Liban - Politique', '', 'Un titre', '', 'Du texte.', '', 'Tous les commentaires', '', 'Commentaires (2)', '', list, '', 'Retour en haut'].join('\n');

describe('comment lists', () => {
  test('a comment of several paragraphs keeps them, without the indentation', () => {
    const { comments } = parseSeedPage(page('  • Premier paragraphe.\n\n    Second paragraphe.\n\n    M.V.\n\n    11 h 16, le 07 octobre 2015'));
    expect(comments).toEqual([
      { text: 'Premier paragraphe.\n\nSecond paragraphe.', author: 'M.V.', postedAt: '2015-10-07T08:16:00.000Z', line: 13 },
    ]);
  });

  test('a bullet without a time is reported with its line, and the next one is still read', () => {
    const list = '  • Sans date.\n\n    X\n\n    hier soir\n\n  • Bon.\n\n    Y\n\n    11 h 16, le 07 octobre 2015';
    const { comments, problems } = parseSeedPage(page(list));
    expect(comments.map((c) => c.author)).toEqual(['Y']);
    expect(problems).toEqual([{ line: 13, message: '"hier soir" is not a comment time like "21 h 21, le 07 octobre 2015"' }]);
  });

  test('a bullet missing its author is reported', () => {
    const { comments, problems } = parseSeedPage(page('  • Texte seul.\n\n    11 h 16, le 07 octobre 2015'));
    expect(comments).toEqual([]);
    expect(problems[0]?.message).toMatch(/text, then the author, then the time/);
  });

  test('CRLF line ends read the same', () => {
    const text = page('  • Bon.\n\n    Y\n\n    11 h 16, le 07 octobre 2015').replace(/\n/g, '\r\n');
    expect(parseSeedPage(text).comments).toMatchObject([{ text: 'Bon.', author: 'Y', line: 13 }]);
  });

  test('announced comments with no list to read are reported, not silently dropped', () => {
    const { comments, problems } = parseSeedPage('Un titre\n\ncommentaires (3)\n\nBlabla');
    expect(comments).toEqual([]);
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/announces commentaires \(3\)/) }]);
  });

  test('a date inside the text is not the page date', () => {
    expect(parseSeedPage('Un titre\n\nDu texte.\n\n07/10/2015 est la date.').publishedAt).toBeNull();
  });
});
