/** CSRF protection of state-changing requests, and the security headers on every answer. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isForeignOrigin } from '../../server/auth/middleware.js';
import { getTestServer, TEST_INGEST_KEY, type TestLogin, type TestServer } from '../support/server.js';
import { call } from './support.js';

let srv: TestServer;
let admin: TestLogin;
beforeAll(async () => {
  srv = await getTestServer();
  admin = await srv.login('admin');
});
afterAll(async () => srv.close());

const newUser = (n: number) => JSON.stringify({ username: `csrf-${n}`, role: 'viewer', password: 'long enough password' });
let n = 0;

describe('CSRF', () => {
  test('a POST with the session cookie but without X-Vigie-CSRF is refused with 403 csrf, and does nothing', async () => {
    const r = await call(`${srv.url}/api/users`, { method: 'POST', headers: { cookie: admin.cookie, 'content-type': 'application/json' }, body: newUser(++n) });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('csrf');
    expect((await srv.store.findUserByName(`csrf-${n}`))).toBeNull();
  });

  test.each(['0', 'true', ''])('X-Vigie-CSRF: %j is not the header', async (value) => {
    const r = await call(`${srv.url}/api/users`, { method: 'POST', headers: { ...admin.headers, 'x-vigie-csrf': value }, body: newUser(++n) });
    expect(r.status).toBe(403);
  });

  test.each(['https://evil.example', 'http://127.0.0.1.evil.example', 'null'])('with the header but an Origin of %s it is refused', async (origin) => {
    const r = await call(`${srv.url}/api/users`, { method: 'POST', headers: { ...admin.headers, origin }, body: newUser(++n) });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('csrf');
  });

  test('with the header and an Origin of this very host, it goes through', async () => {
    const r = await call(`${srv.url}/api/users`, { method: 'POST', headers: { ...admin.headers, origin: srv.url }, body: newUser(++n) });
    expect(r.status).toBe(201);
  });

  test.each(['PUT', 'PATCH', 'DELETE'])('%s without the header is refused too', async (method) => {
    const r = await call(`${srv.url}/api/users`, { method, headers: { cookie: admin.cookie } });
    expect(r.status).toBe(403);
  });

  test('sign-in and sign-out need the header as well (nobody signs a victim into their account)', async () => {
    const login = await call(`${srv.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'x', password: 'y' }) });
    expect(login.status).toBe(403);
    const logout = await call(`${srv.url}/api/auth/logout`, { method: 'POST', headers: { cookie: admin.cookie } });
    expect(logout.status).toBe(403);
    expect((await call(`${srv.url}/api/auth/me`, { headers: { cookie: admin.cookie } })).status).toBe(200);
  });

  test('reads need no header', async () => {
    expect((await call(`${srv.url}/api/users`, { headers: { cookie: admin.cookie } })).status).toBe(200);
  });

  test('ingestion by API key is not a browser route: no CSRF header needed, its own larger body limit', async () => {
    const text = 'Un long commentaire. '.repeat(15_000); // ~300 KB, over the people API's 256 KB
    const r = await call(`${srv.url}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_INGEST_KEY },
      body: JSON.stringify({ comments: Array.from({ length: 20 }, (_, i) => ({ external_id: `big-${i}`, article: { id: 'a-1' }, author: 'M.V.', text: text.slice(0, 19_000) })) }),
    });
    expect(r.status).toBe(201);
  });

  test('the people API refuses bodies over 256 KB with 413', async () => {
    const r = await call(`${srv.url}/api/users`, { method: 'POST', headers: admin.headers, body: JSON.stringify({ username: 'x'.repeat(300 * 1024) }) });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('body_too_large');
  });
});

test.each([
  [undefined, 'vigie.example.com', false],
  ['https://vigie.example.com', 'vigie.example.com', false],
  ['http://localhost:3000', 'localhost:3000', false],
  ['http://localhost:3001', 'localhost:3000', true],
  ['https://evil.example', 'vigie.example.com', true],
  ['null', 'vigie.example.com', true],
  ['not a url', 'vigie.example.com', true],
  ['https://vigie.example.com', undefined, true],
] as const)('isForeignOrigin(%j, %j) is %s (the socket.io handshake uses it too)', (origin, host, foreign) => {
  expect(isForeignOrigin(origin, host)).toBe(foreign);
});

describe('security headers', () => {
  test('a page answer carries helmet headers and a strict Content-Security-Policy', async () => {
    const r = await fetch(`${srv.url}/`);
    const csp = r.headers.get('content-security-policy');
    const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'script-src-attr': "'none'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'frame-ancestors': "'none'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'self'",
    });
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(r.headers.get('x-powered-by')).toBeNull();
  });

  test('API answers, health and errors carry them too', async () => {
    for (const path of ['/healthz', '/api/auth/me', '/api/nowhere']) {
      expect((await fetch(`${srv.url}${path}`)).headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  test('no CORS: a preflight from another origin gets no Access-Control-Allow-* headers', async () => {
    const r = await fetch(`${srv.url}/api/users`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-vigie-csrf' },
    });
    expect([...r.headers.keys()].filter((k) => k.startsWith('access-control-allow'))).toEqual([]);
  });
});
