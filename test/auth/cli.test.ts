/** `npm run user -- add NAME --role ROLE`, run as a real process over a real database file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { verifyPassword } from '../../server/auth/passwords.js';
import { openSqliteStore } from '../../server/store/sqlite.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-user-cli-'));
  db = join(dir, 'vigie.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'user', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function stored(username: string) {
  const store = openSqliteStore(db);
  try {
    return await store.findUserByName(username);
  } finally {
    await store.close();
  }
}

describe('npm run user -- add', () => {
  test('without --password: a random password printed once on stdout, the account stored with its hash', async () => {
    const r = run(['add', 'yasmine', '--role', 'moderator', '--db', db]);
    expect(r.status).toBe(0);
    const password = r.stdout.trim();
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(r.stderr).toContain('Account "yasmine" (moderator) created');
    const user = await stored('yasmine');
    expect(user?.role).toBe('moderator');
    expect(user?.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(password, user!.passwordHash)).toBe(true);
  });

  test('with --password: that password, and nothing on stdout', async () => {
    const r = run(['add', 'omar', '--role', 'viewer', '--password', 'un mot de passe choisi', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(await verifyPassword('un mot de passe choisi', (await stored('omar'))!.passwordHash)).toBe(true);
  });

  test('a taken name: exit 1, and the account is untouched', async () => {
    run(['add', 'omar', '--role', 'viewer', '--password', 'un mot de passe choisi', '--db', db]);
    const r = run(['add', 'OMAR', '--role', 'admin', '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the username "OMAR" is taken');
    expect((await stored('omar'))?.role).toBe('viewer');
  });

  test.each([
    [['add', 'x1', '--db', 'DB'], '--role is required'],
    [['add', 'x1', '--role', 'editor', '--db', 'DB'], '--role must be one of admin, moderator, viewer'],
    [['add', 'x1', '--role', 'viewer', '--password', 'short', '--db', 'DB'], '--password must be at least 12 characters'],
    [['add', '--role', 'viewer', '--db', 'DB'], 'NAME is required'],
    [['add', 'bad name!', '--role', 'viewer', '--db', 'DB'], 'NAME may hold letters'],
    [['add', 'x1', '--role', 'viewer', '--colour', 'red', '--db', 'DB'], "Unknown option '--colour'"],
    [['remove', 'x1', '--db', 'DB'], 'unknown command "remove"'],
  ])('%j: exit 2 with a message naming what is wrong, and usage', async (args, message) => {
    const r = run(args.map((a) => (a === 'DB' ? db : a)));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('usage: npm run user -- add NAME --role');
    expect(r.stdout).toBe('');
  });
});
