/** What `npm run bench:ingest` prints, and records in docs/ingest-performance.md: the same tables, as text and as Markdown. */
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

export interface IngestBenchResult {
  date: string;
  command: string;
  node: string;
  cpu: string;
  cores: number;
  seed: number;
  http?: HttpResult;
  import?: ImportResult;
  stats?: StatsResult;
  targets: Target[];
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(3) : n.toFixed(1));
const s = (n: number) => n.toFixed(1);
const times = (n: number) => `${n < 10 ? n.toFixed(1) : int(n)}×`;

export function targetsOf(r: Pick<IngestBenchResult, 'http' | 'import' | 'stats'>): Target[] {
  const t: Target[] = [];
  if (r.http) {
    const c = r.http.commentsPerSecond;
    t.push({ name: `HTTP ingest ≥ ${int(TARGETS.httpCommentsPerSecond)} comments/s`, measured: `${int(c)}/s`, pass: c >= TARGETS.httpCommentsPerSecond });
  }
  if (r.import) {
    const c = r.import.commentsPerSecond;
    t.push({ name: `import ≥ ${int(TARGETS.importCommentsPerSecond)} comments/s`, measured: `${int(c)}/s`, pass: c >= TARGETS.importCommentsPerSecond });
  }
  if (r.stats) {
    for (const [name, p] of [['articleStats', r.stats.aggregates.article], ['commenterStats', r.stats.aggregates.commenter]] as const) {
      t.push({ name: `${name} p99 < ${TARGETS.statsMs} ms`, measured: `${ms(p.p99Ms)} ms`, pass: p.p99Ms < TARGETS.statsMs });
    }
    const a = r.stats.agreement;
    t.push({ name: 'GROUP BY = aggregates', measured: `${a.differing} of ${a.checked} differ`, pass: a.differing === 0 });
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

function httpSection(h: HttpResult): Section {
  return {
    title: 'HTTP batch ingest',
    setup:
      `${int(h.comments)} generated comments (server/demo/generate.ts) posted to the real server (\`node --import tsx server/main.ts\`, fresh SQLite file) ` +
      `as ${int(h.requests)} requests of ${int(h.batch)}, ${h.clients} concurrent clients, after ${int(h.warmupComments)} warm-up comments; scoring on.`,
    header: ['', 'comments/s', 'seconds', 'p50 ms/request', 'p99 ms/request', 'max ms/request'],
    rows: [['POST /api/comments', int(h.commentsPerSecond), s(h.seconds), ms(h.request.p50Ms), ms(h.request.p99Ms), ms(h.request.maxMs)]],
    notes: [`The server's /healthz counted ${int(h.storedComments)} comments at the end (warm-up included).`],
  };
}

function importSection(i: ImportResult): Section {
  const sum = i.summary;
  return {
    title: 'Import',
    setup:
      `${int(i.comments)} generated comments in one NDJSON file (${i.fileMiB.toFixed(1)} MiB), imported by ` +
      '`node --import tsx server/cli/import.ts --db <fresh file> --json <file>` as a child process, timed from spawn to exit.',
    header: ['', 'comments/s', 'seconds'],
    rows: [
      ['end to end', int(i.commentsPerSecond), s(i.seconds)],
      ['after start-up', int(i.commentsPerSecondAfterStartup), s(i.seconds - i.startupSeconds)],
      ['start-up alone (`--help`)', '', s(i.startupSeconds)],
    ],
    notes: [
      `The CLI's summary: articles ${int(sum.articles.new)} new, ${int(sum.articles.existing)} existing; comments ${int(sum.comments.new)} new, ` +
        `${int(sum.comments.duplicate)} duplicate; ${int(sum.commenters)} commenters; ${int(sum.errors.length)} errors.`,
    ],
  };
}

function statsSection(st: StatsResult): Section {
  const row = (name: string, p: Percentiles) => [name, ms(p.p50Ms), ms(p.p99Ms), ms(p.maxMs)];
  const f = st.fill;
  return {
    title: `Stats at ${int(st.comments)} comments`,
    setup:
      `A fresh SQLite file filled through \`store.ingest\` in batches of 1,000: ${int(st.articles)} articles, ${int(st.commenters)} commenters, ` +
      `${int(st.distinctTexts)} distinct generated texts scored once and reused, comments spread over 90 days. ` +
      `Each figure over ${int(st.calls)} calls on random ids (after 10 untimed calls on others); the GROUP BY queries on a read-only connection with the store's page cache size.`,
    header: ['', 'p50 ms', 'p99 ms', 'max ms'],
    rows: [
      row('articleStats (aggregates)', st.aggregates.article),
      row('article: GROUP BY over comments', st.groupBy.article),
      row('commenterStats (aggregates)', st.aggregates.commenter),
      row('commenter: GROUP BY over comments', st.groupBy.commenter),
    ],
    notes: [
      `Fill: ${int(st.comments)} comments in ${s(f.seconds)} s, ${int(f.commentsPerSecond)} comments/s stored (store.ingest alone ${s(f.storeSeconds)} s); database ${int(f.dbMiB)} MiB with its WAL.`,
      `GROUP BY ÷ aggregates at the median: ${times(st.ratio.article)} for an article, ${times(st.ratio.commenter)} for a commenter.`,
      `All articles at once (median of 3): every article_stats row in ${ms(st.aggregates.allArticlesMs)} ms; ` +
        `GROUP BY article_id over the comments table in ${ms(st.groupBy.allArticlesMs)} ms (${times(st.ratio.allArticles)}).`,
      `Agreement: ${st.agreement.differing} of ${st.agreement.checked} sampled articles and commenters differ between the two (count, flagged, tone sum, histogram).`,
    ],
  };
}

function sections(r: IngestBenchResult): Section[] {
  return [r.http && httpSection(r.http), r.import && importSection(r.import), r.stats && statsSection(r.stats)].filter((x): x is Section => !!x);
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
    '',
  ];
  for (const sec of sections(r)) {
    out.push(`## ${sec.title}`, '', sec.setup, '', md(sec.header), align(sec.header.length), ...sec.rows.map(md), '', ...sec.notes.map((n) => `- ${n}`), '');
  }
  out.push('## Targets', '', md(['target', 'measured', 'result']), md(['---', '---:', '---']), ...r.targets.map((t) => md([t.name, t.measured, verdict(t.pass)])), '');
  return out.join('\n');
}
