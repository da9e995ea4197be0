/**
 * Part 2: `npm run import` on an NDJSON file of generated comments, run as a
 * child process and timed from spawn to exit — what a user waits for,
 * Node and tsx start-up included. The start-up alone (`--help` loads every
 * module the import does) is timed too, so the two can be told apart.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { generateComments } from '../../demo/generate.js';
import type { BenchDatabase, BenchStore } from './benchDatabase.js';
import { runScript } from './children.js';

export interface ImportOptions {
  comments: number;
  seed: number;
  /** Where the NDJSON file is written. */
  tmpDir: string;
  /** A fresh database to import into. */
  database: BenchDatabase;
  cpuProfDir?: string;
}

/** The CLI's `--json` report (server/cli/importOutput.ts). */
export interface ImportSummary {
  articles: { new: number; existing: number };
  comments: { new: number; duplicate: number };
  commenters: number;
  errors: { file: string; line: number; message: string }[];
}

export interface ImportResult {
  store: BenchStore;
  comments: number;
  fileMiB: number;
  seconds: number;
  commentsPerSecond: number;
  startupSeconds: number;
  /** Comments per second once the CLI has started: (seconds − startupSeconds). */
  commentsPerSecondAfterStartup: number;
  summary: ImportSummary;
}

const SCRIPT = 'server/cli/import.ts';

async function writeNdjson(file: string, count: number, seed: number): Promise<number> {
  const to = new Date();
  const from = new Date(to.getTime() - 7 * 86_400_000);
  const out = createWriteStream(file);
  let bytes = 0;
  for (const comment of generateComments({ seed, count, from, to, idPrefix: `bench-import-${seed}` })) {
    const line = JSON.stringify(comment) + '\n';
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

export async function benchImportCli(options: ImportOptions): Promise<ImportResult> {
  const file = join(options.tmpDir, 'comments.ndjson');
  const bytes = await writeNdjson(file, options.comments, options.seed);

  const startup = await runScript(SCRIPT, ['--help']);
  if (startup.code !== 0) throw new Error(`import --help exited with ${startup.code}: ${startup.stderr}`);

  const run = await runScript(SCRIPT, ['--db', options.database.dbArg, '--json', file], options.cpuProfDir);
  if (run.code !== 0) throw new Error(`import exited with ${run.code}: ${run.stderr}`);
  const summary = JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as ImportSummary;
  if (summary.comments.new !== options.comments) {
    throw new Error(`import stored ${summary.comments.new} new comments of ${options.comments}: ${JSON.stringify(summary.errors.slice(0, 3))}`);
  }
  const seconds = run.wallMs / 1000;
  const startupSeconds = startup.wallMs / 1000;
  return {
    store: options.database.store,
    comments: options.comments,
    fileMiB: bytes / 2 ** 20,
    seconds,
    commentsPerSecond: options.comments / seconds,
    startupSeconds,
    commentsPerSecondAfterStartup: options.comments / Math.max(seconds - startupSeconds, 1e-3),
    summary,
  };
}
