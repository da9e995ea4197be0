/**
 * Debian's Chromium driven by playwright-core. Present on CI (.ci/run
 * installs it); on a laptop without it the browser tests skip and say why.
 * Under CI=true a missing browser fails the run instead of skipping.
 */
import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

// The flags this machine needs: no sandbox as root, no GPU, and nothing that phones home on a closed network.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const VIEWPORT = { width: 1280, height: 800 };

/** `describe` when a browser is here; otherwise a visible skip (or a failure on CI). */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') throw new Error('Browser tests need Chromium: apt-get install -y chromium (or set CHROMIUM_PATH).');
  console.warn(`\n⚠ Skipping browser tests "${name}": no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH).\n`);
  describe.skip(name, body);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath!, args: ARGS });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen on this page so far. */
  errors: string[];
}

/** A fresh context (its own cookies) with the session cookie set, and a page whose console errors are collected. */
export async function openPage(browser: Browser, baseUrl: string, cookie?: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: baseUrl });
  if (cookie) {
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
  }
  // Well under the test's own timeout, so a missing element fails with its locator named.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, context, errors };
}
