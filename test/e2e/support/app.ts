/**
 * The real server with the built dashboard, on a temporary database holding
 * two days of generated history (the demo's cast of commenters over the
 * demo's articles), and a browser to look at it.
 */
import path from 'node:path';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateComments } from '../../../server/demo/generate.js';
import { ingestComments } from '../../../server/services/ingest.js';
import type { CommentInput } from '../../../shared/schemas.js';
import type { Role } from '../../../shared/types.js';
import { getTestServer, TEST_INGEST_KEY, type TestServer } from '../../support/server.js';
import { launchBrowser, openPage, type WatchedPage } from './browser.js';

export const SCREENSHOTS = path.resolve('test/e2e/screenshots');

export interface E2EApp {
  srv: TestServer;
  browser: Browser;
  /** A page signed in with a new account of this role (none: signed out). */
  open(role?: Role): Promise<WatchedPage>;
  /** Posts comments through the ingestion API, as a news site's backend would. */
  post(comments: CommentInput[]): Promise<void>;
  close(): Promise<void>;
}

export async function startApp({ history = 200 }: { history?: number } = {}): Promise<E2EApp> {
  const buildError = inject('dashboardBuildError');
  if (buildError) throw new Error(`The dashboard did not build: ${buildError}`);
  const srv = await getTestServer({ dashboardDir: inject('dashboardDir') });
  if (history > 0) {
    const to = new Date();
    const comments = [...generateComments({ seed: 20151007, count: history, from: new Date(to.getTime() - 2 * 86_400_000), to, idPrefix: 'e2e' })];
    await ingestComments({ store: srv.store, bus: srv.bus }, 'site', comments);
  }
  const browser = await launchBrowser();
  const pages: WatchedPage[] = [];
  return {
    srv,
    browser,
    async open(role) {
      const cookie = role ? (await srv.login(role)).cookie : undefined;
      const watched = await openPage(browser, srv.url, cookie);
      pages.push(watched);
      return watched;
    },
    async post(comments) {
      const res = await fetch(`${srv.url}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': TEST_INGEST_KEY },
        body: JSON.stringify({ comments }),
      });
      if (!res.ok) throw new Error(`ingest failed: ${res.status} ${await res.text()}`);
    },
    async close() {
      await Promise.all(pages.map((p) => p.context.close()));
      await browser.close();
      await srv.close();
    },
  };
}
