/**
 * `npm run bench:ui`'s scroll scenario: the queue with N comments loaded
 * (every comment: `/?status=all`), scrolled from a script while the page
 * records its frames, against a static page holding the same N comments as
 * `<article>` elements (what a list that is not virtualised puts in the DOM).
 *
 * Two kinds of pass on each page, driven by requestAnimationFrame in the
 * page, repeated turn about between the two pages:
 * - sweep: the whole list, top to bottom, in SWEEP_MS at a steady pace (a
 *   scrollbar dragged end to end: almost every frame shows other cards);
 * - reading: READING_PX_PER_S from the middle for READING_MS (a wheel or
 *   trackpad scroll, 20 px per 60 Hz frame).
 * Frame times are the intervals between requestAnimationFrame timestamps:
 * the main thread's frames, where React renders the cards that come into view.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { waitForFirstRender, withPage } from './uiBrowser.js';

export const SWEEP_MS = 5_000;
export const READING_MS = 5_000;
export const READING_PX_PER_S = 1_200;
/** A frame over this is a visible hitch (under 20 frames a second). */
export const SLOW_FRAME_MS = 50;
const CARD = '[data-testid=comment-card]';
const LOAD_STEP_TIMEOUT_MS = 15_000;

/** The passes of one kind on one page: their frames pooled, their counters summed. */
export interface ScrollPass {
  passes: number;
  /** Each pass's own p95 frame time, ms: how much the runs differ. */
  passP95: number[];
  /** Frames rendered during the passes, and how long they lasted. */
  frames: number;
  ms: number;
  /** Pixels scrolled by a pass (mean), and the page's scroll height at the end. */
  distance: number;
  height: number;
  /** Frame time (interval between requestAnimationFrame timestamps), ms. */
  median: number;
  p95: number;
  max: number;
  /** Share of frames over SLOW_FRAME_MS, 0–1. */
  slowShare: number;
  /** Long tasks (over 50 ms) the page reported during the passes: how many, and their total duration. */
  longTasks: number;
  longTaskMs: number;
  /** Chromium's own accounting during the passes (CDP Performance.getMetrics), ms. */
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** Most `[data-testid=comment-card]` seen in the DOM, sampled every 10 frames and at the end. */
  maxCards: number;
}

export interface ScrollPage {
  /** Comments on the page: loaded in the queue, `<article>`s on the static page. */
  items: number;
  sweep: ScrollPass;
  reading: ScrollPass;
  /** After both passes: elements in the document, cards in the DOM, JS heap used after a garbage collection. */
  domNodes: number;
  cards: number;
  heapUsed: number;
}

/** The static page also reports its load: what laying out N comments at once costs, before any scrolling. */
export interface StaticScroll extends ScrollPage {
  /** Navigation start to the end of the load event, ms (one load, cold cache). */
  loadMs: number;
}

export interface QueueScroll extends ScrollPage {
  /** Scrolling to the bottom until N comments were loaded: time, pages that arrived, and the API calls the page made. */
  load: { ms: number; steps: number; requests: number };
}

// Sent as source text (see uiBrowser.ts: tsx may wrap named functions in Node-only helpers).
const LOAD_ITEMS = `(async ({ count, stepTimeout }) => {
  const loaded = () => Number(document.querySelector('[data-testid=queue-list]')?.dataset.loaded ?? 0);
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const start = performance.now();
  let steps = 0;
  const root = document.scrollingElement;
  while (loaded() < count) {
    const before = loaded();
    const deadline = performance.now() + stepTimeout;
    // Every frame, as a moderator holding End would: the virtualizer may move the page back
    // from its own stale offset as it measures the cards at the bottom (window.scrollTo({ top })).
    while (loaded() === before && performance.now() < deadline) {
      if (root.scrollTop < root.scrollHeight - innerHeight - 1) window.scrollTo(0, root.scrollHeight);
      await nextFrame();
    }
    if (loaded() === before) break;
    steps++;
  }
  return { ms: performance.now() - start, steps, items: loaded() };
})`;

const SCROLL_PASS = `(async ({ from, to, pxPerSecond, durationMs, cards }) => {
  const root = document.scrollingElement;
  const maxY = () => Math.max(0, root.scrollHeight - innerHeight);
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const count = () => (cards ? document.querySelectorAll(cards).length : 0);
  const startY = from * maxY();
  window.scrollTo(0, startY);
  // Let the jump settle (its render is not part of the pass).
  const settle = performance.now() + 500;
  while (performance.now() < settle) await nextFrame();
  const longTasks = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  let maxCards = count();
  const stamps = [];
  const t0 = await nextFrame();
  stamps.push(t0);
  for (;;) {
    const elapsed = stamps[stamps.length - 1] - t0;
    const y = pxPerSecond === null ? (from + ((to - from) * elapsed) / durationMs) * maxY() : startY + (pxPerSecond * elapsed) / 1000;
    window.scrollTo(0, y);
    if (stamps.length % 10 === 0) maxCards = Math.max(maxCards, count());
    if (elapsed >= durationMs) break;
    stamps.push(await nextFrame());
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.takeRecords().forEach((e) => longTasks.push(e.duration));
  observer.disconnect();
  maxCards = Math.max(maxCards, count());
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
  return { intervals, longTasks, maxCards, distance: Math.abs(root.scrollTop - startY), height: root.scrollHeight, ms: stamps[stamps.length - 1] - t0 };
})`;

const AFTER = `(() => ({ domNodes: document.querySelectorAll('*').length, cards: document.querySelectorAll(${JSON.stringify(CARD)}).length, heapUsed: performance.memory ? performance.memory.usedJSHeapSize : NaN }))()`;

interface PassOptions {
  from: number;
  to: number;
  pxPerSecond: number | null;
  durationMs: number;
  cards: string | null;
}

const SWEEP: Omit<PassOptions, 'cards'> = { from: 0, to: 1, pxPerSecond: null, durationMs: SWEEP_MS };
const READING: Omit<PassOptions, 'cards'> = { from: 0.5, to: 0.5, pxPerSecond: READING_PX_PER_S, durationMs: READING_MS };

/** One pass as the page measured it, with Chromium's counters over it. */
interface RawPass {
  intervals: number[];
  longTasks: number[];
  maxCards: number;
  distance: number;
  height: number;
  ms: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
}

const rank = (sorted: readonly number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
const p95Of = (values: readonly number[]) => rank([...values].sort((a, b) => a - b), 0.95);
const sum = (values: readonly number[]) => values.reduce((n, v) => n + v, 0);

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function runPass(page: Page, cdp: CDPSession, options: PassOptions): Promise<RawPass> {
  const before = await metrics(cdp);
  const raw = await page.evaluate<Omit<RawPass, 'scriptMs' | 'layoutMs' | 'styleMs'>>(`${SCROLL_PASS}(${JSON.stringify(options)})`);
  const after = await metrics(cdp);
  const ms = (name: string) => ((after[name] ?? NaN) - (before[name] ?? NaN)) * 1000;
  return { ...raw, scriptMs: ms('ScriptDuration'), layoutMs: ms('LayoutDuration'), styleMs: ms('RecalcStyleDuration') };
}

/** The frames of every pass of a kind, pooled; counters summed. */
function pooled(passes: readonly RawPass[]): ScrollPass {
  const sorted = passes.flatMap((p) => p.intervals).sort((a, b) => a - b);
  const longTasks = passes.flatMap((p) => p.longTasks);
  return {
    passes: passes.length,
    passP95: passes.map((p) => p95Of(p.intervals)),
    frames: sorted.length,
    ms: sum(passes.map((p) => p.ms)),
    distance: sum(passes.map((p) => p.distance)) / passes.length,
    height: passes[passes.length - 1]?.height ?? NaN,
    median: rank(sorted, 0.5),
    p95: rank(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? NaN,
    slowShare: sorted.length ? sorted.filter((d) => d > SLOW_FRAME_MS).length / sorted.length : NaN,
    longTasks: longTasks.length,
    longTaskMs: sum(longTasks),
    scriptMs: sum(passes.map((p) => p.scriptMs)),
    layoutMs: sum(passes.map((p) => p.layoutMs)),
    styleMs: sum(passes.map((p) => p.styleMs)),
    maxCards: Math.max(...passes.map((p) => p.maxCards)),
  };
}

/** Elements, cards and the JS heap, after a garbage collection (so the passes' garbage does not count). */
async function afterPasses(page: Page, cdp: CDPSession): Promise<{ domNodes: number; cards: number; heapUsed: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate<{ domNodes: number; cards: number; heapUsed: number }>(AFTER);
}

export interface ScrollOptions {
  url: string;
  cookie: string;
  /** The static page of the same comments. */
  staticPath: string;
  count: number;
  /** Passes of each kind on each page, turn about. */
  runs: number;
  progress(line: string): void;
}

/**
 * The queue, every comment (`/?status=all`), with `count` of them loaded by
 * scrolling to the bottom, and the static page of them, each in its own
 * context, both open; then `runs` rounds of: sweep the queue, sweep the static
 * page, read the queue, read the static page (turn about, so a slow moment of
 * a shared machine falls on both alike).
 */
export async function scrollBoth(browser: Browser, options: ScrollOptions): Promise<{ queue: QueueScroll; baseline: StaticScroll }> {
  const { count, progress } = options;
  return withPage(browser, options.url, options.cookie, async (queuePage) => {
    let requests = 0;
    queuePage.on('request', (r) => new URL(r.url()).pathname === '/api/comments' && requests++);
    await queuePage.goto('/?status=all', { waitUntil: 'load' });
    await waitForFirstRender(queuePage);
    const loaded = await queuePage.evaluate<{ ms: number; steps: number; items: number }>(
      `${LOAD_ITEMS}(${JSON.stringify({ count, stepTimeout: LOAD_STEP_TIMEOUT_MS })})`,
    );
    if (loaded.items < count) throw new Error(`the queue stopped at ${loaded.items} comments loaded, not ${count}: no new page within ${LOAD_STEP_TIMEOUT_MS / 1000} s`);
    await queuePage.waitForLoadState('networkidle');
    progress(`scroll: ${loaded.items.toLocaleString('en-US')} comments loaded in ${(loaded.ms / 1000).toFixed(1)} s (${requests} API calls)`);

    return withPage(browser, options.url, null, async (staticPage) => {
      await staticPage.goto(options.staticPath, { waitUntil: 'load' });
      const { articles, loadMs } = await staticPage.evaluate<{ articles: number; loadMs: number }>(
        `({ articles: document.querySelectorAll('article').length, loadMs: performance.getEntriesByType('navigation')[0].loadEventEnd })`,
      );
      if (articles !== count) throw new Error(`${options.staticPath} holds ${articles} articles, not ${count}`);

      const cdp = { queue: await queuePage.context().newCDPSession(queuePage), baseline: await staticPage.context().newCDPSession(staticPage) };
      await Promise.all([cdp.queue.send('Performance.enable'), cdp.baseline.send('Performance.enable')]);
      const raw = { queue: { sweep: [] as RawPass[], reading: [] as RawPass[] }, baseline: { sweep: [] as RawPass[], reading: [] as RawPass[] } };
      for (let i = 0; i < options.runs; i++) {
        raw.queue.sweep.push(await runPass(queuePage, cdp.queue, { ...SWEEP, cards: CARD }));
        raw.baseline.sweep.push(await runPass(staticPage, cdp.baseline, { ...SWEEP, cards: null }));
        raw.queue.reading.push(await runPass(queuePage, cdp.queue, { ...READING, cards: CARD }));
        raw.baseline.reading.push(await runPass(staticPage, cdp.baseline, { ...READING, cards: null }));
        const p95 = (list: RawPass[]) => p95Of(list[i]!.intervals).toFixed(1);
        progress(
          `scroll run ${i + 1}/${options.runs}: p95 frame ms, sweep queue ${p95(raw.queue.sweep)} / static ${p95(raw.baseline.sweep)}, ` +
            `reading queue ${p95(raw.queue.reading)} / static ${p95(raw.baseline.reading)}; ${raw.queue.sweep[i]!.maxCards} cards at most`,
        );
      }
      const queueAfter = await afterPasses(queuePage, cdp.queue);
      const baselineAfter = await afterPasses(staticPage, cdp.baseline);
      return {
        queue: { items: loaded.items, sweep: pooled(raw.queue.sweep), reading: pooled(raw.queue.reading), ...queueAfter, load: { ms: loaded.ms, steps: loaded.steps, requests } },
        baseline: { items: articles, sweep: pooled(raw.baseline.sweep), reading: pooled(raw.baseline.reading), ...baselineAfter, loadMs },
      };
    });
  });
}
