/** What `npm run bench:ui` prints, and records in docs/ui-performance.md. */
import type { Target } from './ingestReport.js';
import type { FileSize } from './uiBuild.js';
import type { ScrollResult, Spread, UiResult } from './uiRun.js';
import { READING_MS, READING_PX_PER_S, SLOW_FRAME_MS, SWEEP_MS, type ScrollPass } from './uiScroll.js';

/** The targets for the queue page's initial load. */
export const JS_GZIP_TARGET_BYTES = 300_000;
export const FIRST_RENDER_TARGET_MS = 1_000;
/** "The queue stays smooth with 10,000 items (virtualised)": only about a screenful of cards in the DOM, and no visible jank. */
export const MAX_CARDS_TARGET = 60;
export const FRAME_P95_TARGET_MS = 50;

export interface UiBenchReport {
  date: string;
  command: string;
  node: string;
  cpu: string;
  cores: number;
  /** The machine's 1-minute load average when the run started: other work skews browser timings. */
  loadAverage: number;
  ui: UiResult;
  targets: Target[];
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
// kB as Vite prints them: thousands of bytes.
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : int(n));
const spread = (s: Spread) => `${ms(s.median)} / ${ms(s.p90)} ms`;
const frame = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(1));
const times = (n: number) => (!Number.isFinite(n) ? '–' : n < 0.1 ? `${n.toFixed(3)}×` : `${n.toFixed(2)}×`);
const MB = (n: number) => (Number.isNaN(n) ? '–' : `${(n / 1e6).toFixed(1)} MB`);
const percent = (share: number) => (Number.isNaN(share) ? '–' : `${(share * 100).toFixed(1)} %`);
const maxCards = (s: ScrollResult) => Math.max(s.queue.sweep.maxCards, s.queue.reading.maxCards, s.queue.cards);
const sweepName = `whole list in ${SWEEP_MS / 1000} s`;
const readingName = `${int(READING_PX_PER_S)} px/s for ${READING_MS / 1000} s from the middle`;

function scrollTargets(s: ScrollResult): Target[] {
  const n = int(s.items);
  const p95 = (name: string, pass: ScrollPass): Target => ({
    name: `p95 frame time < ${FRAME_P95_TARGET_MS} ms scrolling ${n} loaded comments (${name})`,
    measured: `${frame(pass.p95)} ms (median ${frame(pass.median)}, max ${frame(pass.max)}; ${percent(pass.slowShare)} of ${int(pass.frames)} frames in ${pass.passes} passes over ${SLOW_FRAME_MS} ms)`,
    pass: pass.p95 < FRAME_P95_TARGET_MS,
  });
  return [
    {
      name: `comment cards in the DOM < ${MAX_CARDS_TARGET} with ${n} comments loaded`,
      measured: `${maxCards(s)} at most while scrolling (${int(s.queue.domNodes)} elements in the page; the static list: ${int(s.baseline.domNodes)})`,
      pass: maxCards(s) < MAX_CARDS_TARGET,
    },
    p95(sweepName, s.queue.sweep),
    p95(readingName, s.queue.reading),
  ];
}

export function uiTargets(r: UiResult): Target[] {
  return [
    {
      name: `JavaScript shipped for the queue page ≤ ${kB(JS_GZIP_TARGET_BYTES)} gzip`,
      measured: `${kB(r.scripts.gzip)} gzip (${kB(r.scripts.raw)} raw, ${r.scripts.shipped.length} files)`,
      pass: r.scripts.gzip <= JS_GZIP_TARGET_BYTES,
    },
    {
      name: `first render of ${r.queue.items} comments, median < ${int(FIRST_RENDER_TARGET_MS)} ms`,
      measured: `${ms(r.queue.firstRender.median)} ms (p90 ${ms(r.queue.firstRender.p90)} ms)`,
      pass: r.queue.firstRender.median < FIRST_RENDER_TARGET_MS,
    },
    ...(r.scroll ? scrollTargets(r.scroll) : []),
  ];
}

const framesCell = (p: ScrollPass) => `${int(p.frames)} (${(p.frames / (p.ms / 1000)).toFixed(0)}/s; ${int(p.distance)} px)`;

function passRows(label: string, q: ScrollPass, b: ScrollPass): string[][] {
  return [
    [`${label}: frames in ${q.passes} passes (a second; px a pass)`, framesCell(q), framesCell(b), ''],
    [`${label}: frame ms, median / p95 / max`, `${frame(q.median)} / ${frame(q.p95)} / ${frame(q.max)}`, `${frame(b.median)} / ${frame(b.p95)} / ${frame(b.max)}`, times(q.p95 / b.p95)],
    [`${label}: p95 frame ms of each pass`, q.passP95.map(frame).join(', '), b.passP95.map(frame).join(', '), ''],
    [`${label}: frames over ${SLOW_FRAME_MS} ms`, percent(q.slowShare), percent(b.slowShare), ''],
    [`${label}: long tasks (total ms)`, `${q.longTasks} (${int(q.longTaskMs)})`, `${b.longTasks} (${int(b.longTaskMs)})`, ''],
    [`${label}: script / layout / style, ms`, `${int(q.scriptMs)} / ${int(q.layoutMs)} / ${int(q.styleMs)}`, `${int(b.scriptMs)} / ${int(b.layoutMs)} / ${int(b.styleMs)}`, ''],
  ];
}

/** Header, then rows of: what, queue, static page, queue ÷ static. */
function scrollRows(s: ScrollResult): string[][] {
  const { queue: q, baseline: b } = s;
  const n = int(s.items);
  return [
    ['', `queue (${n} loaded)`, `static page (${n} articles)`, 'queue ÷ static'],
    [`loading ${n} comments: scrolling to the bottom (API calls)`, `${(q.load.ms / 1000).toFixed(1)} s (${q.load.requests})`, `load event ${int(b.loadMs)} ms`, ''],
    ...passRows('sweep', q.sweep, b.sweep),
    ...passRows('reading', q.reading, b.reading),
    ['elements in the DOM after scrolling', int(q.domNodes), int(b.domNodes), times(s.ratios.domNodes)],
    ['comment cards in the DOM (most seen while scrolling)', `${q.cards} (${maxCards(s)})`, `${int(b.items)} articles`, ''],
    // Not a ratio: the static page runs no script, and its 50,000 elements live outside the JS heap.
    ['JS heap used after a garbage collection', MB(q.heapUsed), MB(b.heapUsed), ''],
  ];
}

const scrollSetup = (s: ScrollResult) =>
  `The queue opened on every comment (\`/?status=all\`, most severe first), then scrolled to the bottom, every frame, until ${int(s.items)} comments were loaded (pages of 50; ` +
  'the time is mostly the API calls, one after the other: no target). With them loaded, two kinds of pass driven by `requestAnimationFrame` in the page: ' +
  `a sweep of the whole list in ${SWEEP_MS / 1000} s at a steady pace (a scrollbar dragged end to end: nearly every frame shows other cards), ` +
  `and ${int(READING_PX_PER_S)} px/s (20 px per 60 Hz frame) for ${READING_MS / 1000} s from the middle (a wheel). ` +
  `The static page is open at the same time in a context of its own; ${s.runs} rounds of: sweep the queue, sweep the static page, read the queue, read the static page ` +
  "(turn about, so a slow moment of the machine falls on both); each kind's frames are pooled over its passes. " +
  'Frame time: interval between `requestAnimationFrame` timestamps (main-thread frames, where React renders the cards coming into view), ' +
  'which come in whole 60 Hz frames: 16.7 ms, 33.3 ms (one frame missed), 50.0 ms (two missed, so a p95 of 50.0 does not meet < 50 ms)…; ' +
  `long tasks from a \`PerformanceObserver\` ('longtask', over 50 ms); script / layout / style from Chromium's own counters (CDP Performance.getMetrics); ` +
  'the JS heap from `performance.memory.usedJSHeapSize` (Chromium started with --enable-precise-memory-info) after a forced garbage collection: ' +
  "the queue's holds the app and the loaded comments; the static page runs no script, and DOM elements live outside the JS heap, so the two are not compared. " +
  `The static page holds the same ${int(s.items)} comments as \`<article>\` elements, no script: what a list that is not virtualised ` +
  "puts in the DOM at the least (the queue's cards hold more elements each); scrolling it runs no script, only paint, its cost is the DOM and the layout at load.";

function timingRows(r: UiResult): string[][] {
  const q = r.queue;
  const b = r.baseline;
  return [
    ['queue page: HTML received (responseEnd)', spread(q.responseEnd)],
    ['queue page: last script received', spread(q.scriptsEnd)],
    ['queue page: DOMContentLoaded (scripts run)', spread(q.domContentLoaded)],
    ['queue page: load event', spread(q.load)],
    ['queue page: GET /api/auth/session asked', spread(q.sessionStart)],
    ['queue page: GET /api/auth/session answered', spread(q.sessionEnd)],
    ['queue page: first contentful paint', spread(q.firstPaint)],
    ['queue page: GET /api/comments asked', spread(q.commentsStart)],
    ['queue page: GET /api/comments answered', spread(q.commentsEnd)],
    [`queue page: first render of ${q.items} comments (${q.cards} cards in the DOM)`, spread(q.firstRender)],
    ['baseline page: HTML received (responseEnd)', spread(b.responseEnd)],
    ['baseline page: DOMContentLoaded', spread(b.domContentLoaded)],
    ['baseline page: load event', spread(b.load)],
    ['baseline page: first contentful paint', spread(b.firstPaint)],
    ['ratio: queue first render ÷ baseline first paint (medians)', `${r.ratio.toFixed(1)}×`],
    [`server alone: GET ${r.api.path} (${kB(r.api.bytes)} of JSON)`, spread(r.api.ms)],
  ];
}

const row = (f: FileSize) => [f.file, kB(f.raw), kB(f.gzip)];
const sum = (files: FileSize[], key: 'raw' | 'gzip') => kB(files.reduce((n, f) => n + f[key], 0));

function scriptRows(r: UiResult): string[][] {
  const s = r.scripts;
  return [
    ...s.shipped.map(row),
    ['total downloaded for the queue page', kB(s.raw), kB(s.gzip)],
    [`cross-check: index.html entry + modulepreload (${s.index.length} files)`, sum(s.index, 'raw'), sum(s.index, 'gzip')],
  ];
}

/** Other pages' chunks: built, not downloaded on the queue page, not counted. */
function notLoadedRows(r: UiResult): string[][] {
  const files = r.scripts.notLoaded;
  return [...files.map(row), [`total of the ${files.length} chunks not counted`, sum(files, 'raw'), sum(files, 'gzip')]];
}

function crossCheck(r: UiResult): string {
  const s = r.scripts;
  const same = s.onlyInBrowser.length === 0 && s.onlyInIndex.length === 0;
  const parts = [
    same ? 'the browser downloaded exactly the scripts index.html names' : 'the browser and index.html differ',
    s.onlyInBrowser.length ? `loaded lazily by the queue page: ${s.onlyInBrowser.join(', ')}` : '',
    s.onlyInIndex.length ? `named in index.html but not downloaded: ${s.onlyInIndex.join(', ')}` : '',
    s.bodiesMatchBuild ? 'every body has its built file’s size' : 'SOME BODIES DIFFER FROM THE BUILT FILES',
  ];
  return parts.filter(Boolean).join('; ');
}

const setup = (r: UiResult) =>
  `A fresh \`vite build\` (vite.config.ts, ${int(r.buildMs)} ms) into a temporary folder, served by the real server started in the benchmark's process ` +
  `(createApp + socket.io, temporary SQLite file) over ${int(r.comments)} generated comments (server/demo/generate.ts, ${int(r.counts.flagged)} flagged), ` +
  'a moderator signed in by POST /api/auth/login. Headless Chromium (1280×800), each load in a fresh context (cold cache). ' +
  'Scripts: every `.js` response of one load of `/` until the network is idle, gzip computed with node:zlib at level 9; that load also warms up the server. ' +
  `Timings: ${r.runs} loads of \`/\` (until the client's \`vigie:queue-first-render\` mark, set when React has committed the queue's first page of comments; the paint follows within a frame) ` +
  `and ${r.runs} of a static page holding the same 50 comments as \`<article>\` elements, no script, served by the same server (the baseline), turn about; ` +
  'ms since navigation start, median / p90.';

function scrollMarkdown(s: ScrollResult): string[] {
  const [head, ...rows] = scrollRows(s);
  return [
    `## Scrolling ${int(s.items)} comments`,
    '',
    scrollSetup(s),
    '',
    `Sweep: ${sweepName}. Reading: ${readingName}. Load average (1 min) when the scenario started: ${s.loadAverage.toFixed(2)}.`,
    '',
    `| ${head!.join(' | ')} |`,
    '| --- | ---: | ---: | ---: |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
  ];
}

export function formatUiText(report: UiBenchReport): string {
  const r = report.ui;
  const table = (rows: string[][]) => {
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    return rows.map((row) => '  ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  };
  return [
    `Queue page, initial load: ${r.runs} runs, ${int(r.comments)} comments, Chromium ${r.chromium}; load average at the start ${report.loadAverage.toFixed(2)}`,
    '',
    ...table([['script downloaded for /', 'raw', 'gzip'], ...scriptRows(r)]),
    `  ${crossCheck(r)}`,
    '',
    ...table([['not downloaded for / (other pages)', 'raw', 'gzip'], ...notLoadedRows(r)]),
    '',
    ...table([['ms since navigation start', 'median / p90'], ...timingRows(r)]),
    '',
    ...(r.scroll
      ? [
          `Scrolling the queue with ${int(r.scroll.items)} comments loaded, against a static page of them (sweep: ${sweepName}; reading: ${readingName}); load average at the start ${r.scroll.loadAverage.toFixed(2)}`,
          '',
          ...table(scrollRows(r.scroll)),
          '',
        ]
      : []),
    ...report.targets.map((t) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`),
  ].join('\n');
}

export function formatUiMarkdown(report: UiBenchReport): string {
  const r = report.ui;
  return [
    '# Dashboard load performance',
    '',
    `- Date: ${report.date}`,
    `- Command: \`${report.command}\``,
    `- Node: ${report.node}; Chromium ${r.chromium}`,
    `- CPU: ${report.cpu} (${report.cores} cores); load average (1 min) at the start: ${report.loadAverage.toFixed(2)}`,
    '',
    setup(r),
    '',
    '## JavaScript shipped for the queue page',
    '',
    '| script | raw | gzip |',
    '| --- | ---: | ---: |',
    ...scriptRows(r).map(([f, raw, gz]) => `| ${f} | ${raw} | ${gz} |`),
    '',
    `Cross-check: ${crossCheck(r)}.`,
    '',
    'Not counted: the chunks of other pages, which the queue page does not download.',
    '',
    '| script | raw | gzip |',
    '| --- | ---: | ---: |',
    ...notLoadedRows(r).map(([f, raw, gz]) => `| ${f} | ${raw} | ${gz} |`),
    '',
    '## Time to first render',
    '',
    '| ms since navigation start | median / p90 |',
    '| --- | ---: |',
    ...timingRows(r).map(([k, v]) => `| ${k} | ${v} |`),
    '',
    ...(r.scroll ? scrollMarkdown(r.scroll) : []),
    '## Targets',
    '',
    '| target | measured | |',
    '| --- | ---: | --- |',
    ...report.targets.map((t) => `| ${t.name} | ${t.measured} | ${t.pass ? 'PASS' : 'FAIL'} |`),
    '',
  ].join('\n');
}
