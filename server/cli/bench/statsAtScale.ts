/**
 * Part 3: the stats a dashboard reads, at a million comments. The database
 * is filled through `store.ingest` (the real insert path, aggregates
 * included) with a few hundred texts scored once and reused: scoring is
 * measured by the other parts, here it would only make the fill slow.
 *
 * Then, in the same run and on the same ids, the figures are read twice:
 * from the aggregates (`articleStats`, `commenterStats`), and computed from
 * the comments table as a dashboard without aggregates would — and both
 * answers are compared, so the timing compares equal work.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULT_RULES, scoreComment } from '../../../shared/scoring/index.js';
import type { CommentScore, Stats } from '../../../shared/types.js';
import { createCommentGenerator } from '../../demo/generate.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { ScoredInput, Store } from '../../store/store.js';
import { createRandom, median, percentiles, timeMs, type Percentiles, type Random } from './measure.js';

export interface StatsOptions {
  comments: number;
  articles: number;
  commenters: number;
  texts: number;
  calls: number;
  seed: number;
  tmpDir: string;
  /** Progress lines go here (stderr). */
  progress: (line: string) => void;
}

export interface StatsResult {
  comments: number;
  articles: number;
  commenters: number;
  distinctTexts: number;
  calls: number;
  fill: { seconds: number; commentsPerSecond: number; storeSeconds: number; dbMiB: number };
  aggregates: { article: Percentiles; commenter: Percentiles; allArticlesMs: number };
  groupBy: { article: Percentiles; commenter: Percentiles; allArticlesMs: number };
  /** GROUP BY median ÷ aggregates median. */
  ratio: { article: number; commenter: number; allArticles: number };
  /** Sampled articles and commenters whose GROUP BY figures differ from the aggregates (should be none). */
  agreement: { checked: number; differing: number };
}

const BATCH = 1_000;
const DAYS = 90;
/** An article draws comments for about this many articles' publication intervals (~4 days at 500 articles over 90 days). */
const ARTICLE_WINDOW = 24;
const WARMUP_CALLS = 10;
const ALL_ARTICLES_RUNS = 3;

// Ten tone buckets as toneBucket() computes them (server/store/aggregates.ts): floor(tone × 5) + 5, clamped.
const BUCKET = 'min(9, max(0, CAST(floor(tone * 5) AS INTEGER) + 5))';
const FIGURES = `count(*) AS comments, total(tone) AS toneSum, total(flagged) AS flagged,
  ${Array.from({ length: 10 }, (_, i) => `total(b = ${i}) AS h${i}`).join(', ')}`;
const groupByOne = (column: string) =>
  `SELECT ${FIGURES} FROM (SELECT tone, flagged, ${BUCKET} AS b FROM comments WHERE ${column} = ?)`;
export const GROUP_BY_QUERIES = {
  article: groupByOne('article_id'),
  commenter: groupByOne('commenter_id'),
  allArticles: `SELECT article_id, ${FIGURES} FROM (SELECT article_id, tone, flagged, ${BUCKET} AS b FROM comments) GROUP BY article_id`,
} as const;

type FigureRow = { comments: number; toneSum: number; flagged: number } & Record<`h${number}`, number>;

function scoredTexts(count: number, seed: number): { text: string; score: CommentScore }[] {
  const gen = createCommentGenerator({ seed, origin: new Date(), idPrefix: 'bench-text' });
  const texts = new Set<string>();
  for (let tries = 0; texts.size < count && tries < count * 50; tries++) texts.add(gen.next(new Date()).text);
  return [...texts].map((text) => ({ text, score: scoreComment(text) }));
}

async function fill(store: Store, o: StatsOptions, random: Random): Promise<{ seconds: number; storeSeconds: number; distinctTexts: number }> {
  const texts = scoredTexts(o.texts, o.seed);
  const to = Date.now();
  const span = DAYS * 86_400_000;
  const start = performance.now();
  let storeMs = 0;
  let reported = 0;
  for (let first = 0; first < o.comments; first += BATCH) {
    const receivedAt = new Date().toISOString();
    const items: ScoredInput[] = [];
    for (let i = first; i < Math.min(first + BATCH, o.comments); i++) {
      // Time runs forward; each comment goes to one of the latest articles (the newest most often), by a commenter of a long-tailed cast.
      const f = (i + random()) / o.comments;
      const article = Math.max(0, Math.min(o.articles - 1, Math.floor(f * o.articles)) - Math.floor(random() ** 2 * ARTICLE_WINDOW));
      const commenter = Math.floor(random() ** 2 * o.commenters);
      const { text, score } = texts[Math.floor(random() * texts.length)]!;
      items.push({
        input: {
          external_id: `bench-${i}`,
          article: { id: `bench-article-${article}`, title: `Article ${article}` },
          author: `Lecteur ${commenter}`,
          text,
          posted_at: new Date(to - span + f * span).toISOString(),
        },
        score,
        rulesVersion: DEFAULT_RULES.version,
        receivedAt,
      });
    }
    storeMs += await timeMs(() => store.ingest('bench', items));
    const done = Math.min(first + BATCH, o.comments);
    if (done >= reported + o.comments / 10 || done === o.comments) {
      reported = done;
      const seconds = (performance.now() - start) / 1000;
      o.progress(`stats: filled ${done.toLocaleString('en-US')} / ${o.comments.toLocaleString('en-US')} comments in ${seconds.toFixed(1)} s`);
    }
  }
  return { seconds: (performance.now() - start) / 1000, storeSeconds: storeMs / 1000, distinctTexts: texts.length };
}

/** `ids[0]` warms up (calls not timed, on other ids than the timed ones), `ids[1]` is timed. */
async function timeCalls([warmup, ids]: readonly [number[], number[]], call: (id: number) => unknown): Promise<Percentiles> {
  for (const id of warmup) await call(id);
  const ms: number[] = [];
  for (const id of ids) ms.push(await timeMs(() => call(id)));
  return percentiles(ms);
}

async function timeRuns(runs: number, fn: () => unknown): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(await timeMs(fn));
  return median(ms);
}

function agrees(stats: Stats, row: FigureRow): boolean {
  return (
    stats.comments === row.comments &&
    stats.flagged === row.flagged &&
    Math.abs(stats.toneSum - row.toneSum) <= 1e-6 * Math.max(1, row.comments) &&
    stats.toneHistogram.every((n, i) => n === row[`h${i}`])
  );
}

const fileMiB = (file: string) => {
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  return (size(file) + size(`${file}-wal`)) / 2 ** 20;
};

export async function benchStatsAtScale(o: StatsOptions): Promise<StatsResult> {
  const file = join(o.tmpDir, 'stats.db');
  const random = createRandom(o.seed);
  const store = openSqliteStore(file);
  let reader: Database.Database | undefined;
  try {
    const filled = await fill(store, o, random);
    // A second connection, read-only, as a dashboard would hold: same page cache size as the store's.
    reader = new Database(file, { readonly: true, fileMustExist: true });
    reader.pragma('cache_size = -65536');
    const sample = (ids: number[], n: number) => Array.from({ length: n }, () => ids[Math.floor(random() * ids.length)]!);
    const pick = (ids: number[]): [number[], number[]] => [sample(ids, WARMUP_CALLS), sample(ids, o.calls)];
    const articles = pick(reader.prepare('SELECT id FROM articles').pluck().all() as number[]);
    const commenters = pick(reader.prepare('SELECT id FROM commenters').pluck().all() as number[]);
    const [articleIds, commenterIds] = [new Set(articles[1]), new Set(commenters[1])];
    const q = {
      article: reader.prepare(GROUP_BY_QUERIES.article),
      commenter: reader.prepare(GROUP_BY_QUERIES.commenter),
      allArticles: reader.prepare(GROUP_BY_QUERIES.allArticles),
      allArticleStats: reader.prepare('SELECT * FROM article_stats'),
    };

    const aggregates = {
      article: await timeCalls(articles, (id) => store.articleStats(id)),
      commenter: await timeCalls(commenters, (id) => store.commenterStats(id)),
      allArticlesMs: await timeRuns(ALL_ARTICLES_RUNS, () => q.allArticleStats.all()),
    };
    o.progress('stats: aggregates read; now the same figures by GROUP BY over the comments table');
    const groupBy = {
      article: await timeCalls(articles, (id) => q.article.get(id)),
      commenter: await timeCalls(commenters, (id) => q.commenter.get(id)),
      allArticlesMs: await timeRuns(ALL_ARTICLES_RUNS, () => q.allArticles.all()),
    };

    let differing = 0;
    for (const id of articleIds) if (!agrees(await store.articleStats(id), q.article.get(id) as FigureRow)) differing++;
    for (const id of commenterIds) if (!agrees(await store.commenterStats(id), q.commenter.get(id) as FigureRow)) differing++;

    return {
      comments: o.comments,
      articles: (reader.prepare('SELECT count(*) FROM articles').pluck().get() as number) ?? 0,
      commenters: (reader.prepare('SELECT count(*) FROM commenters').pluck().get() as number) ?? 0,
      distinctTexts: filled.distinctTexts,
      calls: o.calls,
      fill: {
        seconds: filled.seconds,
        commentsPerSecond: o.comments / filled.seconds,
        storeSeconds: filled.storeSeconds,
        dbMiB: fileMiB(file),
      },
      aggregates,
      groupBy,
      ratio: {
        article: groupBy.article.p50Ms / aggregates.article.p50Ms,
        commenter: groupBy.commenter.p50Ms / aggregates.commenter.p50Ms,
        allArticles: groupBy.allArticlesMs / aggregates.allArticlesMs,
      },
      agreement: { checked: articleIds.size + commenterIds.size, differing },
    };
  } finally {
    reader?.close();
    await store.close();
  }
}
