/** GET /api/export.csv: RFC 4180, formula cells defused, the queue's filters, streamed past one page. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvCell } from '../../shared/csv.js';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { call, fieldsOf, seed } from './support.js';

let srv: TestServer;
let viewer: TestLogin;
beforeAll(async () => {
  srv = await getTestServer();
  viewer = await srv.login('viewer');
});
afterAll(async () => srv.close());

/** RFC 4180 parsing, enough to read back what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

test.each([
  ['=HYPERLINK("http://evil.example","clic")', `"'=HYPERLINK(""http://evil.example"",""clic"")"`],
  ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\t=1+1', "'\t=1+1"],
  ['\r=1+1', `"'\r=1+1"`],
  ['une, virgule', '"une, virgule"'],
  ['deux\nlignes', '"deux\nlignes"'],
  ['a = b', 'a = b'],
])('the text cell %j is written %j', (value, written) => {
  expect(csvCell(value)).toBe(written);
});

test('numbers stay numbers, negative ones too', () => {
  expect(csvCell(-0.45)).toBe('-0.45');
  expect(csvCell(null)).toBe('');
  expect(csvCell(true)).toBe('1');
});

describe('the file', () => {
  let ids: number[];
  beforeAll(async () => {
    ids = await seed(srv, 2_500, ['polite', 'threat'], (i) =>
      i === 1 ? { author: '=cmd|"/C calc"!A0', text: '-1+1, "dit-il"\r\nensuite' } : i === 3 ? { author: '@admin', text: '+tout va bien' } : {},
    );
    await srv.store.setStatuses(ids.slice(0, 10), 'rejected', 'alice');
  });

  test('every comment of the filter, beyond one page, each once; headers for a download', async () => {
    const r = await call(srv, viewer, 'GET', '/api/export.csv?status=all&sort=oldest');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="vigie-comments-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(r.text.startsWith('\uFEFFid,posted_at,')).toBe(true);
    expect(r.text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(r.text.slice(1));
    expect(rows[0]).toEqual(['id', 'posted_at', 'received_at', 'status', 'flagged', 'reasons', 'lang', 'tone', 'toxicity', 'insult', 'profanity', 'threat', 'identity_attack', 'shouting', 'article_id', 'article_title', 'commenter_id', 'author', 'text']);
    const exported = rows.slice(1).map((row) => Number(row[0]));
    expect(exported).toHaveLength(2_500);
    expect([...exported].sort((a, b) => a - b)).toEqual(ids);
    expect(rows.every((row) => row.length === 19)).toBe(true);
  });

  test('cells a spreadsheet would run as formulas start with an apostrophe; quotes, commas and line breaks survive', async () => {
    const rows = parseCsv((await call(srv, viewer, 'GET', '/api/export.csv?status=rejected')).text.slice(1));
    const byId = new Map(rows.slice(1).map((row) => [Number(row[0]), row]));
    const second = byId.get(ids[1]!)!;
    expect(second[17]).toBe(`'=cmd|"/C calc"!A0`);
    expect(second[18]).toBe(`'-1+1, "dit-il"\r\nensuite`);
    const fourth = byId.get(ids[3]!)!;
    expect([fourth[17], fourth[18]]).toEqual(["'@admin", "'+tout va bien"]);
    // A threat's tone is negative: written as a number, not defused.
    expect(Number(second[7])).toBeLessThan(0);
    expect(second[7]!.startsWith('-')).toBe(true);
  });

  test("the queue's filters apply: status, reason, search", async () => {
    const count = async (q: string) => parseCsv((await call(srv, viewer, 'GET', `/api/export.csv?${q}`)).text.slice(1)).length - 1;
    expect(await count('status=rejected')).toBe(10);
    expect(await count('status=all&reason=threat')).toBe(1_250);
    expect(await count('status=all&q=ensuite')).toBe(1);
  });

  test('bad filters are a JSON 400 naming them, before any CSV is sent', async () => {
    for (const [q, field] of [['status=nope', 'status'], ['cursor=abc', 'cursor'], ['limit=5', 'limit']]) {
      const r = await call(srv, viewer, 'GET', `/api/export.csv?${q}`);
      expect(r.status, q).toBe(400);
      expect(fieldsOf(r)).toEqual([field]);
    }
  });
});

describe('the audit log as a file', () => {
  beforeAll(async () => {
    const ids = await seed(srv, 1_200, ['polite']);
    await srv.store.setStatuses(ids.slice(0, 1_100), 'approved', 'nadia');
    await srv.store.setStatus(ids[1_100]!, 'rejected', 'karim', '=HYPERLINK("http://evil")');
  });

  test('every line of the filter, beyond one page, newest first, formulas defused', async () => {
    const r = await call(srv, viewer, 'GET', '/api/audit.csv?actor=nadia');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="vigie-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parseCsv(r.text.slice(1));
    expect(rows[0]).toEqual(['id', 'at', 'actor', 'action', 'comment_id', 'previous', 'reason', 'note', 'undoes']);
    expect(rows).toHaveLength(1 + 1_100);
    expect(rows.slice(1).every((row) => row[2] === 'nadia' && row[3] === 'approved')).toBe(true);
    const lineIds = rows.slice(1).map((row) => Number(row[0]));
    expect(lineIds).toEqual([...lineIds].sort((a, b) => b - a));
    const karim = parseCsv((await call(srv, viewer, 'GET', '/api/audit.csv?actor=karim')).text.slice(1));
    expect(karim[1]![6]).toBe(`'=HYPERLINK("http://evil")`);
  });

  test('bad filters are a JSON 400 naming them; paging fields are not filters', async () => {
    for (const [q, field] of [['action=nope', 'action'], ['from=yesterday', 'from'], ['cursor=abc', 'cursor']]) {
      const r = await call(srv, viewer, 'GET', `/api/audit.csv?${q}`);
      expect(r.status, q).toBe(400);
      expect(fieldsOf(r)).toEqual([field]);
    }
  });
});
