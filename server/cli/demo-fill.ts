/**
 * `npm run demo -- [--db PATH] [--count N] [--seed S] [--days D]`: fills a
 * database with generated comments, through the same ingestion path as the
 * API, for trying Vigie at scale. Comments are spread over the past days.
 * External ids come from the seed, so the same seed again adds nothing.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { generateComments } from '../demo/generate.js';
import { ingestComments } from '../services/ingest.js';
import { describeStore, openStore, storeOfDbFlag, type StoreConfig } from '../store/index.js';
import { ConfigError, loadConfig } from '../config.js';
import type { CommentInput } from '../../shared/schemas.js';

const USAGE = `usage: npm run demo -- [options]

Fills a Vigie database with generated reader comments (a cast of recurring
commenters on a handful of invented articles), scored and stored through the
ingestion path.

  --db PATH      SQLite database file, or a postgres:// URL (default: $DATABASE_URL,
                 else $VIGIE_DB, else ./data/vigie.db)
  --count N      how many comments (default 1000)
  --seed S       a whole number; the same seed gives the same comments and
                 adds nothing a second time (default: random, printed)
  --days D       spread the comments over the past D days (default 7)
  -h, --help     show this help
`;

const BATCH = 1_000;
const MAX_COUNT = 10_000_000;

const wholeNumber = (example: string) => z.string().regex(/^\d+$/, `must be a whole number, e.g. ${example}`).transform(Number);

const argsSchema = z
  .object({
    db: z.string().trim().min(1, 'needs a file path').optional(),
    count: wholeNumber('--count 5000')
      .pipe(z.number().min(1, 'must be at least 1').max(MAX_COUNT, `must be at most ${MAX_COUNT.toLocaleString('en')}`))
      .default('1000'),
    seed: wholeNumber('--seed 42')
      .pipe(z.number().max(2 ** 32 - 1, 'must be below 4294967296'))
      .optional(),
    days: wholeNumber('--days 30').pipe(z.number().min(1, 'must be at least 1').max(3_650, 'must be at most 3650')).default('7'),
    help: z.boolean().default(false),
  })
  .strict();

type DemoArgs = z.infer<typeof argsSchema>;

function parseDemoArgs(argv: string[]): { ok: true; args: DemoArgs } | { ok: false; message: string } {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        db: { type: 'string' },
        count: { type: 'string' },
        seed: { type: 'string' },
        days: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    const err = e as Error & { code?: string };
    // Node's advice after an unknown option is about positionals, which demo does not take.
    const message = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? (err.message.split('. ')[0] ?? err.message) : err.message;
    return { ok: false, message: message.replace(/\s*\n\s*/g, ' ') };
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = String(issue?.path[0] ?? '');
    const given = values[flag];
    return { ok: false, message: `--${flag} ${issue?.message ?? 'is invalid'}${typeof given === 'string' ? ` (got "${given}")` : ''}` };
  }
  return { ok: true, args: parsed.data };
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

const fmt = (n: number) => n.toLocaleString('en');

/** One line rewritten in place on a terminal; a line per tenth otherwise (CI logs). */
function progressReporter(total: number): { update(done: number): void; end(): void } {
  const tty = process.stderr.isTTY;
  let lastDraw = 0;
  let lastTenth = 0;
  const line = (done: number) => `demo: ${fmt(done)} / ${fmt(total)} comments (${Math.floor((done / total) * 100)} %)`;
  return {
    update(done) {
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        process.stderr.write(`\r${line(done)}`);
      } else {
        const tenth = Math.floor((done / total) * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          process.stderr.write(`${line(done)}\n`);
        }
      }
    },
    end() {
      if (tty) process.stderr.write('\n');
    },
  };
}

async function main(): Promise<number> {
  const parsed = parseDemoArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`demo: ${parsed.message}\n${USAGE.split('\n')[0]}\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let db: StoreConfig;
  if (args.db !== undefined) db = storeOfDbFlag(args.db);
  else {
    try {
      db = loadConfig();
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      process.stderr.write(`demo: ${e.message}\n`);
      return 2;
    }
  }
  const seed = args.seed ?? Math.floor(Math.random() * 2 ** 32);
  const to = new Date();
  const from = new Date(to.getTime() - args.days * 86_400_000);

  const store = await openStore(db);
  const started = performance.now();
  const totals = { new: 0, duplicate: 0, flagged: 0, articles: 0, commenters: 0 };
  const progress = progressReporter(args.count);
  try {
    let done = 0;
    const comments: Iterable<CommentInput> = generateComments({ seed, count: args.count, from, to });
    for (const batch of batches(comments, BATCH)) {
      for (const r of await ingestComments({ store }, 'demo', batch)) {
        if (r.duplicate) totals.duplicate++;
        else totals.new++;
        if (r.score.flagged) totals.flagged++;
        if (r.newArticle) totals.articles++;
        if (r.newCommenter) totals.commenters++;
      }
      done += batch.length;
      progress.update(done);
    }
    progress.end();
    const seconds = (performance.now() - started) / 1000;
    const counts = await store.counts();
    const share = ((totals.flagged / args.count) * 100).toFixed(1);
    process.stdout.write(
      `Filled ${describeStore(db)} with ${fmt(args.count)} generated comments (seed ${seed}) in ${seconds.toFixed(1)} s, ${fmt(Math.round(args.count / seconds))} comments/s.\n` +
        `  comments: ${fmt(totals.new)} new, ${fmt(totals.duplicate)} duplicate · ${fmt(totals.flagged)} flagged (${share} %)\n` +
        `  articles: ${fmt(totals.articles)} new · commenters: ${fmt(totals.commenters)} new\n` +
        `  the database now holds ${fmt(counts.articles)} articles, ${fmt(counts.comments)} comments, ${fmt(counts.commenters)} commenters.\n` +
        (totals.duplicate ? `  (seed ${seed} had been used on this database: another --seed adds new comments)\n` : ''),
    );
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`\ndemo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
