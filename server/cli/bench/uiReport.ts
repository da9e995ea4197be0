/** What `npm run bench:ui` prints, and records in docs/ui-performance.md. */
import type { Target } from './ingestReport.js';
import type { FileSize } from './uiBuild.js';
import type { Spread, UiResult } from './uiRun.js';

/** The targets for the queue page's initial load. */
export const JS_GZIP_TARGET_BYTES = 300_000;
export const FIRST_RENDER_TARGET_MS = 1_000;

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
  ];
}

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
    '## Targets',
    '',
    '| target | measured | |',
    '| --- | ---: | --- |',
    ...report.targets.map((t) => `| ${t.name} | ${t.measured} | ${t.pass ? 'PASS' : 'FAIL'} |`),
    '',
  ].join('\n');
}
