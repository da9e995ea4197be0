/** What `npm run bench:ingest` prints, and records in docs/ingest-performance.md: the same tables, as text and as Markdown. */
import { STORE_NAMES, type BenchStore } from './benchDatabase.js';
import type { HttpResult } from './httpIngest.js';
import type { ImportResult } from './importCli.js';
import type { Percentiles } from './measure.js';
import type { StatsResult } from './statsAtScale.js';

export const TARGETS = { httpCommentsPerSecond: 5_000, importCommentsPerSecond: 10_000, statsMs: 20 } as const;

export interface Target {
  name: string;
  measured: string;
  pass: boolean;
}

/** One store's parts of a run. */
export interface StoreRun {
  store: BenchStore;
  http?: HttpResult;
  import?: ImportResult;
  stats?: StatsResult;
}

export interface IngestBenchResult {
  date: string;
  command: string;
  node: string;
  cpu: string;
  cores: number;
  seed: number;
  /** The PostgreSQL server's version, when a PostgreSQL store was measured. */
  postgres?: string;
  runs: StoreRun[];
  targets: Target[];
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(3) : n.toFixed(1));
const s = (n: number) => n.toFixed(1);
const times = (n: number) => `${n < 10 ? n.toFixed(1) : int(n)}×`;

export function targetsOf(runs: readonly StoreRun[]): Target[] {
  const t: Target[] = [];
  for (const r of runs) {
    const on = ` (${STORE_NAMES[r.store]})`;
    if (r.http) {
      const c = r.http.commentsPerSecond;
      t.push({ name: `HTTP ingest ≥ ${int(TARGETS.httpCommentsPerSecond)} comments/s${on}`, measured: `${int(c)}/s`, pass: c >= TARGETS.httpCommentsPerSecond });
    }
    if (r.import) {
      const c = r.import.commentsPerSecond;
      t.push({ name: `import ≥ ${int(TARGETS.importCommentsPerSecond)} comments/s${on}`, measured: `${int(c)}/s`, pass: c >= TARGETS.importCommentsPerSecond });
    }
    if (r.stats) {
      for (const [name, p] of [['articleStats', r.stats.aggregates.article], ['commenterStats', r.stats.aggregates.commenter]] as const) {
        t.push({ name: `${name} p99 < ${TARGETS.statsMs} ms${on}`, measured: `${ms(p.p99Ms)} ms`, pass: p.p99Ms < TARGETS.statsMs });
      }
      const a = r.stats.agreement;
      t.push({ name: `GROUP BY = aggregates${on}`, measured: `${a.differing} of ${a.checked} differ`, pass: a.differing === 0 });
    }
  }
  return t;
}

interface Section {
  title: string;
  /** Where the figures come from. */
  setup: string;
  header: string[];
  rows: string[][];
  notes: string[];
}

const DATABASES = 'a fresh SQLite file, or a fresh schema in the PostgreSQL database';
const named = (store: BenchStore, note: string) => `${STORE_NAMES[store]}: ${note}`;

function httpSection(runs: readonly HttpResult[]): Section {
  const h = runs[0]!;
  return {
    title: 'HTTP batch ingest',
    setup:
      `${int(h.comments)} generated comments (server/demo/generate.ts) posted to the real server (\`node --import tsx server/main.ts\`, on ${DATABASES}) ` +
      `as ${int(h.requests)} requests of ${int(h.batch)}, ${h.clients} concurrent clients, after ${int(h.warmupComments)} warm-up comments; scoring on.`,
    header: ['POST /api/comments', 'comments/s', 'seconds', 'p50 ms/request', 'p99 ms/request', 'max ms/request'],
    rows: runs.map((r) => [STORE_NAMES[r.store], int(r.commentsPerSecond), s(r.seconds), ms(r.request.p50Ms), ms(r.request.p99Ms), ms(r.request.maxMs)]),
    notes: runs.map((r) => named(r.store, `the server's /healthz counted ${int(r.storedComments)} comments at the end (warm-up included).`)),
  };
}

function importSection(runs: readonly ImportResult[]): Section {
  const i = runs[0]!;
  return {
    title: 'Import',
    setup:
      `${int(i.comments)} generated comments in one NDJSON file (${i.fileMiB.toFixed(1)} MiB), imported by ` +
      `\`node --import tsx server/cli/import.ts --db <${DATABASES}> --json <file>\` as a child process, timed from spawn to exit; ` +
      `start-up alone is \`--help\`'s run.`,
    header: ['import', 'comments/s end to end', 'seconds', 'comments/s after start-up', 'start-up seconds'],
    rows: runs.map((r) => [STORE_NAMES[r.store], int(r.commentsPerSecond), s(r.seconds), int(r.commentsPerSecondAfterStartup), s(r.startupSeconds)]),
    notes: runs.map((r) => {
      const sum = r.summary;
      return named(
        r.store,
        `the CLI's summary: articles ${int(sum.articles.new)} new, ${int(sum.articles.existing)} existing; comments ${int(sum.comments.new)} new, ` +
          `${int(sum.comments.duplicate)} duplicate; ${int(sum.commenters)} commenters; ${int(sum.errors.length)} errors.`,
      );
    }),
  };
}

function statsSection(runs: readonly StatsResult[]): Section {
  const st = runs[0]!;
  const figures = [
    ['articleStats (aggregates)', (r: StatsResult) => r.aggregates.article],
    ['article: GROUP BY over comments', (r: StatsResult) => r.groupBy.article],
    ['commenterStats (aggregates)', (r: StatsResult) => r.aggregates.commenter],
    ['commenter: GROUP BY over comments', (r: StatsResult) => r.groupBy.commenter],
  ] as const;
  return {
    title: `Stats at ${int(st.comments)} comments`,
    setup:
      `${DATABASES[0]!.toUpperCase()}${DATABASES.slice(1)}, filled through \`store.ingest\` in batches of 1,000: ${int(st.articles)} articles, ${int(st.commenters)} commenters, ` +
      `${int(st.distinctTexts)} distinct generated texts scored once and reused, comments spread over 90 days. ` +
      `Each figure over ${int(st.calls)} calls on random ids (after 10 untimed calls on others); the GROUP BY queries on a connection of their own ` +
      '(SQLite: read-only, with the store\'s page cache size).',
    header: ['', ...runs.flatMap((r) => ['p50', 'p99', 'max'].map((p) => `${STORE_NAMES[r.store]} ${p} ms`))],
    rows: figures.map(([name, of]) => [name, ...runs.flatMap((r) => [ms(of(r).p50Ms), ms(of(r).p99Ms), ms(of(r).maxMs)])]),
    notes: runs.flatMap((r) => {
      const f = r.fill;
      return [
        named(
          r.store,
          `fill: ${int(r.comments)} comments in ${s(f.seconds)} s, ${int(f.commentsPerSecond)} comments/s stored (store.ingest alone ${s(f.storeSeconds)} s); ` +
            `database ${int(f.dbMiB)} MiB${r.store === 'sqlite' ? ' with its WAL' : ' (tables and indexes)'}.`,
        ),
        named(
          r.store,
          `GROUP BY ÷ aggregates at the median: ${times(r.ratio.article)} for an article, ${times(r.ratio.commenter)} for a commenter; ` +
            `all articles at once (median of 3): every article_stats row in ${ms(r.aggregates.allArticlesMs)} ms, ` +
            `GROUP BY article_id over the comments table in ${ms(r.groupBy.allArticlesMs)} ms (${times(r.ratio.allArticles)}).`,
        ),
        named(r.store, `agreement: ${r.agreement.differing} of ${r.agreement.checked} sampled articles and commenters differ between the two (count, flagged, tone sum, histogram).`),
      ];
    }),
  };
}

function sections(r: IngestBenchResult): Section[] {
  const parts = <K extends 'http' | 'import' | 'stats'>(key: K) => r.runs.map((run) => run[key]).filter((x): x is NonNullable<StoreRun[K]> => !!x);
  const out: Section[] = [];
  if (parts('http').length) out.push(httpSection(parts('http')));
  if (parts('import').length) out.push(importSection(parts('import')));
  if (parts('stats').length) out.push(statsSection(parts('stats')));
  return out;
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

function textTable(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => '  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ').trimEnd());
}

export function formatText(r: IngestBenchResult): string {
  const out: string[] = [];
  for (const sec of sections(r)) {
    out.push(`${sec.title}: ${sec.setup}`, '', ...textTable([sec.header, ...sec.rows]), '', ...sec.notes.map((n) => `  ${n}`), '');
  }
  out.push('Targets', ...textTable(r.targets.map((t) => [t.name, t.measured, verdict(t.pass)])));
  return out.join('\n');
}

export function formatMarkdown(r: IngestBenchResult): string {
  const md = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const align = (n: number) => md(['---', ...Array.from({ length: n - 1 }, () => '---:')]);
  const out = [
    '# Ingestion performance',
    '',
    `- Date: ${r.date}`,
    `- Command: \`${r.command}\``,
    `- Node: ${r.node}`,
    `- CPU: ${r.cpu} (${r.cores} cores)`,
    `- Seed: ${r.seed}`,
    ...(r.postgres ? [`- PostgreSQL: ${r.postgres}, on the same machine, default settings`] : []),
    '',
  ];
  for (const sec of sections(r)) {
    out.push(`## ${sec.title}`, '', sec.setup, '', md(sec.header), align(sec.header.length), ...sec.rows.map(md), '', ...sec.notes.map((n) => `- ${n}`), '');
  }
  out.push('## Targets', '', md(['target', 'measured', 'result']), md(['---', '---:', '---']), ...r.targets.map((t) => md([t.name, t.measured, verdict(t.pass)])), '');
  return out.join('\n');
}
