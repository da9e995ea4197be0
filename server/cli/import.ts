/**
 * `npm run import -- [--db PATH] [--json] [--source NAME] FILES_OR_DIRS...`
 *
 * Imports comments from scraped pages (.txt), JSON, NDJSON and CSV files.
 * Exit 0 when the run completed, even if some records were skipped (they are
 * listed); 2 on bad arguments or a path that cannot be read; 1 if the store
 * failed part-way (what was stored before is reported).
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { ImportAbortedError, importFiles, type ImportReport } from '../import/importFiles.js';
import { expandPaths, ImportPathError } from '../import/paths.js';
import { describeStore, openStore, storeOfDbFlag, type Store, type StoreConfig } from '../store/index.js';
import { createScorePool } from '../services/scorePool.js';
import { jsonReport, progressBar, summary } from './importOutput.js';

const USAGE = `usage: npm run import -- [--db PATH] [--json] [--source NAME] FILES_OR_DIRS...

Imports reader comments into the Vigie database. Formats, by extension:
  .txt            scraped article pages (as in ../shared/seeds)
  .json           an array of comments, or {"comments": [...]}
  .ndjson .jsonl  one comment object per line
  .csv            columns external_id, article_id, article_title, article_url,
                  article_section, article_published_at, author, text, posted_at
Folders are read recursively (files with those extensions only).

  --db PATH       SQLite database file, or a postgres:// URL (default: $DATABASE_URL,
                  else $VIGIE_DB, else ./data/vigie.db)
  --source NAME   source recorded for the articles and comments (default: import)
  --json          print one JSON report on stdout
  -h, --help      show this help
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        source: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message.split('. ')[0]}\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (values.help) return void process.stdout.write(USAGE);
  if (positionals.length === 0) fail(`no files or folders to import\n${USAGE}`);
  const source = (values.source ?? 'import').trim();
  if (!source || source.length > 100) fail('--source needs a name of 1 to 100 characters');
  if (values.db !== undefined && !values.db.trim()) fail('--db needs a file path');

  let db: StoreConfig;
  try {
    db = values.db !== undefined ? storeOfDbFlag(values.db) : loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }

  let files: string[];
  let ignored: string[];
  try {
    ({ files, ignored } = await expandPaths(positionals));
  } catch (e) {
    if (e instanceof ImportPathError) fail(e.message);
    throw e;
  }
  if (ignored.length) process.stderr.write(`import: ignoring ${ignored.length} file(s) of other types, e.g. ${ignored[0]}\n`);
  if (files.length === 0) process.stderr.write('import: no .txt, .json, .ndjson, .jsonl or .csv files found\n');

  let store: Store;
  try {
    store = await openStore(db);
  } catch (e) {
    fail(`cannot open the database "${describeStore(db)}": ${(e as Error).message}`);
  }

  const bar = progressBar(process.stderr);
  const pool = createScorePool();
  let report: ImportReport;
  let code = 0;
  try {
    // Counting records for the bar costs a pass over the files: only when there is a terminal to show it on.
    report = await importFiles({ store, scorer: pool.score }, { files, source, onProgress: process.stderr.isTTY ? bar.update : undefined });
  } catch (e) {
    if (!(e instanceof ImportAbortedError)) throw e;
    report = e.report;
    report.errors.push({ file: e.file, line: e.line, message: e.message });
    code = 1;
  } finally {
    bar.clear();
    await pool.close();
    await store.close();
  }
  process.stderr.write(summary(report));
  if (values.json) process.stdout.write(JSON.stringify(jsonReport(report)) + '\n');
  process.exitCode = code;
}

main().catch((e: unknown) => {
  process.stderr.write(`import: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
