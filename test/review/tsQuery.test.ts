/** The search box to PostgreSQL text-search queries: the user's text only ever bound, a prefix built from letters and digits alone. */
import { expect, test } from 'vitest';
import { tsQuery } from '../../server/store/postgres/tsQuery.js';

test.each([
  ['gouvernement', ['gouvernement'], "(phraseto_tsquery('vigie_french', $3))"],
  ['"la réforme" gouvernement', ['la réforme', 'gouvernement'], "(phraseto_tsquery('vigie_french', $3) && phraseto_tsquery('vigie_french', $4))"],
  ['gouv*', ["'gouv':*"], "(to_tsquery('vigie_french', $3))"],
  ["aujourd'hu*", ["'aujourd' <-> 'hu':*"], "(to_tsquery('vigie_french', $3))"],
  ['g*', ['g'], "(phraseto_tsquery('vigie_french', $3))"],
  ["'); DROP TABLE comments; --", ['DROP', 'TABLE', 'comments;'], null],
])('%j → values %j', (input, values, sql) => {
  const q = tsQuery(input)!;
  expect(q.values).toEqual(values);
  if (sql) expect(q.sql('vigie_french', 3)).toBe(sql);
  // Whatever was typed, the SQL holds placeholders and fixed names only.
  expect(q.sql('vigie_english', 1)).toMatch(/^\((?:(?:phraseto_tsquery|to_tsquery)\('vigie_english', \$\d+\)(?: && )?)+\)$/);
});

test.each(['!!! ( ) * ""', '', '   ', '-- ;'])('%j searches nothing', (input) => {
  expect(tsQuery(input)).toBeNull();
});

test("a prefix's value holds no character of tsquery's syntax but its own quotes and :*", () => {
  for (const input of ["r'é:f|&!<->*", 'a\\b*', "x''y*", '(ab)*']) {
    const q = tsQuery(input);
    for (const v of q?.values ?? []) if (v.endsWith(':*')) expect(v.replace(/'[\p{L}\p{N}]+'(:\*)?/gu, '').replace(/ <-> /g, ''), input).toBe('');
  }
});
