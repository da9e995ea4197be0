/**
 * `npm run bench:ingest [-- --store sqlite,postgres] [--only http,import,stats] [sizes] [--json] [--no-record]`
 * (`npm run --silent bench:ingest -- --json` for JSON alone on stdout)
 *
 * How fast comments get into Vigie, measured on the real programs in one
 * run: batches through the HTTP API of a spawned server, a file through the
 * import CLI, and how long a dashboard waits for an article's or a
 * commenter's stats at a million comments — next to the GROUP BY over the
 * comments table the aggregates spare it — for the SQLite store, the
 * PostgreSQL one, or both side by side. Writes docs/ingest-performance.md
 * unless told not to, so the figures quoted in reviews come from a run
 * anyone can repeat.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import pg from 'pg';
import { BENCH_STORES, BenchDatabases } from './bench/benchDatabase.js';
import { benchRun, publishBench } from './bench/record.js';
import { killChildren } from './bench/children.js';
import { benchHttpIngest } from './bench/httpIngest.js';
import { benchImportCli } from './bench/importCli.js';
import { formatMarkdown, formatText, targetsOf, type IngestBenchResult, type StoreRun } from './bench/ingestReport.js';
import { benchStatsAtScale } from './bench/statsAtScale.js';
import { BENCH_BOOLEANS, BENCH_FLAGS, parseFlags } from './flags.js';

const PARTS = ['http', 'import', 'stats'] as const;

const USAGE = `usage: npm run bench:ingest -- [options]

  --store STORES           sqlite, postgres, or sqlite,postgres for both side by side
                           (default: sqlite, or both when DATABASE_URL is set)
  --database-url URL       the PostgreSQL database the postgres runs use, each part in a
                           fresh schema dropped afterwards (default: $DATABASE_URL)
  --only PARTS             some of http,import,stats, comma-separated (default: all three)
  --http-comments N        comments posted through the API, in batches of 1,000 (default 50000)
  --http-clients N         concurrent HTTP clients (default 2)
  --import-comments N      comments in the NDJSON file given to the import CLI (default 100000)
  --stats-comments N       comments stored before timing the stats (default 1000000)
  --stats-articles N       articles they are spread over (default 500)
  --stats-commenters N     commenters they are spread over (default 5000)
  --stats-texts N          distinct texts, each scored once and reused (default 200)
  --stats-calls N          timed calls per stats figure (default 200)
  --seed S                 seed of the generated comments and of the random ids (default 1)
  --cpu-prof-dir DIR       write a CPU profile of the server and of the import CLI in DIR
  --json                   print the result as one JSON object
  --no-record              do not write docs/ingest-performance.md
  -h, --help               show this help
`;

const count = (fallback: number, max: number, min = 1) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .default(String(fallback));

const databaseUrl = process.env.DATABASE_URL || undefined;

const argsSchema = z
  .object({
    store: z
      .string()
      .transform((s) => [...new Set(s.split(',').map((p) => p.trim()))])
      .pipe(z.array(z.enum(BENCH_STORES, { errorMap: () => ({ message: `must name stores among ${BENCH_STORES.join(', ')}` }) })).min(1))
      .default(databaseUrl ? 'sqlite,postgres' : 'sqlite'),
    'database-url': z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional()
      .transform((v) => v ?? databaseUrl),
    only: z
      .string()
      .transform((s) => s.split(',').map((p) => p.trim()))
      .pipe(z.array(z.enum(PARTS, { errorMap: () => ({ message: `must name parts among ${PARTS.join(', ')}` }) })).min(1))
      .default(PARTS.join(',')),
    'http-comments': count(50_000, 1_000_000, 1_000),
    'http-clients': count(2, 32),
    'import-comments': count(100_000, 2_000_000),
    'stats-comments': count(1_000_000, 10_000_000),
    'stats-articles': count(500, 1_000_000),
    'stats-commenters': count(5_000, 1_000_000),
    'stats-texts': count(200, 100_000),
    'stats-calls': count(200, 100_000),
    seed: count(1, 2 ** 31 - 1, 0),
    'cpu-prof-dir': z.string().trim().min(1, 'needs a folder').optional(),
    ...BENCH_FLAGS,
  })
  .strict();

function parse(): z.infer<typeof argsSchema> {
  const args = parseFlags(argsSchema, { command: 'bench:ingest', usage: USAGE, booleans: BENCH_BOOLEANS });
  if (args.store.includes('postgres') && !args['database-url']) {
    process.stderr.write(`bench:ingest: --store postgres needs --database-url (or DATABASE_URL)\n${USAGE.split('\n')[0]}\n`);
    process.exit(2);
  }
  return args;
}

/** The server's version, for the record ("15.20 (Debian 15.20-0+deb12u1)"). */
async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const args = parse();
  if (args.help) return void process.stdout.write(USAGE);
  const only = new Set(args.only);
  const cpuProfDir = args['cpu-prof-dir'] && resolve(args['cpu-prof-dir']);
  const progress = (line: string) => process.stderr.write(`${line}\n`);

  const tmpDir = mkdtempSync(join(os.tmpdir(), 'vigie-bench-ingest-'));
  const databases = new BenchDatabases(tmpDir, args['database-url']);
  const cleanUp = async () => {
    killChildren();
    rmSync(tmpDir, { recursive: true, force: true });
    await databases.dropAll();
  };
  const interrupted = (signal: NodeJS.Signals) => {
    void cleanUp()
      .catch(() => {})
      .finally(() => {
        process.stderr.write(`bench:ingest: interrupted (${signal}); temporary files and schemas removed\n`);
        process.exit(130);
      });
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  const result: IngestBenchResult = {
    ...benchRun('bench:ingest'),
    seed: args.seed,
    ...(args.store.includes('postgres') ? { postgres: await postgresVersion(args['database-url']!) } : {}),
    runs: [],
    targets: [],
  };
  try {
    for (const store of args.store) {
      const run: StoreRun = { store };
      result.runs.push(run);
      const log = (line: string) => progress(`[${store}] ${line}`);
      if (only.has('http')) {
        log(`http: posting ${args['http-comments'].toLocaleString('en-US')} comments to a spawned server…`);
        const database = await databases.fresh(store, 'http');
        run.http = await benchHttpIngest({ comments: args['http-comments'], clients: args['http-clients'], seed: args.seed, database, cpuProfDir });
      }
      if (only.has('import')) {
        log(`import: writing and importing ${args['import-comments'].toLocaleString('en-US')} comments…`);
        const database = await databases.fresh(store, 'import');
        run.import = await benchImportCli({ comments: args['import-comments'], seed: args.seed, tmpDir, database, cpuProfDir });
      }
      if (only.has('stats')) {
        run.stats = await benchStatsAtScale({
          comments: args['stats-comments'],
          articles: args['stats-articles'],
          commenters: args['stats-commenters'],
          texts: args['stats-texts'],
          calls: args['stats-calls'],
          seed: args.seed,
          database: await databases.fresh(store, 'stats'),
          progress: log,
        });
      }
    }
  } finally {
    await cleanUp();
  }
  result.targets = targetsOf(result.runs);

  publishBench(result, { file: 'ingest-performance.md', record: !args['no-record'], json: args.json, markdown: formatMarkdown, text: formatText });
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:ingest: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
