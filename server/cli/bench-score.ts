/**
 * `npm run bench:score [-- --count N] [--seed S] [--json] [--no-record]`
 * (`npm run --silent bench:score -- --json` for JSON alone on stdout)
 *
 * How fast scoreComment is, one comment at a time on one core, against the
 * baseline it replaces: natural's French SentimentAnalyzer on the same corpus.
 * Writes the figures to docs/performance.md unless told not to, so the
 * numbers quoted in reviews come from a run anyone can repeat.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MAX_COMMENT_LENGTH } from '../../shared/limits.js';
import { scoreComment } from '../../shared/scoring/index.js';
import { loadNaturalFrenchAnalyzer } from '../../shared/scoring/nlp.js';
import { generateCorpus, MAX_WORDS, MIN_WORDS } from './benchCorpus.js';

const WARMUP_COUNT = 1_000;
// The warm-up must not be the timed corpus, or the first timed calls would hit warm caches the real traffic would not.
const warmupSeedOf = (seed: number) => (seed ^ 0x5bd1e995) >>> 0;
const TARGET_RATIO = 10;
const TARGET_P99_MS = 1;
const MAX_SEED = 2 ** 32 - 1; // mulberry32 keeps 32 bits: larger seeds would repeat smaller ones.

const argsSchema = z.object({
  count: z
    .string()
    .regex(/^\d+$/, 'must be a positive integer')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be a positive integer').max(1_000_000, 'must be at most 1000000'))
    .default('20000'),
  seed: z
    .string()
    .regex(/^\d+$/, `must be an integer from 0 to ${MAX_SEED}`)
    .transform(Number)
    .pipe(z.number().int().max(MAX_SEED, `must be an integer from 0 to ${MAX_SEED}`))
    .default('1'),
});

interface Timing {
  commentsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface BenchResult {
  date: string;
  command: string;
  node: string;
  cpu: string;
  count: number;
  seed: number;
  warmup: { count: number; seed: number };
  frenchShare: number;
  engine: Timing;
  natural: Timing;
  ratio: number;
  targets: { ratio: { min: number; pass: boolean }; engineP99Ms: { max: number; pass: boolean } };
  memory: { heapUsedMiB: number; rssMiB: number };
  /** Comments at the length limit built to make the rules work hardest: the slowest of three runs each, ms. */
  longest: { chars: number; cases: { name: string; ms: number }[]; target: { maxMs: number; pass: boolean } };
}

/**
 * Whole comments at MAX_COMMENT_LENGTH, each one construction repeated: one
 * sentence naming hundreds of groups, stacked comparisons and negations,
 * glued words, ordinary prose. A rule that looks at every finding for each
 * finding is quadratic; these make it show.
 */
const LONGEST: Record<string, string> = {
  'one sentence, a group in every word': 'Kurdes Arméniens Turcs Druzes Arabes ',
  'comparisons and negations': "personne n'est aussi idiot que ces gens et ce n'est pas si mal que ça et tu n'es qu'un idiot et ",
  'glued words': 'typiquedeconnard gorgesdearabes absolumentminable ',
  'ordinary prose': 'Les Syriens sont épuisés par la guerre, mais le gouvernement ne fait rien. ',
};
const TARGET_LONGEST_MS = 100;

function timeLongest(): BenchResult['longest'] {
  const cases = Object.entries(LONGEST).map(([name, unit]) => {
    const text = unit.repeat(Math.ceil(MAX_COMMENT_LENGTH / unit.length)).slice(0, MAX_COMMENT_LENGTH);
    let worst = 0;
    for (let run = 0; run < 3; run++) {
      const start = process.hrtime.bigint();
      sink = scoreComment(text);
      worst = Math.max(worst, Number(process.hrtime.bigint() - start) / 1e6);
    }
    return { name, ms: worst };
  });
  const maxMs = Math.max(...cases.map((c) => c.ms));
  return { chars: MAX_COMMENT_LENGTH, cases, target: { maxMs: TARGET_LONGEST_MS, pass: maxMs < TARGET_LONGEST_MS } };
}

function fail(message: string): never {
  process.stderr.write(`bench:score: ${message}\n`);
  process.exit(2);
}

// Keeps each call's result alive so the optimiser cannot drop the work.
let sink: unknown;

/** Nanoseconds per call, each call timed on its own so the percentiles mean something. */
function timeEach(texts: readonly string[], fn: (text: string) => unknown): Float64Array {
  const ns = new Float64Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    const start = process.hrtime.bigint();
    sink = fn(text);
    ns[i] = Number(process.hrtime.bigint() - start);
  }
  return ns;
}

function summarise(ns: Float64Array): Timing {
  const sorted = Float64Array.from(ns).sort();
  const total = sorted.reduce((a, b) => a + b, 0);
  const rank = (p: number) => (sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0) / 1e6;
  return {
    commentsPerSecond: Math.round(sorted.length / (total / 1e9)),
    p50Ms: rank(0.5),
    p99Ms: rank(0.99),
    maxMs: (sorted[sorted.length - 1] ?? 0) / 1e6,
  };
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => n.toFixed(3);
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

function rows(r: BenchResult): string[][] {
  const row = (name: string, t: Timing) => [name, int(t.commentsPerSecond), ms(t.p50Ms), ms(t.p99Ms), ms(t.maxMs)];
  return [row('engine (scoreComment)', r.engine), row('natural French analyzer', r.natural)];
}

function targetRows(r: BenchResult): string[][] {
  const slowest = Math.max(...r.longest.cases.map((c) => c.ms));
  return [
    [`engine / natural ≥ ${TARGET_RATIO}×`, `${r.ratio.toFixed(2)}×`, verdict(r.targets.ratio.pass)],
    [`engine p99 < ${TARGET_P99_MS} ms`, `${ms(r.engine.p99Ms)} ms`, verdict(r.targets.engineP99Ms.pass)],
    [`longest comment < ${r.longest.target.maxMs} ms`, `${slowest.toFixed(1)} ms`, verdict(r.longest.target.pass)],
  ];
}

const longestRows = (r: BenchResult) => r.longest.cases.map((c) => [c.name, `${c.ms.toFixed(1)} ms`]);
const longestLine = (r: BenchResult) =>
  `Longest comments: ${int(r.longest.chars)} characters (the limit), each built by repeating one construction; the slowest of three runs:`;

const corpusLine = (r: BenchResult) =>
  `${int(r.count)} generated comments (seed ${r.seed}, ${(r.frenchShare * 100).toFixed(1)} % French, ` +
  `${MIN_WORDS}–${MAX_WORDS} words), after ${int(r.warmup.count)} warm-up comments (seed ${r.warmup.seed}); one comment at a time on one core`;
const memoryLine = (r: BenchResult) => `heapUsed ${r.memory.heapUsedMiB.toFixed(1)} MiB, rss ${r.memory.rssMiB.toFixed(1)} MiB`;
const BASELINE =
  "natural's SentimentAnalyzer('French', PorterStemmerFr, 'pattern') with its French aggressive tokenizer, timed as getSentiment(tokenize(text)) per comment on the same corpus.";

function formatTable(r: BenchResult): string {
  const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `Corpus: ${corpusLine(r)}`,
    '',
    pad(['', 'comments/s', 'p50 ms', 'p99 ms', 'max ms'], [26, 11, 8, 8, 8]),
    ...rows(r).map((cells) => pad(cells, [26, 11, 8, 8, 8])),
    '',
    longestLine(r),
    ...longestRows(r).map((cells) => pad(cells, [40, 10])),
    '',
    ...targetRows(r).map((cells) => pad(cells, [30, 11, 6])),
    '',
    `Memory after run: ${memoryLine(r)}`,
  ].join('\n');
}

function formatMarkdown(r: BenchResult): string {
  const md = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    '# Scoring performance',
    '',
    `- Date: ${r.date}`,
    `- Command: \`${r.command}\``,
    `- Node: ${r.node}`,
    `- CPU: ${r.cpu}`,
    `- Corpus: ${corpusLine(r)}`,
    '',
    md(['', 'comments/s', 'p50 ms', 'p99 ms', 'max ms']),
    md(['---', '---:', '---:', '---:', '---:']),
    ...rows(r).map(md),
    '',
    longestLine(r),
    '',
    md(['comment', 'ms']),
    md(['---', '---:']),
    ...longestRows(r).map(md),
    '',
    md(['target', 'measured', 'result']),
    md(['---', '---:', '---']),
    ...targetRows(r).map(md),
    '',
    `Memory after the run: ${memoryLine(r)}.`,
    '',
    `Baseline: ${BASELINE}`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        count: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
        'no-record': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail((e as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write('usage: npm run bench:score -- [--count N] [--seed S] [--json] [--no-record]\n');
    return;
  }
  const args = argsSchema.safeParse({ count: values.count, seed: values.seed });
  if (!args.success) {
    const issue = args.error.issues[0]!;
    const flag = String(issue.path[0]);
    fail(`--${flag} ${issue.message}, not "${values[flag as 'count' | 'seed']}"`);
  }
  const { count, seed } = args.data;

  const corpus = generateCorpus(count, seed);
  const texts = corpus.map((c) => c.text);
  const warmupSeed = warmupSeedOf(seed);
  const warmup = generateCorpus(WARMUP_COUNT, warmupSeed).map((c) => c.text);
  const natural = await loadNaturalFrenchAnalyzer();
  const naturalScore = (text: string) => natural.analyzer.getSentiment(natural.tokenize(text));

  timeEach(warmup, (t) => scoreComment(t));
  const engine = summarise(timeEach(texts, (t) => scoreComment(t)));
  timeEach(warmup, naturalScore);
  const baseline = summarise(timeEach(texts, naturalScore));
  const longest = timeLongest();
  const memory = process.memoryUsage();

  const ratio = engine.commentsPerSecond / baseline.commentsPerSecond;
  const argv = process.argv.slice(2).join(' ');
  const result: BenchResult = {
    date: new Date().toISOString(),
    command: `npm run bench:score${argv ? ` -- ${argv}` : ''}`,
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    count,
    seed,
    warmup: { count: WARMUP_COUNT, seed: warmupSeed },
    frenchShare: corpus.filter((c) => c.lang === 'fr').length / count,
    engine,
    natural: baseline,
    ratio,
    targets: {
      ratio: { min: TARGET_RATIO, pass: ratio >= TARGET_RATIO },
      engineP99Ms: { max: TARGET_P99_MS, pass: engine.p99Ms < TARGET_P99_MS },
    },
    memory: { heapUsedMiB: memory.heapUsed / 2 ** 20, rssMiB: memory.rss / 2 ** 20 },
    longest,
  };

  if (!values['no-record']) {
    const docs = new URL('../../docs/', import.meta.url);
    mkdirSync(docs, { recursive: true });
    writeFileSync(new URL('performance.md', docs), formatMarkdown(result));
  }
  if (values.json) {
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    process.stdout.write(formatTable(result) + '\n');
    if (!values['no-record']) process.stdout.write('\nRecorded in docs/performance.md\n');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
