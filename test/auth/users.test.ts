/** GET/POST /api/users: admins only; passwords stored scrypt-encoded, never plain. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { call, signIn } from './support.js';

let srv: TestServer;
let admin: TestLogin;
beforeAll(async () => {
  srv = await getTestServer();
  admin = await srv.login('admin');
});
afterAll(async () => srv.close());

const create = (headers: Record<string, string>, body: unknown) =>
  call(`${srv.url}/api/users`, { method: 'POST', headers, body: JSON.stringify(body) });

describe('admins manage accounts', () => {
  test('an admin creates a moderator, who can then sign in with that password', async () => {
    const r = await create(admin.headers, { username: 'karim', role: 'moderator', password: 'une phrase de passe' });
    expect(r.status).toBe(201);
    expect(r.body.user).toEqual({ id: expect.any(Number), username: 'karim', role: 'moderator', createdAt: expect.any(String), disabledAt: null });
    const login = await signIn(srv.url, 'karim', 'une phrase de passe');
    expect(login.status).toBe(200);
    expect(login.body.user.role).toBe('moderator');
  });

  test('the list shows every account without any password hash', async () => {
    const r = await call(`${srv.url}/api/users`, { headers: { cookie: admin.cookie } });
    expect(r.status).toBe(200);
    expect(r.body.users.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining([admin.user.username, 'karim']));
    expect(JSON.stringify(r.body)).not.toMatch(/scrypt|password/i);
  });

  test('a username taken, whatever its case, is 409', async () => {
    const r = await create(admin.headers, { username: 'KARIM', role: 'viewer', password: 'another long password' });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('username_taken');
  });

  test.each([
    [{ role: 'viewer', password: 'long enough password' }, 'username', 'is required'],
    [{ username: 'ok-name', role: 'editor', password: 'long enough password' }, 'role', 'must be one of admin, moderator, viewer'],
    [{ username: 'ok-name', role: 'viewer', password: 'short' }, 'password', 'must be at least 12 characters'],
    [{ username: 'has space', role: 'viewer', password: 'long enough password' }, 'username', 'may hold letters, digits, dot, dash, underscore and @ only'],
  ])('%j is 400 naming the field', async (body, field, message) => {
    const r = await create(admin.headers, body);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_request');
    expect(r.body.error.details).toEqual([{ field, message }]);
  });
});

describe('nobody else does', () => {
  test.each(['moderator', 'viewer'] as const)('a %s gets 403 forbidden on listing and creating, and nothing is created', async (role) => {
    const who = await srv.login(role);
    const list = await call(`${srv.url}/api/users`, { headers: { cookie: who.cookie } });
    expect(list.status).toBe(403);
    expect(list.body.error.code).toBe('forbidden');
    const r = await create(who.headers, { username: `by-${role}`, role: 'admin', password: 'long enough password' });
    expect(r.status).toBe(403);
    expect(await srv.store.findUserByName(`by-${role}`)).toBeNull();
  });

  test('without a session, 401 unauthenticated', async () => {
    expect((await call(`${srv.url}/api/users`)).status).toBe(401);
    const r = await create({ 'content-type': 'application/json', 'x-vigie-csrf': '1' }, { username: 'anon', role: 'admin', password: 'long enough password' });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthenticated');
  });

  test('an unknown /api route without a session is 401, not 404: nothing is told before sign-in', async () => {
    expect((await call(`${srv.url}/api/does-not-exist`)).status).toBe(401);
  });
});

test('passwords are stored scrypt-encoded, salted, never in clear', async () => {
  await create(admin.headers, { username: 'twin-a', role: 'viewer', password: 'the same password' });
  await create(admin.headers, { username: 'twin-b', role: 'viewer', password: 'the same password' });
  const db = new Database(join(srv.dir, 'vigie.db'), { readonly: true });
  const rows = db.prepare("SELECT username, password_hash FROM users WHERE username LIKE 'twin-%'").all() as { password_hash: string }[];
  const dump = JSON.stringify(db.prepare('SELECT * FROM users').all());
  db.close();
  for (const r of rows) expect(r.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  expect(rows[0]!.password_hash).not.toBe(rows[1]!.password_hash);
  expect(dump).not.toContain('the same password');
});
