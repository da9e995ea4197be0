/**
 * `npm run eval`: how well the scoring engine does on labelled data it has
 * never seen (toxicity, hate speech, tone), with a PASS/FAIL per target.
 * Tables on stdout (or `--json`), figures recorded in docs/quality.md,
 * misclassified examples on stderr with `--errors N`. Run `--help` for options.
 *
 * Exit codes: 0 when the evaluation ran (whatever the figures), 2 for a bad
 * option or missing/malformed data.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { USAGE, parseEvalArgs } from './eval/args.js';
import { DataError, loadDatasets } from './eval/datasets.js';
import { measure, scoreDatasets } from './eval/measure.js';
import { mistakesReport } from './eval/mistakes.js';
import { writeQualityReport } from './eval/record.js';
import { reportSections } from './eval/report.js';
import { sectionsToText } from './eval/tables.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The datasets live beside the repository, not in it, so they cannot leak into the code. */
const DEFAULT_DATA = resolve(ROOT, '../shared/datasets');
const QUALITY_REPORT = resolve(ROOT, 'docs/quality.md');

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

/** The data folder as written in the report: relative to the repository, so the file does not depend on the machine. */
function displayPath(dir: string): string {
  const rel = relative(ROOT, dir);
  return (rel === '' ? '.' : rel).split(sep).join('/') + '/';
}

function main(argv: string[]): void {
  const parsed = parseEvalArgs(argv);
  if (!parsed.ok) fail(`${parsed.message}\nrun "npm run eval -- --help" for the options`);
  const args = parsed.args;
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }

  const dataDir = args.dataDir === undefined ? DEFAULT_DATA : resolve(args.dataDir);
  let data;
  try {
    data = loadDatasets(dataDir);
  } catch (e) {
    if (e instanceof DataError) fail(e.message);
    throw e;
  }

  const started = Date.now();
  const scored = scoreDatasets(data);
  const results = measure(scored);
  const run = { date: new Date().toISOString(), node: process.version, dataDir: displayPath(dataDir) };

  if (args.json) {
    process.stdout.write(JSON.stringify({ ...run, command: 'npm run eval', seconds: (Date.now() - started) / 1000, ...results }) + '\n');
  } else {
    const header = `Vigie scoring quality — ${run.date} — node ${run.node} — data ${dataDir}`;
    process.stdout.write(`${header}\n\n${sectionsToText(reportSections(results))}\n`);
  }
  if (args.errors > 0) process.stderr.write(mistakesReport(scored, args.errors));
  if (args.record) {
    writeQualityReport(QUALITY_REPORT, results, run);
    // On stderr with --json, so stdout stays one JSON object.
    (args.json ? process.stderr : process.stdout).write(`\nRecorded in ${relative(process.cwd(), QUALITY_REPORT) || QUALITY_REPORT}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
