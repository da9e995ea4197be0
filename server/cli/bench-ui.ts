/**
 * `npm run bench:ui [-- --runs 10 --comments 2000 --scroll-items 10000] [--no-scroll] [--json] [--no-record]`
 *
 * The queue page's initial load, from a fresh build served by the real
 * server: the JavaScript the browser downloads for it (target ≤ 300 kB
 * gzip) and the time to the first render of a page of 50 comments (target
 * median < 1 s), against a static page of the same comments loaded in the
 * same run. Then the queue with 10,000 comments loaded, scrolled: frame
 * times (target p95 < 50 ms) and cards in the DOM (target < 60), against a
 * static page of the same 10,000 comments. Records the figures in
 * docs/ui-performance.md unless told not to.
 * Exits 0 whether the targets are met or not (the figures are the output), 1
 * when the measurement itself fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { benchRun, publishBench } from './bench/record.js';
import { formatUiMarkdown, formatUiText, uiTargets, type UiBenchReport } from './bench/uiReport.js';
import { benchUi } from './bench/uiRun.js';
import { BENCH_BOOLEANS, BENCH_FLAGS, parseFlags } from './flags.js';

const USAGE = `usage: npm run bench:ui -- [options]

  --runs N        timed loads of the queue page, and of the baseline page (default 10)
  --comments N    generated comments in the database, about 15% flagged (default 2000;
                  raised to --scroll-items when fewer)
  --seed S        seed of the generated comments (default 1)
  --scroll-items N
                  comments to load in the queue (every status) before scrolling it (default 10000)
  --scroll-runs N passes of each kind (whole-list sweep, reading pace) on the queue and on the
                  static page of the same comments, turn about (default 3)
  --no-scroll     skip the scroll scenario
  --json          print the result as one JSON object
  --no-record     do not write docs/ui-performance.md
  -h, --help      show this help

Chromium: /usr/bin/chromium, or CHROMIUM_PATH.
`;

const whole = (fallback: number, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .default(String(fallback));

const argsSchema = z
  .object({
    runs: whole(10, 1, 500),
    // 400 generated comments hold about 60 flagged ones: a first page of 50, barely.
    comments: whole(2_000, 400, 1_000_000),
    seed: whole(1, 0, 2 ** 31 - 1),
    // More than a page or two, and no more than Chromium lays out in one static page without minutes of waiting.
    'scroll-items': whole(10_000, 200, 100_000),
    'scroll-runs': whole(3, 1, 50),
    'no-scroll': z.boolean().default(false),
    ...BENCH_FLAGS,
  })
  .strict();

async function main(): Promise<void> {
  const args = parseFlags(argsSchema, { command: 'bench:ui', usage: USAGE, booleans: [...BENCH_BOOLEANS, 'no-scroll'] });
  if (args.help) return void process.stdout.write(USAGE);
  const tmpDir = mkdtempSync(join(os.tmpdir(), 'vigie-bench-ui-'));
  const cleanUp = () => rmSync(tmpDir, { recursive: true, force: true });
  const interrupted = (signal: NodeJS.Signals) => {
    // playwright ends the browser it launched when this process exits.
    cleanUp();
    process.stderr.write(`bench:ui: interrupted (${signal}); temporary files removed\n`);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  const loadAverage = os.loadavg()[0]!;
  let ui;
  try {
    const scrollItems = args['no-scroll'] ? null : args['scroll-items'];
    ui = await benchUi({
      runs: args.runs,
      comments: Math.max(args.comments, scrollItems ?? 0),
      seed: args.seed,
      scrollItems,
      scrollRuns: args['scroll-runs'],
      tmpDir,
      progress: (line) => process.stderr.write(`${line}\n`),
    });
  } finally {
    cleanUp();
  }
  const report: UiBenchReport = {
    ...benchRun('bench:ui'),
    loadAverage,
    ui,
    targets: uiTargets(ui),
  };

  publishBench(report, { file: 'ui-performance.md', record: !args['no-record'], json: args.json, markdown: formatUiMarkdown, text: formatUiText });
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:ui: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
