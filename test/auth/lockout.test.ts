/** Failed sign-ins are limited per account and per IP, on a clock the tests move. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.js';
import { createLoginLimiter } from '../../server/auth/rateLimit.js';
import { getTestServer, type TestServer } from '../support/server.js';
import { signIn } from './support.js';

const PASSWORD = 'correct horse battery staple';
const MINUTE = 60_000;
let clock: number;
let srv: TestServer;
beforeEach(async () => {
  clock = Date.parse('2024-03-01T12:00:00Z');
  // TRUST_PROXY so each test can speak from the address it wants through X-Forwarded-For.
  srv = await getTestServer({ trustProxy: 1, loginLimiter: createLoginLimiter({ now: () => clock }) });
  const hash = await hashPassword(PASSWORD);
  for (const username of ['rami', 'lina']) await srv.store.createUser({ username, role: 'moderator', passwordHash: hash });
});
afterEach(async () => srv.close());

const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe('per account', () => {
  test('after 5 failures the account is locked for 15 minutes, even with the right password, with Retry-After', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(srv.url, 'rami', 'wrong guess ' + i, from(`10.0.0.${i}`))).status).toBe(401);
    const locked = await signIn(srv.url, 'rami', PASSWORD, from('10.0.0.99'));
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual({ error: { code: 'too_many_attempts', message: 'Too many failed sign-ins. Try again in 15 minutes.' } });
    expect(locked.headers.get('retry-after')).toBe(String(15 * 60));
    expect(locked.setCookie).toBeUndefined();

    clock += 14 * MINUTE;
    const later = await signIn(srv.url, 'RAMI', PASSWORD, from('10.0.0.99'));
    expect(later.status).toBe(429);
    expect(later.headers.get('retry-after')).toBe('60');
    expect(later.body.error.message).toBe('Too many failed sign-ins. Try again in 1 minute.');

    clock += MINUTE;
    expect((await signIn(srv.url, 'rami', PASSWORD, from('10.0.0.99'))).status).toBe(200);
  });

  test("one account's lockout leaves the others open, from the same address too", async () => {
    for (let i = 0; i < 5; i++) await signIn(srv.url, 'rami', 'wrong guess', from('10.0.1.1'));
    expect((await signIn(srv.url, 'rami', PASSWORD, from('10.0.1.1'))).status).toBe(429);
    expect((await signIn(srv.url, 'lina', PASSWORD, from('10.0.1.1'))).status).toBe(200);
  });

  test('a successful sign-in clears the count: mistakes spread over a day never lock anyone', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect((await signIn(srv.url, 'rami', 'typo', from('10.0.2.1'))).status).toBe(401);
      expect((await signIn(srv.url, 'rami', PASSWORD, from('10.0.2.1'))).status).toBe(200);
    }
  });

  test('an unknown username locks like a real one, so lockout tells nothing about which accounts exist', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(srv.url, 'ghost', 'guess', from(`10.0.3.${i}`))).status).toBe(401);
    expect((await signIn(srv.url, 'ghost', 'guess', from('10.0.3.9'))).status).toBe(429);
  });
});

describe('per IP', () => {
  test('after 20 failures from one address, it is refused for every account; other addresses are not', async () => {
    for (let i = 0; i < 20; i++) expect((await signIn(srv.url, `user-${i}`, 'guess', from('203.0.113.7'))).status).toBe(401);
    const locked = await signIn(srv.url, 'lina', PASSWORD, from('203.0.113.7'));
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_attempts');
    expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);
    expect((await signIn(srv.url, 'lina', PASSWORD, from('203.0.113.8'))).status).toBe(200);

    clock += 15 * MINUTE;
    expect((await signIn(srv.url, 'lina', PASSWORD, from('203.0.113.7'))).status).toBe(200);
  });

  test('a success from the address does not reset its count (one known account must not let it guess at the others)', async () => {
    for (let i = 0; i < 19; i++) await signIn(srv.url, `user-${i}`, 'guess', from('198.51.100.1'));
    expect((await signIn(srv.url, 'lina', PASSWORD, from('198.51.100.1'))).status).toBe(200);
    expect((await signIn(srv.url, 'user-x', 'guess', from('198.51.100.1'))).status).toBe(401);
    expect((await signIn(srv.url, 'lina', PASSWORD, from('198.51.100.1'))).status).toBe(429);
  });
});

describe('the limiter alone', () => {
  test('remembers at most maxEntries keys, dropping the oldest', async () => {
    let now = 0;
    const limiter = createLoginLimiter({ perAccount: 1, perIp: 1000, maxEntries: 4, now: () => now });
    await limiter.recordFailure('ip', 'a');
    now++;
    for (const name of ['b', 'c', 'd', 'e']) await limiter.recordFailure('ip', name);
    expect(await limiter.retryAfter('other-ip', 'a')).toBe(0);
    expect(await limiter.retryAfter('other-ip', 'e')).toBeGreaterThan(0);
  });
});
