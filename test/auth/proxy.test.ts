/** Behind a reverse proxy that terminates HTTPS: Secure cookies only when TRUST_PROXY says to believe it. */
import { afterEach, expect, test } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.js';
import { getTestServer, type TestServer } from '../support/server.js';
import { signIn } from './support.js';

const PASSWORD = 'correct horse battery staple';
let srv: TestServer | undefined;
afterEach(async () => srv?.close());

async function serverWith(trustProxy?: number) {
  srv = await getTestServer(trustProxy === undefined ? {} : { trustProxy });
  await srv.store.createUser({ username: 'sami', role: 'viewer', passwordHash: await hashPassword(PASSWORD) });
  return srv;
}

const isSecure = (setCookie: string) => setCookie.split(';').some((a) => a.trim().toLowerCase() === 'secure');

test('with TRUST_PROXY=1 and X-Forwarded-Proto: https, the cookie is Secure', async () => {
  const s = await serverWith(1);
  const r = await signIn(s.url, 'sami', PASSWORD, { 'x-forwarded-proto': 'https' });
  expect(r.status).toBe(200);
  expect(isSecure(r.setCookie!)).toBe(true);
  expect(r.setCookie).toMatch(/SameSite=Strict/);
});

test('without TRUST_PROXY, a forged X-Forwarded-Proto is ignored', async () => {
  const s = await serverWith();
  const r = await signIn(s.url, 'sami', PASSWORD, { 'x-forwarded-proto': 'https' });
  expect(isSecure(r.setCookie!)).toBe(false);
});

test('behind the proxy, the Origin check compares with the forwarded host', async () => {
  const s = await serverWith(1);
  const r = await signIn(s.url, 'sami', PASSWORD, {
    'x-forwarded-proto': 'https',
    'x-forwarded-host': 'vigie.example.com',
    origin: 'https://vigie.example.com',
  });
  expect(r.status).toBe(200);
});
