/** `npm run import`, run as a real process over a real database file. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { SEEDS_DIR } from '../support/seeds.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-import-cli-'));
  db = join(dir, 'vigie.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'import', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run --silent import -- --json', () => {
  test('the seeds: exactly one JSON object on stdout, in the documented shape; a summary on stderr', () => {
    const first = run(['--db', db, '--json', SEEDS_DIR]);
    expect(first.status).toBe(0);
    expect(first.stdout.endsWith('\n')).toBe(true);
    expect(first.stdout.trimEnd().split('\n')).toHaveLength(1);
    const report = JSON.parse(first.stdout);
    expect(report).toEqual({ articles: { new: 5, existing: 0 }, comments: { new: 16, duplicate: 0 }, commenters: 5, errors: [] });
    expect(Object.keys(report)).toEqual(['articles', 'comments', 'commenters', 'errors']);
    expect(Object.keys(report.articles)).toEqual(['new', 'existing']);
    expect(Object.keys(report.comments)).toEqual(['new', 'duplicate']);
    expect(first.stderr).toMatch(/comments +16 new, 0 duplicates skipped/);

    const again = run(['--db', db, '--json', SEEDS_DIR]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ articles: { new: 0, existing: 5 }, comments: { new: 0, duplicate: 16 }, commenters: 5, errors: [] });
  });

  test('bad records: exit 0, the rest imported, each error with file and line', () => {
    const csv = join(dir, 'comments.csv');
    writeFileSync(csv, 'article_id,author,text\na1,X,Bonjour\na1,Y,\na1,Z,"jamais fermé\n');
    const ndjson = join(dir, 'comments.ndjson');
    writeFileSync(ndjson, '{"article": {"id": "a1"}, "author": "W", "text": "Salut"}\nnot json\n');
    const r = run(['--db', db, '--json', csv, ndjson]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.comments).toEqual({ new: 2, duplicate: 0 });
    expect(report.errors).toEqual([
      { file: csv, line: 3, message: 'text: must not be empty' },
      { file: csv, line: 4, message: expect.stringMatching(/^a quoted field is never closed/) },
      { file: ndjson, line: 2, message: 'not valid JSON: unexpected "n" (column 1)' },
    ]);
    expect(r.stderr).toContain(`${csv}:3: text: must not be empty`);
  });

  test('--source names the source the articles are recorded under', async () => {
    expect(run(['--db', db, '--source', 'lorientlejour', join(SEEDS_DIR, '004_8c9587fee2a1cf91.txt')]).status).toBe(0);
    const store = openSqliteStore(db);
    try {
      expect(await store.findArticle('lorientlejour', '004_8c9587fee2a1cf91')).toMatchObject({ section: 'Moyen Orient et Monde - Syrie' });
      expect(await store.findArticle('import', '004_8c9587fee2a1cf91')).toBeNull();
    } finally {
      await store.close();
    }
  });

  test('no progress bar when stderr is not a terminal, even for a long import', () => {
    const file = join(dir, 'many.ndjson');
    const lines = Array.from({ length: 1_200 }, (_, n) => JSON.stringify({ external_id: n, article: { id: 'a1' }, author: `R${n % 7}`, text: `Avis ${n}` }));
    writeFileSync(file, lines.join('\n'));
    const r = run(['--db', db, '--json', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).comments).toEqual({ new: 1_200, duplicate: 0 });
    expect(r.stderr).not.toContain('\r');
  });
});

describe('bad arguments exit with 2 and store nothing', () => {
  test.each([
    ['a path that does not exist', () => ['--db', db, join(dir, 'missing.json')], () => `cannot read "${join(dir, 'missing.json')}": no such file or folder`],
    ['no files', () => ['--db', db], () => 'no files or folders to import'],
    ['an unknown option', () => ['--db', db, '--dry-run', SEEDS_DIR], () => "Unknown option '--dry-run'"],
    ['an empty source', () => ['--db', db, '--source', ' ', SEEDS_DIR], () => '--source needs a name of 1 to 100 characters'],
  ])('%s', (_name, args, message) => {
    const r = run(args());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`import: ${message()}`);
    expect(existsSync(db)).toBe(false);
  });
});
