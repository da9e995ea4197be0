/** The server hands out the built dashboard: its files, and its index for any page address. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { getTestServer, type TestServer } from '../support/server.js';

const dir = mkdtempSync(path.join(tmpdir(), 'vigie-dashboard-'));
mkdirSync(path.join(dir, 'assets'));
writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Vigie</title><script type="module" src="/assets/app-abc123.js"></script>');
writeFileSync(path.join(dir, 'assets', 'app-abc123.js'), 'console.log("vigie")');

let srv: TestServer;
let unbuilt: TestServer;
beforeAll(async () => {
  srv = await getTestServer({ dashboardDir: dir });
  unbuilt = await getTestServer({ dashboardDir: path.join(dir, 'missing') });
});
afterAll(async () => Promise.all([srv.close(), unbuilt.close()]));

test('every page address answers the dashboard, never cached, under the strict CSP', async () => {
  for (const page of ['/', '/articles/12', '/commenters', '/rules?x=1']) {
    const res = await fetch(srv.url + page);
    expect(res.status, page).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<title>Vigie</title>');
  }
});

test('hashed assets are cached for a year; a missing asset is a 404, not the index', async () => {
  const asset = await fetch(`${srv.url}/assets/app-abc123.js`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toContain('immutable');
  expect((await fetch(`${srv.url}/assets/gone-000.js`)).status).toBe(404);
});

test('API addresses keep their JSON errors instead of the dashboard', async () => {
  const res = await fetch(`${srv.url}/api/nowhere`);
  expect(res.status).toBe(401);
  const res2 = await fetch(`${srv.url}/v1alpha1/nowhere`);
  expect(res2.headers.get('content-type')).toMatch(/json/);
});

test('before a build, a page address says how to build the dashboard', async () => {
  const res = await fetch(`${unbuilt.url}/queue`);
  expect(res.status).toBe(503);
  expect(await res.text()).toContain('npm run build');
});
