/** REDIS_URL turns several-instance mode on; it is checked with the rest of the configuration, and at start. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('REDIS_URL and REDIS_PREFIX', () => {
  test('unset or empty: one instance, nothing to connect to', () => {
    expect(loadConfig({}).REDIS_URL).toBeUndefined();
    expect(loadConfig({ REDIS_URL: '' }).REDIS_URL).toBeUndefined();
  });

  test.each(['redis://127.0.0.1:6379', 'redis://:secret@cache.internal:6380/2', 'rediss://user:pw@redis.example:6380'])('%s is accepted', (url) => {
    expect(loadConfig({ REDIS_URL: url }).REDIS_URL).toBe(url);
  });

  test.each(['127.0.0.1:6379', 'http://127.0.0.1:6379', 'postgres://localhost/test'])('%s is a configuration error naming REDIS_URL', (url) => {
    expect(() => loadConfig({ REDIS_URL: url })).toThrow(/REDIS_URL: must be a Redis URL/);
  });

  test('the prefix is "vigie" unless set, and holds no spaces or braces', () => {
    expect(loadConfig({}).REDIS_PREFIX).toBe('vigie');
    expect(loadConfig({ REDIS_PREFIX: 'vigie-staging' }).REDIS_PREFIX).toBe('vigie-staging');
    expect(() => loadConfig({ REDIS_PREFIX: 'my prefix' })).toThrow(/REDIS_PREFIX/);
  });
});

test('npm start with a REDIS_URL where no Redis answers stops at once, saying so, and leaves no instance half-running', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-noredis-'));
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', VIGIE_DB: join(dir, 'vigie.db'), DEMO: '0', LOG_LEVEL: 'silent', REDIS_URL: 'redis://:secret@127.0.0.1:1' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Redis at redis://:***@127.0.0.1:1 cannot be reached');
    expect(r.stderr).not.toContain('secret');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
