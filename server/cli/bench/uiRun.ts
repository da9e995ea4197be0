/**
 * `npm run bench:ui`'s measurements: a fresh build, the real server over
 * generated comments, then Chromium loading the queue page and, in the same
 * run and turn about, a static page of the same comments as the baseline;
 * then, unless skipped, the queue scrolled with N comments loaded against a
 * static page of the same N comments (uiScroll.ts).
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { QueueCounts } from '../../../shared/events.js';
import { timeMs } from './measure.js';
import { buildDashboard, builtScripts, indexScripts, writeBaselinePage, type FileSize } from './uiBuild.js';
import { launchChromium, shippedScripts, timeQueueLoad, timeStaticLoad, type PageTiming, type QueueTiming } from './uiBrowser.js';
import { scrollBoth, type QueueScroll, type StaticScroll } from './uiScroll.js';
import { startBenchServer, timeFirstPage, QUEUE_FIRST_PAGE, type BenchServer } from './uiServer.js';

/** Median and 90th percentile (nearest rank) of a run's timings, in ms. */
export interface Spread {
  median: number;
  p90: number;
}

export interface ScriptsResult {
  /** What the browser downloaded for the queue page: the figure the target is about. */
  shipped: FileSize[];
  raw: number;
  gzip: number;
  /** The cross-check: the entry and modulepreload scripts of the built index.html. */
  index: FileSize[];
  /** Downloaded on the queue page but not named in index.html (a lazy chunk the queue itself needs), and the reverse. */
  onlyInBrowser: string[];
  onlyInIndex: string[];
  /** Whether every downloaded body has the size of its built file. */
  bodiesMatchBuild: boolean;
  /** Built scripts the queue page did not download (other pages' chunks): not counted. */
  notLoaded: FileSize[];
}

export interface UiResult {
  runs: number;
  /** The browser's version, as playwright reports it. */
  chromium: string;
  buildMs: number;
  comments: number;
  counts: QueueCounts;
  /** GET QUEUE_FIRST_PAGE: its size, and its time measured from the benchmark's process. */
  api: { path: string; bytes: number; ms: Spread };
  scripts: ScriptsResult;
  queue: Record<Exclude<keyof QueueTiming, 'items' | 'cards'>, Spread> & { items: number; cards: number };
  baseline: Record<keyof PageTiming, Spread>;
  /** Median first render of the queue ÷ median first paint of the baseline page. */
  ratio: number;
  /** The scroll scenario; null with --no-scroll. */
  scroll: ScrollResult | null;
}

export interface ScrollResult {
  /** Comments loaded in the queue before scrolling, and on the static page. */
  items: number;
  /** Passes of each kind on each page. */
  runs: number;
  /** The machine's 1-minute load average when the scenario started. */
  loadAverage: number;
  queue: QueueScroll;
  baseline: StaticScroll;
  /** Queue ÷ static page. */
  ratios: { domNodes: number; sweepP95: number; readingP95: number };
}

export interface UiOptions {
  runs: number;
  comments: number;
  seed: number;
  /** Comments to load in the queue for the scroll scenario; null skips it. The database must hold at least as many. */
  scrollItems: number | null;
  /** Passes of each kind on each page in the scroll scenario. */
  scrollRuns: number;
  tmpDir: string;
  progress(line: string): void;
}

function spread(values: readonly number[]): Spread {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return { median: rank(0.5), p90: rank(0.9) };
}

function spreadEach<T extends object>(samples: readonly T[], keys: readonly (keyof T)[]): Record<string, Spread> {
  return Object.fromEntries(keys.map((k) => [k, spread(samples.map((s) => Number(s[k] ?? NaN)))]));
}

function compareScripts(shipped: FileSize[], index: FileSize[], built: FileSize[]): ScriptsResult {
  const names = (list: FileSize[]) => new Set(list.map((f) => f.file));
  const [inBrowser, inIndex] = [names(shipped), names(index)];
  const builtSize = new Map(built.map((f) => [f.file, f.raw]));
  return {
    shipped,
    raw: shipped.reduce((n, f) => n + f.raw, 0),
    gzip: shipped.reduce((n, f) => n + f.gzip, 0),
    index,
    onlyInBrowser: [...inBrowser].filter((f) => !inIndex.has(f)),
    onlyInIndex: [...inIndex].filter((f) => !inBrowser.has(f)),
    bodiesMatchBuild: shipped.every((f) => builtSize.get(f.file) === f.raw),
    notLoaded: built.filter((f) => !inBrowser.has(f.file)),
  };
}

export async function benchUi(options: UiOptions): Promise<UiResult> {
  const { runs, progress } = options;
  const dashboardDir = join(options.tmpDir, 'dashboard');
  const dataDir = join(options.tmpDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  progress('building the dashboard (vite build)…');
  const buildMs = await timeMs(() => buildDashboard(dashboardDir));

  progress(`filling the database with ${options.comments.toLocaleString('en-US')} generated comments…`);
  const server = await startBenchServer({ dir: dataDir, dashboardDir, comments: options.comments, seed: options.seed });
  let browser: Browser | undefined;
  try {
    const first = await server.firstPage();
    if (first.items.length < 50) throw new Error(`the flagged queue holds ${first.items.length} comments, fewer than a page of 50: use more --comments`);
    const baselinePath = writeBaselinePage(dashboardDir, first.items);

    browser = await launchChromium();
    progress('measuring the scripts the queue page downloads…');
    // This load also warms the server and the browser; it is not timed.
    const scripts = compareScripts(await shippedScripts(browser, server.url, server.cookie), indexScripts(dashboardDir), builtScripts(dashboardDir));
    await timeStaticLoad(browser, server.url, baselinePath);

    const queue: QueueTiming[] = [];
    const baseline: PageTiming[] = [];
    for (let i = 0; i < runs; i++) {
      // Turn about, so a slow moment of the machine falls on both pages alike.
      baseline.push(await timeStaticLoad(browser, server.url, baselinePath));
      const q = await timeQueueLoad(browser, server.url, server.cookie);
      if (q.items < 50) throw new Error(`run ${i + 1}: the queue's first render showed ${q.items} comments, not a page of 50`);
      queue.push(q);
      progress(`run ${i + 1}/${runs}: queue first render ${q.firstRender.toFixed(0)} ms, baseline first paint ${baseline[i]!.firstPaint?.toFixed(0) ?? '–'} ms`);
    }
    const apiMs = spread(await timeFirstPage(server, runs));
    const scroll = options.scrollItems === null ? null : await scrollScenario(browser, server, dashboardDir, options.scrollItems, options.scrollRuns, progress);

    const queueSpread = spreadEach(queue, ['responseEnd', 'domContentLoaded', 'load', 'firstPaint', 'firstRender', 'scriptsEnd', 'sessionStart', 'sessionEnd', 'commentsStart', 'commentsEnd']);
    const baselineSpread = spreadEach(baseline, ['responseEnd', 'domContentLoaded', 'load', 'firstPaint']);
    return {
      runs,
      chromium: browser.version(),
      buildMs,
      comments: options.comments,
      counts: server.counts,
      api: { path: QUEUE_FIRST_PAGE, bytes: first.bytes, ms: apiMs },
      scripts,
      queue: { ...(queueSpread as UiResult['queue']), items: Math.min(...queue.map((q) => q.items)), cards: Math.min(...queue.map((q) => q.cards)) },
      baseline: baselineSpread as UiResult['baseline'],
      ratio: queueSpread.firstRender!.median / baselineSpread.firstPaint!.median,
      scroll,
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function scrollScenario(browser: Browser, server: BenchServer, dashboardDir: string, items: number, runs: number, progress: (line: string) => void): Promise<ScrollResult> {
  if (server.counts.all < items) throw new Error(`the database holds ${server.counts.all} comments, fewer than the ${items} to scroll: use more --comments`);
  const n = items.toLocaleString('en-US');
  const loadAverage = os.loadavg()[0]!;
  // The same comments, in the queue's order, as static articles.
  const path = writeBaselinePage(dashboardDir, await server.comments('status=all&sort=severity', items), `baseline-${items}.html`);
  progress(`scroll: loading ${n} comments into the queue (/?status=all) by scrolling to the bottom…`);
  const { queue, baseline } = await scrollBoth(browser, { url: server.url, cookie: server.cookie, staticPath: path, count: items, runs, progress });
  return {
    items,
    runs,
    loadAverage,
    queue,
    baseline,
    ratios: { domNodes: queue.domNodes / baseline.domNodes, sweepP95: queue.sweep.p95 / baseline.sweep.p95, readingP95: queue.reading.p95 / baseline.reading.p95 },
  };
}
