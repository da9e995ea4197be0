/** What `npm run bench:live` prints, and records in docs/live-performance.md. */
import type { Target } from './ingestReport.js';
import { BATCH_EVERY_MS, type LiveResult } from './liveDelivery.js';

/** The target: a dashboard sees a comment within 100 ms of its POST, at 1,000 comments/s. */
export const LATENCY_P99_TARGET_MS = 100;
/** The stream is open-loop: the server must keep up with it, not slow it down. */
const RATE_KEPT = 0.99;

export interface LiveBenchReport {
  date: string;
  command: string;
  node: string;
  cpu: string;
  cores: number;
  live: LiveResult;
  targets: Target[];
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

export function liveTargets(r: LiveResult): Target[] {
  return [
    { name: `ingest→client latency p99 < ${LATENCY_P99_TARGET_MS} ms`, measured: `${ms(r.latency.p99Ms)} ms`, pass: r.latency.p99Ms < LATENCY_P99_TARGET_MS },
    { name: 'every comment reached every client once', measured: `${int(r.missing)} missing, ${int(r.duplicates)} duplicates`, pass: r.missing === 0 && r.duplicates === 0 },
    {
      name: `ingest kept ${int(r.rate)} comments/s`,
      measured: `${int(r.ingestPerSecond)}/s`,
      pass: r.ingestPerSecond >= r.rate * RATE_KEPT,
    },
  ];
}

function rows(r: LiveResult): string[][] {
  return [
    ['events/s per client (mean, lowest)', `${r.eventsPerSecond.mean.toFixed(1)}, ${r.eventsPerSecond.min.toFixed(1)}`],
    ['comments/s per client (mean, lowest)', `${int(r.commentsPerSecond.mean)}, ${int(r.commentsPerSecond.min)}`],
    ['comments per comment:new event', r.commentsPerEvent.toFixed(1)],
    ['ingest→client latency p50 / p99 / max', `${ms(r.latency.p50Ms)} / ${ms(r.latency.p99Ms)} / ${ms(r.latency.maxMs)} ms`],
    ['POST /api/comments p50 / p99', `${ms(r.post.p50Ms)} / ${ms(r.post.p99Ms)} ms`],
    ['ingested', `${int(r.acknowledged)} comments, ${int(r.ingestPerSecond)}/s`],
    ['server RSS start / peak / end', `${int(r.serverRssMiB.start)} / ${int(r.serverRssMiB.peak)} / ${int(r.serverRssMiB.end)} MiB`],
    ['CPU used: server / benchmark with its clients', `${r.cpuCores.server.toFixed(2)} / ${r.cpuCores.bench.toFixed(2)} cores`],
    ["benchmark's event-loop delay p99", `${ms(r.benchLoopDelayP99Ms)} ms`],
    ['load average (1 min) at the start', r.loadAverage.toFixed(2)],
  ];
}

const setup = (r: LiveResult) =>
  `${r.clients} socket.io clients signed in through POST /api/auth/login and joined to the queue room (websocket transport), in the benchmark's process; ` +
  `the real server (\`node --import tsx server/main.ts\`, fresh SQLite file, scoring on) spawned beside it. ` +
  `Generated comments (server/demo/generate.ts) posted in batches of ${int(r.batch)} every ${BATCH_EVERY_MS} ms, open loop, ` +
  `for ${r.warmupSeconds} s of warm-up then ${r.seconds} s measured. Latency: from the moment a batch's POST is sent ` +
  '(stamped in each comment as posted_at) to the comment\'s arrival in a client, over every comment and client.';

export function formatLiveText(report: LiveBenchReport): string {
  const r = report.live;
  const width = Math.max(...rows(r).map(([k]) => k!.length));
  return [
    `Live delivery: ${r.clients} dashboards, ${int(r.rate)} comments/s for ${r.seconds} s`,
    '',
    ...rows(r).map(([k, v]) => `  ${k!.padEnd(width)}  ${v}`),
    '',
    ...report.targets.map((t) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`),
  ].join('\n');
}

export function formatLiveMarkdown(report: LiveBenchReport): string {
  const r = report.live;
  return [
    '# Live delivery performance',
    '',
    `- Date: ${report.date}`,
    `- Command: \`${report.command}\``,
    `- Node: ${report.node}`,
    `- CPU: ${report.cpu} (${report.cores} cores)`,
    '',
    setup(r),
    '',
    '|  |  |',
    '| --- | ---: |',
    ...rows(r).map(([k, v]) => `| ${k} | ${v} |`),
    '',
    '## Targets',
    '',
    '| target | measured | |',
    '| --- | ---: | --- |',
    ...report.targets.map((t) => `| ${t.name} | ${t.measured} | ${t.pass ? 'PASS' : 'FAIL'} |`),
    '',
  ].join('\n');
}
