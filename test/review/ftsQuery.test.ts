/** The search box to FTS5: words quoted, phrases kept, prefixes allowed, never an operator or a syntax error. */
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { ftsQuery } from '../../server/store/sqlite/ftsQuery.js';

test.each([
  ['gouvernement', '"gouvernement"'],
  ['le  gouvernement ', '"le" "gouvernement"'],
  ['"la réforme" gouvernement', '"la réforme" "gouvernement"'],
  ['gouv*', '"gouv"*'],
  ['g*', '"g"'],
  ['AND OR NOT NEAR', '"AND" "OR" "NOT" "NEAR"'],
  ['text:macron', '"text:macron"'],
  ['(macron OR', '"(macron" "OR"'],
  ['"open quote', '"open" "quote"'],
  ['aujourd\'hui', '"aujourd\'hui"'],
  ['-macron ^le', '"-macron" "^le"'],
  ['!!! ( ) * ""', null],
  ['', null],
])('%j → %j', (input, query) => {
  expect(ftsQuery(input)).toBe(query);
});

test('whatever is typed, FTS5 accepts the query', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2'); INSERT INTO t VALUES ('Le gouvernement et la réforme')");
  const search = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();
  const nasty = ['"', '""', '" OR "', 'a AND', 'NEAR(a b', '*', 'a**', '^', '{text}: a', 'col:', '- -', '"a" "', 'réf* "gouv', '\u0000', 'a\u200bb'];
  for (const input of nasty) {
    const q = ftsQuery(input);
    if (q !== null) expect(() => search.get(q), input).not.toThrow();
  }
  expect(search.get(ftsQuery('REFORME gouv*'))).toBe(1);
  db.close();
});
