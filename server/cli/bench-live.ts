/**
 * `npm run bench:live [-- --seconds 30 --rate 1000 --clients 10] [--json] [--no-record]`
 *
 * The live dashboard under a busy site: a spawned server, dashboards signed
 * in and following the queue over socket.io, and comments posted at a
 * steady rate. Prints delivered events/s and comments/s per client, the
 * ingest→client latency (target p99 < 100 ms) and the server's memory,
 * and records them in docs/live-performance.md unless told not to.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { benchRun, publishBench } from './bench/record.js';
import { killChildren } from './bench/children.js';
import { benchLiveDelivery } from './bench/liveDelivery.js';
import { formatLiveMarkdown, formatLiveText, liveTargets, type LiveBenchReport } from './bench/liveReport.js';
import { BENCH_BOOLEANS, BENCH_FLAGS, parseFlags } from './flags.js';

const USAGE = `usage: npm run bench:live -- [options]

  --seconds N     measured seconds, after 3 s of warm-up (default 30)
  --rate N        comments posted per second, in 10 batches a second (default 1000)
  --clients N     dashboards connected to the queue room (default 10)
  --seed S        seed of the generated comments (default 1)
  --json          print the result as one JSON object
  --no-record     do not write docs/live-performance.md
  -h, --help      show this help
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
    seconds: whole(30, 1, 3_600),
    rate: whole(1_000, 10, 20_000),
    clients: whole(10, 1, 500),
    seed: whole(1, 0, 2 ** 31 - 1),
    ...BENCH_FLAGS,
  })
  .strict();

function parse(): z.infer<typeof argsSchema> {
  return parseFlags(argsSchema, { command: 'bench:live', usage: USAGE, booleans: BENCH_BOOLEANS });
}

async function main(): Promise<void> {
  const args = parse();
  if (args.help) return void process.stdout.write(USAGE);
  const tmpDir = mkdtempSync(join(os.tmpdir(), 'vigie-bench-live-'));
  const cleanUp = () => {
    killChildren();
    rmSync(tmpDir, { recursive: true, force: true });
  };
  const interrupted = (signal: NodeJS.Signals) => {
    cleanUp();
    process.stderr.write(`bench:live: interrupted (${signal}); temporary files removed\n`);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  let live;
  try {
    live = await benchLiveDelivery({
      seconds: args.seconds,
      rate: args.rate,
      clients: args.clients,
      seed: args.seed,
      tmpDir,
      progress: (line) => process.stderr.write(`${line}\n`),
    });
  } finally {
    cleanUp();
  }
  const report: LiveBenchReport = {
    ...benchRun('bench:live'),
    live,
    targets: liveTargets(live),
  };

  publishBench(report, { file: 'live-performance.md', record: !args['no-record'], json: args.json, markdown: formatLiveMarkdown, text: formatLiveText });
  // Exit status says whether the targets were met, for CI.
  if (report.targets.some((t) => !t.pass)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:live: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
