import { describe, expect, test } from 'vitest';
import { CsvError, parseCsv, parseCsvRecords } from '../../server/import/csv.js';

describe('records and the line each one starts on', () => {
  test.each([
    ['plain fields', 'a,b\n1,2\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['no trailing newline', 'a,b\n1,2', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['CRLF line ends', 'a,b\r\n1,2\r\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['lone CR line ends', 'a,b\r1,2', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['BOM is dropped', '\uFEFFa,b\n1,2', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['quoted field with a comma', 'x\n"a, b",c', [[1, ['x']], [2, ['a, b', 'c']]]],
    ['"" escapes a quote', '"say ""hi""",z', [[1, ['say "hi"', 'z']]]],
    ['only an escaped quote', '""""', [[1, ['"']]]],
    ['empty quoted field', '"",x', [[1, ['', 'x']]]],
    ['empty fields', ',,\n', [[1, ['', '', '']]]],
    ['newline inside quotes moves the next record down', 'a\n"one\ntwo"\nb', [[1, ['a']], [2, ['one\ntwo']], [4, ['b']]]],
    ['CRLF inside quotes is kept and counts once', '"one\r\ntwo",x\r\ny,z', [[1, ['one\r\ntwo', 'x']], [3, ['y', 'z']]]],
    ['blank lines are skipped but counted', 'a\n\n\nb\n', [[1, ['a']], [4, ['b']]]],
    ['spaces are kept', ' a , b ', [[1, [' a ', ' b ']]]],
    ['accents and emoji', 'é,😀', [[1, ['é', '😀']]]],
    ['empty text', '', []],
    ['only a BOM', '\uFEFF', []],
  ])('%s', (_name, text, expected) => {
    expect(parseCsvRecords(text).map((r) => [r.line, r.fields])).toEqual(expected);
  });
});

describe('malformed CSV is refused with the line to fix', () => {
  test.each([
    ['unterminated quote', 'a,b\n1,2\n3,"never closed\nstill open', 3, /line 3: a quoted field is never closed/],
    ['text after a closing quote', 'a\n"x"y', 2, /line 2: unexpected "y" after a closing quote/],
    ['quote inside an unquoted field', 'a\nab"c', 2, /line 2: a quote inside an unquoted field/],
    ['closing-quote error after a multi-line field', 'a\n"1\n2"x', 3, /line 3: unexpected "x"/],
  ])('%s', (_name, text, line, message) => {
    let error: unknown;
    try {
      parseCsvRecords(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).line).toBe(line);
    expect((error as CsvError).message).toMatch(message);
  });
});

describe('rows keyed by header', () => {
  test('values are keyed by column name and keep their line', () => {
    const table = parseCsv('id,text,label\r\n1,"Bonjour,\r\nmonde",positive\r\n2,Nul,negative\r\n');
    expect(table.header).toEqual(['id', 'text', 'label']);
    expect(table.rows).toEqual([
      { line: 2, values: { id: '1', text: 'Bonjour,\r\nmonde', label: 'positive' } },
      { line: 4, values: { id: '2', text: 'Nul', label: 'negative' } },
    ]);
  });

  test('a header alone gives no rows', () => {
    expect(parseCsv('a,b\n')).toEqual({ header: ['a', 'b'], rows: [] });
  });

  test('a column named __proto__ is an ordinary column', () => {
    const [row] = parseCsv('__proto__,b\nx,y').rows;
    expect(Object.keys(row?.values ?? {})).toEqual(['__proto__', 'b']);
    expect(row?.values['__proto__']).toBe('x');
  });

  test.each([
    ['too many fields', 'a,b\n1,2\n1,2,3', 'line 3: expected 2 fields (as in the header), found 3'],
    ['too few fields', 'a,b\n"x\ny"', 'line 2: expected 2 fields (as in the header), found 1'],
    ['duplicate column', 'a,b,a\n1,2,3', 'line 1: column "a" appears twice in the header'],
    ['empty file', '', 'line 1: the file is empty (expected a header line)'],
  ])('%s', (_name, text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });
});
