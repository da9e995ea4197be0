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
import Database from 'better-sqlite3';
import { DEFAULT_RULES, scoreComment } from '../../../shared/scoring/index.js';
import type { CommentScore, Stats } from '../../../shared/types.js';
import { createCommentGenerator } from '../../demo/generate.js';
import { createPool } from '../../store/postgres/db.js';
import type { ScoredInput, Store } from '../../store/store.js';
import type { BenchDatabase, BenchStore } from './benchDatabase.js';
import { createRandom, median, percentiles, timeMs, type Percentiles, type Random } from './measure.js';

export interface StatsOptions {
  comments: number;
  articles: number;
  commenters: number;
  texts: number;
  calls: number;
  seed: number;
  /** A fresh database to fill. */
  database: BenchDatabase;
  /** Progress lines go here (stderr). */
  progress: (line: string) => void;
}

export interface StatsResult {
  store: BenchStore;
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
const SQLITE_BUCKET = 'min(9, max(0, CAST(floor(tone * 5) AS INTEGER) + 5))';
const SQLITE_FIGURES = `count(*) AS comments, total(tone) AS toneSum, total(flagged) AS flagged,
  ${Array.from({ length: 10 }, (_, i) => `total(b = ${i}) AS h${i}`).join(', ')}`;
const sqliteGroupByOne = (column: string) =>
  `SELECT ${SQLITE_FIGURES} FROM (SELECT tone, flagged, ${SQLITE_BUCKET} AS b FROM comments WHERE ${column} = ?)`;

const POSTGRES_BUCKET = 'least(9, greatest(0, floor(tone * 5)::int + 5))';
const POSTGRES_FIGURES = `count(*) AS comments, coalesce(sum(tone), 0) AS "toneSum", count(*) FILTER (WHERE flagged) AS flagged,
  ${Array.from({ length: 10 }, (_, i) => `count(*) FILTER (WHERE b = ${i}) AS h${i}`).join(', ')}`;
const postgresGroupByOne = (column: string) =>
  `SELECT ${POSTGRES_FIGURES} FROM (SELECT tone, flagged, ${POSTGRES_BUCKET} AS b FROM comments WHERE ${column} = $1) x`;

/** The figures of the aggregates computed from the comments table instead, in each store's dialect. */
export const GROUP_BY_QUERIES = {
  sqlite: {
    article: sqliteGroupByOne('article_id'),
    commenter: sqliteGroupByOne('commenter_id'),
    allArticles: `SELECT article_id, ${SQLITE_FIGURES} FROM (SELECT article_id, tone, flagged, ${SQLITE_BUCKET} AS b FROM comments) GROUP BY article_id`,
  },
  postgres: {
    article: postgresGroupByOne('article_id'),
    commenter: postgresGroupByOne('commenter_id'),
    allArticles: `SELECT article_id, ${POSTGRES_FIGURES} FROM (SELECT article_id, tone, flagged, ${POSTGRES_BUCKET} AS b FROM comments) x GROUP BY article_id`,
  },
} as const;

/** A dashboard's own connection beside the store, for the GROUP BY queries and the lists of ids. */
interface Reader {
  ids(table: 'articles' | 'commenters'): Promise<number[]>;
  one(query: 'article' | 'commenter', id: number): Promise<FigureRow>;
  all(sql: string): Promise<unknown[]>;
  close(): Promise<void>;
}

function openReader(database: BenchDatabase): Reader {
  const queries = GROUP_BY_QUERIES[database.store];
  if (database.store === 'sqlite') {
    // Read-only, with the store's page cache size.
    const db = new Database(database.dbArg, { readonly: true, fileMustExist: true });
    db.pragma('cache_size = -65536');
    const one = { article: db.prepare(queries.article), commenter: db.prepare(queries.commenter) };
    return {
      ids: async (table) => db.prepare(`SELECT id FROM ${table}`).pluck().all() as number[],
      one: async (query, id) => one[query].get(id) as FigureRow,
      all: async (sql) => db.prepare(sql).all(),
      close: async () => void db.close(),
    };
  }
  const pool = createPool(database.dbArg, { max: 1 });
  return {
    ids: async (table) => (await pool.query<{ id: number }>(`SELECT id FROM ${table}`)).rows.map((r) => r.id),
    one: async (query, id) => (await pool.query<FigureRow>(queries[query], [id])).rows[0]!,
    all: async (sql) => (await pool.query(sql)).rows,
    close: () => pool.end(),
  };
}

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

export async function benchStatsAtScale(o: StatsOptions): Promise<StatsResult> {
  const random = createRandom(o.seed);
  const store = await o.database.open();
  let reader: Reader | undefined;
  try {
    const filled = await fill(store, o, random);
    reader = openReader(o.database);
    const sample = (ids: number[], n: number) => Array.from({ length: n }, () => ids[Math.floor(random() * ids.length)]!);
    const pick = (ids: number[]): [number[], number[]] => [sample(ids, WARMUP_CALLS), sample(ids, o.calls)];
    const articles = pick(await reader.ids('articles'));
    const commenters = pick(await reader.ids('commenters'));
    const [articleIds, commenterIds] = [new Set(articles[1]), new Set(commenters[1])];
    const r = reader;

    const aggregates = {
      article: await timeCalls(articles, (id) => store.articleStats(id)),
      commenter: await timeCalls(commenters, (id) => store.commenterStats(id)),
      allArticlesMs: await timeRuns(ALL_ARTICLES_RUNS, () => r.all('SELECT * FROM article_stats')),
    };
    o.progress('stats: aggregates read; now the same figures by GROUP BY over the comments table');
    const groupBy = {
      article: await timeCalls(articles, (id) => r.one('article', id)),
      commenter: await timeCalls(commenters, (id) => r.one('commenter', id)),
      allArticlesMs: await timeRuns(ALL_ARTICLES_RUNS, () => r.all(GROUP_BY_QUERIES[o.database.store].allArticles)),
    };

    let differing = 0;
    for (const id of articleIds) if (!agrees(await store.articleStats(id), await r.one('article', id))) differing++;
    for (const id of commenterIds) if (!agrees(await store.commenterStats(id), await r.one('commenter', id))) differing++;
    const counts = await store.counts();

    return {
      store: o.database.store,
      comments: o.comments,
      articles: counts.articles,
      commenters: counts.commenters,
      distinctTexts: filled.distinctTexts,
      calls: o.calls,
      fill: {
        seconds: filled.seconds,
        commentsPerSecond: o.comments / filled.seconds,
        storeSeconds: filled.storeSeconds,
        dbMiB: await o.database.sizeMiB(),
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
    await reader?.close();
    await store.close();
  }
}
