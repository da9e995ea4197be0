/** Sessions in the store: expiry, disabled accounts, signing out everywhere, and the lifetime from SESSION_HOURS. */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { hashSessionToken, readCookie, userFromCookieHeader } from '../../server/auth/sessions.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { getTestServer } from '../support/server.js';
import { signIn } from './support.js';
import { hashPassword } from '../../server/auth/passwords.js';

describeEachStore('sessions in the store', (kind) => {
  let t: TempStore;
  let userId: number;
  beforeEach(async () => {
    t = await openTempStore(kind);
    userId = (await t.store.createUser({ username: 'hala', role: 'viewer', passwordHash: 'scrypt$not-needed-here' }))!.id;
  });
  afterEach(async () => t.close());

  const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
  const TOKEN = 'T'.repeat(43);
  const sql = (statement: string, ...params: unknown[]) => t.query(statement, ...params);

  test('a session found by the cookie header, among other cookies', async () => {
    await t.store.createSession(hashSessionToken(TOKEN), userId, inHours(1));
    expect(await userFromCookieHeader(t.store, `theme=dark; vigie_session=${TOKEN}; lang=fr`)).toEqual({ id: userId, username: 'hala', role: 'viewer' });
    expect(await userFromCookieHeader(t.store, undefined)).toBeNull();
    expect(await userFromCookieHeader(t.store, `vigie_session=${TOKEN}x`)).toBeNull();
    expect(readCookie('a=1; b = 2 ;c=3', 'b')).toBe('2');
  });

  test('an expired session opens nothing, and is swept when the next one is created', async () => {
    await t.store.createSession(hashSessionToken(TOKEN), userId, inHours(-1));
    expect(await userFromCookieHeader(t.store, `vigie_session=${TOKEN}`)).toBeNull();
    await t.store.createSession(hashSessionToken('U'.repeat(43)), userId, inHours(1));
    expect(await t.query('SELECT count(*) AS n FROM sessions')).toEqual([{ n: 1 }]);
  });

  test("a disabled account's sessions stop working at once", async () => {
    await t.store.createSession(hashSessionToken(TOKEN), userId, inHours(1));
    await sql('UPDATE users SET disabled_at = ? WHERE id = ?', new Date().toISOString(), userId);
    expect(await userFromCookieHeader(t.store, `vigie_session=${TOKEN}`)).toBeNull();
  });

  test('signing a user out everywhere ends all their sessions', async () => {
    await t.store.createSession(hashSessionToken(TOKEN), userId, inHours(1));
    await t.store.createSession(hashSessionToken('U'.repeat(43)), userId, inHours(1));
    expect(await t.store.deleteSessionsOfUser(userId)).toBe(2);
    expect(await userFromCookieHeader(t.store, `vigie_session=${TOKEN}`)).toBeNull();
  });

  test('last_seen_at is refreshed when over a minute old, not on every request', async () => {
    await t.store.createSession(hashSessionToken(TOKEN), userId, inHours(1));
    const lastSeen = async () => (await t.query<{ at: string }>('SELECT last_seen_at AS at FROM sessions'))[0]!.at;
    const created = await lastSeen();
    await t.store.sessionUser(hashSessionToken(TOKEN));
    expect(await lastSeen()).toBe(created);
    await sql('UPDATE sessions SET last_seen_at = ?', '2020-01-01T00:00:00.000Z');
    await t.store.sessionUser(hashSessionToken(TOKEN));
    expect((await lastSeen()) > '2024').toBe(true);
  });
});

test('SESSION_HOURS sets the cookie Max-Age and the expiry in the database', async () => {
  const srv = await getTestServer({ sessionHours: 2 });
  try {
    await srv.store.createUser({ username: 'hala', role: 'viewer', passwordHash: await hashPassword('a long password') });
    const r = await signIn(srv.url, 'hala', 'a long password');
    expect(r.setCookie).toContain('Max-Age=7200');
    const db = new Database(`${srv.dir}/vigie.db`, { readonly: true });
    const expires = Date.parse(db.prepare('SELECT expires_at FROM sessions').pluck().get() as string);
    db.close();
    expect(Math.abs(expires - (Date.now() + 2 * 3_600_000))).toBeLessThan(60_000);
  } finally {
    await srv.close();
  }
});
