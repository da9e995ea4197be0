/** First start with no accounts: `admin` is created, with ADMIN_PASSWORD or a random password shown once. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bootstrapAdmin } from '../../server/auth/bootstrapAdmin.js';
import { verifyPassword } from '../../server/auth/passwords.js';
import { loadConfig } from '../../server/config.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { signIn } from './support.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describeEachStore('bootstrapAdmin', (kind) => {
  let t: TempStore;
  beforeEach(async () => {
    t = await openTempStore(kind);
  });
  afterEach(async () => t.close());

  test('with ADMIN_PASSWORD: admin is created with it, and nothing is shown', async () => {
    const shown: string[] = [];
    expect(await bootstrapAdmin(t.store, { password: 'from the environment', show: (s) => shown.push(s) })).toBe('created_with_env_password');
    const admin = await t.store.findUserByName('admin');
    expect(admin?.role).toBe('admin');
    expect(await verifyPassword('from the environment', admin!.passwordHash)).toBe(true);
    expect(shown).toEqual([]);
  });

  test('without it: a random password, shown once in a frame, is the one stored', async () => {
    const shown: string[] = [];
    expect(await bootstrapAdmin(t.store, { show: (s) => shown.push(s) })).toBe('created_with_random_password');
    expect(shown).toHaveLength(1);
    const password = /password {2}(\S+)/.exec(shown[0]!)?.[1];
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(shown[0]).toMatch(/╔═+╗/);
    expect(shown[0]).toContain('shown once');
    expect(await verifyPassword(password!, (await t.store.findUserByName('admin'))!.passwordHash)).toBe(true);
  });

  test('with accounts already there, nothing is created or shown, ADMIN_PASSWORD or not', async () => {
    await bootstrapAdmin(t.store, { password: 'the first password', show: () => {} });
    const shown: string[] = [];
    expect(await bootstrapAdmin(t.store, { password: 'a second password', show: (s) => shown.push(s) })).toBe('exists');
    expect(await bootstrapAdmin(t.store, { show: (s) => shown.push(s) })).toBe('exists');
    expect(shown).toEqual([]);
    expect(await t.store.countUsers()).toBe(1);
    expect(await verifyPassword('the first password', (await t.store.findUserByName('admin'))!.passwordHash)).toBe(true);
  });
});

test('ADMIN_PASSWORD shorter than 12 characters is a configuration error', () => {
  expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD: must be at least 12 characters/);
});

describe('npm start on an empty database', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-bootstrap-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts the server; resolves with its port once listening, and what it wrote so far. */
  async function start(env: Record<string, string>) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', VIGIE_DB: join(dir, 'vigie.db'), DEMO: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const port: number = await new Promise((resolve, reject) => {
      child.once('exit', () => reject(new Error(`server exited: ${stderr}`)));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        stdout += line + '\n';
        try {
          const entry = JSON.parse(line) as { port?: number };
          if (entry.port) resolve(entry.port);
        } catch {
          /* not a log line */
        }
      });
    });
    return {
      url: `http://127.0.0.1:${port}`,
      output: () => ({ stdout, stderr }),
      async stop() {
        child.kill('SIGTERM');
        return exited;
      },
    };
  }

  test('without ADMIN_PASSWORD, the password is printed once on stderr, works, and never reaches the logs', async () => {
    const server = await start({});
    try {
      const { stdout, stderr } = server.output();
      const password = /password {2}(\S+)/.exec(stderr)?.[1];
      expect(password).toBeDefined();
      expect(stdout).not.toContain(password);
      expect(stdout).toContain('account \\"admin\\" created');
      expect((await signIn(server.url, 'admin', password!)).status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // A second start: the account exists, no password is printed again.
    const again = await start({});
    try {
      expect(again.output().stderr).not.toMatch(/password/);
    } finally {
      await again.stop();
    }
  }, 60_000);

  test('with ADMIN_PASSWORD, admin signs in with it and nothing is printed', async () => {
    const server = await start({ ADMIN_PASSWORD: 'chosen by the operator' });
    try {
      expect(server.output().stderr).not.toMatch(/password/);
      expect(server.output().stdout).not.toContain('chosen by the operator');
      expect((await signIn(server.url, 'admin', 'chosen by the operator')).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
