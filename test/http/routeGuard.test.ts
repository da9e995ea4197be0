/**
 * Every route the app declares, walked from express's own router (so a new
 * route cannot be forgotten here): without a session — or, for machine
 * routes, without an API key — each one answers 401.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { getTestServer, type TestServer } from '../support/server.js';
import { createApp } from '../../server/http/app.js';
import { pino } from 'pino';
import { Bus } from '../../server/services/bus.js';

interface Layer {
  rawPath?: string;
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

function routesOf(stack: Layer[], prefix = ''): { method: string; path: string }[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      return paths.flatMap((p) => Object.keys(layer.route!.methods).map((m) => ({ method: m.toUpperCase(), path: prefix + p })));
    }
    if (layer.handle.stack) return routesOf(layer.handle.stack, prefix + (layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : ''));
    return [];
  });
}

// Signing out without a session is harmless and answers 204: logout is idempotent.
// /api/auth/session answers "nobody" to the signed-out (tested in test/auth), and the dashboard's pages are public files.
const PUBLIC = new Set(['GET /healthz', 'POST /api/auth/login', 'POST /api/auth/logout', 'GET /api/auth/session', 'GET /.*/']);
const BY_API_KEY = (r: { method: string; path: string }) => (r.method === 'POST' && r.path === '/api/comments') || r.path.startsWith('/v1alpha1');

let srv: TestServer;
beforeAll(async () => {
  srv = await getTestServer();
});
afterAll(async () => srv.close());

test('every non-public route refuses a caller without a session or API key', async () => {
  const app = createApp({ store: srv.store, log: pino({ level: 'silent' }), bus: new Bus(), ingestSource: 'x' }) as unknown as { router: { stack: Layer[] } };
  const routes = routesOf(app.router.stack).filter((r) => !PUBLIC.has(`${r.method} ${r.path}`));
  expect(routes.length).toBeGreaterThan(20);
  const refused: string[] = [];
  for (const r of routes) {
    const url = srv.url + r.path.replace(/\\/g, '').replace(/:(\w+)/g, '1');
    const res = await fetch(url, {
      method: r.method,
      headers: { 'content-type': 'application/json', 'x-vigie-csrf': '1' },
      body: r.method === 'GET' || r.method === 'HEAD' ? undefined : '{}',
    });
    await res.arrayBuffer();
    if (res.status === 401) refused.push(`${r.method} ${r.path}`);
    else refused.push(`${r.method} ${r.path} → ${res.status}${BY_API_KEY(r) ? ' (API key route)' : ''}`);
  }
  expect(refused.filter((x) => x.includes('→'))).toEqual([]);
});
