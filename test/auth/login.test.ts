/** Signing in and out through the real server and a real SQLite file. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.js';
import { createLoginLimiter } from '../../server/auth/rateLimit.js';
import { getTestServer, type TestServer } from '../support/server.js';
import { call, CSRF, me, signIn } from './support.js';

const PASSWORD = 'correct horse battery staple';
let srv: TestServer;
beforeAll(async () => {
  // Lockout has its own tests (lockout.test.ts); here the failures on purpose must not add up to one.
  srv = await getTestServer({ loginLimiter: createLoginLimiter({ perAccount: 100, perIp: 100 }) });
  await srv.store.createUser({ username: 'Nadia', role: 'moderator', passwordHash: await hashPassword(PASSWORD) });
});
afterAll(async () => srv.close());

const logout = (cookie: string | undefined, headers: Record<string, string> = CSRF) =>
  call(`${srv.url}/api/auth/logout`, { method: 'POST', headers: { ...headers, ...(cookie ? { cookie } : {}) } });

describe('sign in, who am I, sign out', () => {
  test('the right password opens a session: the user comes back and /me knows them by the cookie', async () => {
    const r = await signIn(srv.url, 'Nadia', PASSWORD);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ user: { id: expect.any(Number), username: 'Nadia', role: 'moderator' } });
    expect(r.cookie).toMatch(/^vigie_session=[A-Za-z0-9_-]{43}$/);
    const who = await me(srv.url, r.cookie);
    expect(who.status).toBe(200);
    expect(who.body).toEqual({ user: r.body.user });
  });

  test('the username matches without case', async () => {
    const r = await signIn(srv.url, 'NADIA', PASSWORD);
    expect(r.status).toBe(200);
    expect(r.body.user.username).toBe('Nadia');
  });

  test('/me without a cookie, or with a made-up one, is 401 unauthenticated', async () => {
    for (const cookie of [undefined, 'vigie_session=' + 'A'.repeat(43), 'vigie_session=garbage', 'other=1']) {
      const r = await me(srv.url, cookie);
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('unauthenticated');
    }
  });

  test('/session tells the dashboard who is signed in, and answers 200 with no one for a visitor', async () => {
    const r = await signIn(srv.url, 'Nadia', PASSWORD);
    expect((await call(`${srv.url}/api/auth/session`, { headers: { cookie: r.cookie! } })).body).toEqual({ user: r.body.user });
    for (const cookie of [undefined, 'vigie_session=garbage']) {
      const visitor = await call(`${srv.url}/api/auth/session`, { headers: cookie ? { cookie } : {} });
      expect(visitor.status).toBe(200);
      expect(visitor.body).toEqual({ user: null });
      expect(visitor.headers.get('cache-control')).toBe('no-store');
    }
  });

  test('a wrong password and an unknown user get the very same answer, and no cookie', async () => {
    const wrong = await signIn(srv.url, 'Nadia', 'not the password at all');
    const unknown = await signIn(srv.url, 'nobody-here', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({ error: { code: 'invalid_credentials', message: 'Unknown username or wrong password.' } });
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.setCookie).toBeUndefined();
    expect(unknown.setCookie).toBeUndefined();
  });

  test('an unknown user takes as long as a wrong password (a dummy hash is checked), not a fraction of it', async () => {
    const time = async (username: string) => {
      const t0 = performance.now();
      await signIn(srv.url, username, 'not the password at all');
      return performance.now() - t0;
    };
    // The quickest of a few interleaved tries, the one least disturbed by other test files running at once:
    // an answer without scrypt would take ~1 ms against tens of ms with it.
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      wrong.push(await time('Nadia'));
      unknown.push(await time(`ghost-${i}`));
    }
    expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...wrong) * 0.3);
  });

  test('a malformed body is 400, naming the field', async () => {
    const post = (body: string) =>
      call(`${srv.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...CSRF }, body });
    const noPassword = await post(JSON.stringify({ username: 'Nadia' }));
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.error).toMatchObject({ code: 'invalid_request', message: 'password: is required', details: [{ field: 'password', message: 'is required' }] });
    const numberName = await post(JSON.stringify({ username: 42, password: 'x' }));
    expect(numberName.status).toBe(400);
    expect(numberName.body.error.details).toEqual([{ field: 'username', message: expect.any(String) }]);
    const notJson = await post('{"username":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('invalid_json');
  });
});

describe('the session cookie', () => {
  test('is HttpOnly, SameSite=Strict, Path=/, with a Max-Age of SESSION_HOURS, and not Secure over plain http', async () => {
    const r = await signIn(srv.url, 'Nadia', PASSWORD);
    const attributes = r.setCookie!.split(';').slice(1).map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${12 * 3600}`]));
    expect(attributes.some((a) => /^secure$/i.test(a))).toBe(false);
  });

  test('every sign-in gets a new token, and the token the browser held before stops working', async () => {
    const first = await signIn(srv.url, 'Nadia', PASSWORD);
    const second = await signIn(srv.url, 'Nadia', PASSWORD, { cookie: first.cookie! });
    expect(second.cookie).not.toBe(first.cookie);
    expect((await me(srv.url, first.cookie)).status).toBe(401);
    expect((await me(srv.url, second.cookie)).status).toBe(200);
  });

  test('a token planted before sign-in is never promoted to a session (no fixation)', async () => {
    const planted = 'vigie_session=' + 'Z'.repeat(43);
    const r = await signIn(srv.url, 'Nadia', PASSWORD, { cookie: planted });
    expect(r.cookie).not.toBe(planted);
    expect((await me(srv.url, planted)).status).toBe(401);
  });

  test('two browsers of one user have two sessions; signing in on one leaves the other alone', async () => {
    const laptop = await signIn(srv.url, 'Nadia', PASSWORD);
    const phone = await signIn(srv.url, 'Nadia', PASSWORD);
    expect((await me(srv.url, laptop.cookie)).status).toBe(200);
    expect((await me(srv.url, phone.cookie)).status).toBe(200);
  });

  test('sign-out deletes the session and clears the cookie; the old token is refused afterwards', async () => {
    const r = await signIn(srv.url, 'Nadia', PASSWORD);
    const out = await logout(r.cookie);
    expect(out.status).toBe(204);
    expect(out.setCookie).toMatch(/^vigie_session=;/);
    expect(out.setCookie).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await me(srv.url, r.cookie)).status).toBe(401);
  });

  test('sign-out without a session is harmless', async () => {
    expect((await logout(undefined)).status).toBe(204);
  });

  test('the session lives in the database, under the sha256 of its token only', async () => {
    const r = await signIn(srv.url, 'Nadia', PASSWORD);
    const token = r.cookie!.slice('vigie_session='.length);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(token).digest('hex');
    expect(await srv.store.sessionUser(hash)).toMatchObject({ username: 'Nadia', role: 'moderator' });
    expect(await srv.store.sessionUser(token)).toBeNull();
  });

  test('answers about who is signed in are never cached', async () => {
    const r = await signIn(srv.url, 'Nadia', PASSWORD);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect((await me(srv.url, r.cookie)).headers.get('cache-control')).toBe('no-store');
  });
});
