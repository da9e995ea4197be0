import { describe, expect, test } from 'vitest';
import { scanJson } from '../../server/import/jsonScan.js';
import { readCsvComments } from '../../server/import/readCsv.js';
import { detectFormat } from '../../server/import/readers.js';
import { readJsonComments, readNdjsonComments } from '../../server/import/readJson.js';

const c = (id: number) => ({ article: { id: 'a1' }, author: `r${id}`, text: `t${id}` });
const summary = (items: ReturnType<typeof readJsonComments>) =>
  items.map((i) => (i.kind === 'error' ? ['error', i.line, i.message] : [i.kind, i.line]));

describe('JSON files', () => {
  test('an array: each comment with the line it starts on', () => {
    const text = `[\n  ${JSON.stringify(c(1))},\n\n  {\n    "article": {"id": "a1"},\n    "author": "x", "text": "[not, an, element]"\n  }\n]`;
    const items = readJsonComments('f.json', text);
    expect(summary(items)).toEqual([['comment', 2], ['comment', 4]]);
    expect(items[0]).toMatchObject({ file: 'f.json', record: c(1) });
  });

  test('{"comments": [...]} with other keys beside it', () => {
    const text = `{"exported": "2015-10-08", "meta": {"comments": [9]},\n "comments": [\n${JSON.stringify(c(1))},\n${JSON.stringify(c(2))}]}`;
    expect(summary(readJsonComments('f.json', text))).toEqual([['comment', 3], ['comment', 4]]);
  });

  test.each([
    ['a missing comma', `[\n${JSON.stringify(c(1))}\n${JSON.stringify(c(2))}\n]`, 3, /column 1\): expected "," or "]" after an element, found "\{"/],
    ['an unclosed string', '[\n{"text": "oops\n}]', 2, /a line break or control character inside a string/],
    ['a cut-off file', '[\n{"text": "a"},\n', 3, /ends in the middle of a value/],
    ['a trailing comma', '[\n{"text": "a"},\n]', 3, /unexpected "\]"/],
  ])('broken JSON (%s) is one error at the line where it breaks', (_name, text, line, message) => {
    const items = readJsonComments('f.json', text);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'error', line, message: expect.stringMatching(message) });
  });

  test.each([
    ['an object without comments', '{"data": []}'],
    ['a number', '42'],
  ])('%s is refused', (_name, text) => {
    expect(readJsonComments('f.json', text)).toEqual([
      { kind: 'error', file: 'f.json', line: 1, message: 'expected an array of comments, or an object {"comments": [...]}' },
    ]);
  });

  test('an empty file', () => {
    expect(readJsonComments('f.json', '\n')).toEqual([{ kind: 'error', file: 'f.json', line: 1, message: 'the file is empty' }]);
  });

  test('a .json file holding one object per line is read as NDJSON', () => {
    expect(summary(readJsonComments('f.json', `${JSON.stringify(c(1))}\n${JSON.stringify(c(2))}\n`))).toEqual([['comment', 1], ['comment', 2]]);
  });
});

describe('NDJSON files', () => {
  test('blank lines are skipped, a bad line is reported and the next ones are read', () => {
    const text = `\uFEFF${JSON.stringify(c(1))}\r\n\r\n{"author": "x", "text": \r\n[1, 2]\r\n${JSON.stringify(c(2))}`;
    expect(summary(readNdjsonComments('f.ndjson', text))).toEqual([
      ['comment', 1],
      ['error', 3, 'not valid JSON: the line ends in the middle of a value (column 25)'],
      ['error', 4, expect.stringMatching(/^expected one comment object per line/)],
      ['comment', 5],
    ]);
  });
});

describe('CSV files', () => {
  const header = 'external_id,article_id,article_title,author,text,posted_at';

  test('rows become comments in the API shape; empty optional cells are absent', () => {
    const text = `${header}\r\n7,a1,Un titre,FAKHOURI,"Bonjour,\r\nmonde",2015-10-07T18:21:00Z\r\n,a2,,M.V.,Salut,\r\n`;
    expect(readCsvComments('f.csv', text)).toEqual([
      {
        kind: 'comment',
        file: 'f.csv',
        line: 2,
        record: {
          external_id: '7',
          article: { id: 'a1', title: 'Un titre' },
          author: 'FAKHOURI',
          text: 'Bonjour,\r\nmonde',
          posted_at: '2015-10-07T18:21:00Z',
        },
      },
      {
        kind: 'comment',
        file: 'f.csv',
        line: 4,
        record: { external_id: undefined, article: { id: 'a2' }, author: 'M.V.', text: 'Salut', posted_at: undefined },
      },
    ]);
  });

  test('columns in any order, with spaces after the commas of the header', () => {
    const items = readCsvComments('f.csv', 'text, author, article_id\nSalut,X,a1\n');
    expect(items).toMatchObject([{ kind: 'comment', record: { article: { id: 'a1' }, author: 'X', text: 'Salut' } }]);
  });

  test('broken rows are reported with their line; the rows after them are read', () => {
    const text = [header, '1,a1,T,X,ok,', '2,a1,T,Y,too,many,fields', '3,a1,T,Z,bad "quote" here,', '4,a1,T,W,"closed"x,', '5,a1,T,V,"also ok",'].join('\n');
    expect(summary(readCsvComments('f.csv', text))).toEqual([
      ['comment', 2],
      ['error', 3, 'expected 6 fields (as in the header), found 7'],
      ['error', 4, expect.stringMatching(/^a quote inside an unquoted field/)],
      ['error', 5, expect.stringMatching(/^unexpected "x" after a closing quote/)],
      ['comment', 6],
    ]);
  });

  test('an unterminated quote ends the file; the rows before it are read', () => {
    const text = `${header}\n1,a1,T,X,ok,\n2,a1,T,Y,"never closed,\n3,a1,T,Z,swallowed,\n`;
    expect(summary(readCsvComments('f.csv', text))).toEqual([
      ['comment', 2],
      ['error', 3, expect.stringMatching(/never closed.*the rest of the file is inside that field/)],
    ]);
  });

  test.each([
    ['an unknown column', 'article_id,author,text,likes\na1,X,hello,3\n', /^unknown column "likes" \(columns: external_id, article_id,/],
    ['a missing required column', 'article_id,text\na1,hello\n', /^missing column author in the header$/],
    ['a repeated column', 'article_id,author,text,text\na1,X,hello,hello\n', /^column "text" appears twice/],
    ['an empty file', '', /^the file is empty/],
  ])('a bad header (%s) refuses the file', (_name, text, message) => {
    expect(readCsvComments('f.csv', text)).toEqual([
      { kind: 'error', file: 'f.csv', line: 1, message: expect.stringMatching(message) },
    ]);
  });
});

describe('format detection', () => {
  test.each([
    ['comments.JSON', '', 'json'],
    ['dump.jsonl', '', 'ndjson'],
    ['page.txt', '', 'page'],
    ['export', '[{"a": 1}]', 'json'],
    ['export', '{"a": 1}\n{"a": 2}', 'ndjson'],
    ['export', '{\n"comments": []}', 'json'],
    ['export', 'article_id,author,text\n', 'csv'],
    ['export', '\uFEFFtext, author, article_id\r\n', 'csv'],
    ['page', 'Titre\n\nTous les commentaires\n', 'page'],
    ['notes.md', '# Notes', null],
  ])('%s %j → %s', (file, text, format) => {
    expect(detectFormat(file, text)).toBe(format);
  });
});

describe('the JSON scanner agrees with JSON.parse', () => {
  test.each(['[]', '{}', '[1, -2.5e3, true, false, null, "a\\u00e9\\n", {"k": [[]]}]', '  "x"  ', '{"comments": [1, 2], "comments": [3]}'])('%s is valid', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(scanJson(text).ok).toBe(true);
  });

  test.each(['[01]', '[1,]', '{"a" 1}', "{'a': 1}", '["\\x"]', '[tru]', '[1] [2]', '', '-'])('%s is invalid', (text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(scanJson(text).ok).toBe(false);
  });

  test('a repeated "comments" key: the lines of the last one, as JSON.parse keeps it', () => {
    expect(scanJson('{"comments": [1, 2],\n"comments": [\n3]}')).toEqual({ ok: true, elementLines: [3] });
  });
});
