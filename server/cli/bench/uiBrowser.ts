/**
 * Debian's Chromium driven by playwright-core, for `npm run bench:ui`: what
 * the queue page downloads, and how long it and the baseline page take to
 * show, each load in a fresh context (its own cookies and an empty cache).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sizeOf, type FileSize } from './uiBuild.js';

// The flags this machine needs: no sandbox as root, no GPU, and nothing that phones home on a closed network;
// and performance.memory as measured, not rounded (the scroll scenario reports the JS heap).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'];
/** The e2e tests' window: a laptop screen, about ten cards high. */
const VIEWPORT = { width: 1280, height: 800 };
/** Set by client/components/CommentQueue.tsx when the queue's first page is on screen. */
export const FIRST_RENDER_MARK = 'vigie:queue-first-render';
const TIMEOUT_MS = 30_000;

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath, args: ARGS });
}

/** Navigation timing, in ms since the navigation started. */
export interface PageTiming {
  responseEnd: number;
  domContentLoaded: number;
  load: number;
  /** first-contentful-paint; null when the browser reports none. */
  firstPaint: number | null;
}

export interface QueueTiming extends PageTiming {
  firstRender: number;
  /** Comments loaded and cards in the DOM (the list is virtualised) at the first render. */
  items: number;
  cards: number;
  /** When the last script arrived, and the two API calls before the first render (resource timing). */
  scriptsEnd: number;
  sessionStart: number;
  sessionEnd: number;
  commentsStart: number;
  commentsEnd: number;
}

/** A fresh context (its own cookies, an empty cache) and page; fails when the page reported errors. */
export async function withPage<T>(browser: Browser, url: string, cookie: string | null, use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: url });
  try {
    if (cookie) {
      const [name, value] = cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url }]);
    }
    context.setDefaultTimeout(TIMEOUT_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const result = await use(page, context);
    if (errors.length) throw new Error(`the page reported errors:\n  ${errors.join('\n  ')}`);
    return result;
  } finally {
    await context.close();
  }
}

// Code read in the page is sent as source text: tsx's transform may wrap
// named functions in helpers (__name) that exist only in Node. The waits are
// anonymous functions, as a string predicate would need eval, which the CSP forbids.
const NAVIGATION_TIMING = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
  return { responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, firstPaint: paint ? paint.startTime : null };
})()`;
const QUEUE_TIMING = `(() => {
  const mark = performance.getEntriesByName(${JSON.stringify(FIRST_RENDER_MARK)}, 'mark')[0];
  const resources = performance.getEntriesByType('resource');
  const path = (r) => new URL(r.name).pathname;
  const session = resources.find((r) => path(r) === '/api/auth/session');
  const comments = resources.find((r) => path(r) === '/api/comments');
  const scripts = resources.filter((r) => path(r).endsWith('.js') && r.startTime < mark.startTime);
  return {
    ...${NAVIGATION_TIMING},
    firstRender: mark.startTime,
    items: mark.detail.items,
    cards: mark.detail.cards,
    scriptsEnd: Math.max(0, ...scripts.map((r) => r.responseEnd)),
    sessionStart: session ? session.startTime : NaN,
    sessionEnd: session ? session.responseEnd : NaN,
    commentsStart: comments ? comments.startTime : NaN,
    commentsEnd: comments ? comments.responseEnd : NaN,
  };
})()`;

export const waitForFirstRender = (page: Page) =>
  page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, FIRST_RENDER_MARK, { timeout: TIMEOUT_MS });

/**
 * Every script the browser downloads for `/` signed in, until the network is
 * idle after the first render (so a chunk the queue loads lazily counts, a
 * page the moderator has not opened does not). Sizes are of the bodies received.
 */
export async function shippedScripts(browser: Browser, url: string, cookie: string): Promise<FileSize[]> {
  return withPage(browser, url, cookie, async (page) => {
    const bodies: Promise<FileSize>[] = [];
    page.on('response', (res) => {
      const address = new URL(res.url());
      if (address.pathname.endsWith('.js') && res.status() === 200) bodies.push(res.body().then((b) => sizeOf(address.pathname, b)));
    });
    await page.goto('/', { waitUntil: 'load' });
    await waitForFirstRender(page);
    await page.waitForLoadState('networkidle');
    return (await Promise.all(bodies)).sort((a, b) => a.file.localeCompare(b.file));
  });
}

export async function timeQueueLoad(browser: Browser, url: string, cookie: string): Promise<QueueTiming> {
  return withPage(browser, url, cookie, async (page) => {
    await page.goto('/', { waitUntil: 'load' });
    await waitForFirstRender(page);
    return page.evaluate<QueueTiming>(QUEUE_TIMING);
  });
}

/** The static page's load, timed the same way; its first paint is when its comments are on screen. */
export async function timeStaticLoad(browser: Browser, url: string, path: string): Promise<PageTiming> {
  return withPage(browser, url, null, async (page) => {
    await page.goto(path, { waitUntil: 'load' });
    // First paint may come after the load event on so small a page.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint', 'paint').length > 0, undefined, { timeout: 5_000 }).catch(() => undefined);
    return page.evaluate<PageTiming>(NAVIGATION_TIMING);
  });
}
