/** `npm run demo`, run as a real process on a temporary SQLite file. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../server/store/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function demo(args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'demo', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-demo-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run demo -- --db PATH --count N', () => {
  test('fills the database through the ingestion path and prints a summary; the same seed again adds nothing', async () => {
    const db = join(dir, 'demo.db');
    const first = demo(['--db', db, '--count', '200', '--seed', '11']);
    expect(first.stderr).toContain('200 / 200 comments (100 %)');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Filled ${db} with 200 generated comments (seed 11)`);
    expect(first.stdout).toContain('comments: 200 new, 0 duplicate');
    expect(first.stdout).toMatch(/· \d+ flagged \(\d+\.\d %\)/);
    expect(first.stdout).toMatch(/articles: [6-9] new · commenters: 10 new/);
    expect(first.stdout).toMatch(/the database now holds [6-9] articles, 200 comments, 10 commenters\./);

    const again = demo(['--db', db, '--count', '200', '--seed', '11']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('comments: 0 new, 200 duplicate');
    expect(again.stdout).toContain('200 comments, 10 commenters.');

    const store = await openStore({ VIGIE_DB: db });
    try {
      expect((await store.counts()).comments).toBe(200);
      const commenter = await store.findCommenter('CITOYEN EN COLÈRE');
      expect(commenter).not.toBeNull();
    } finally {
      await store.close();
    }
  });

  test.each([
    [['--count', 'lots'], '--count must be a whole number'],
    [['--count', '0'], '--count must be at least 1'],
    [['--seed=-3'], '--seed must be a whole number'],
    [['--days', '1.5'], '--days must be a whole number'],
    [['--db'], "'--db <value>' argument missing"],
    [['--cuont', '5'], "Unknown option '--cuont'"],
  ])('%j is refused with exit 2, naming the flag', (args, message) => {
    const r = demo(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});
