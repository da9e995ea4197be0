import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STATS_COUNTERS, toneBucket } from '../../server/store/aggregates.js';
import { STATS_QUERIES as POSTGRES_STATS_QUERIES } from '../../server/store/postgres/stats.js';
import { STATS_QUERIES as SQLITE_STATS_QUERIES } from '../../server/store/sqlite/stats.js';
import type { ScoredInput, Store } from '../../server/store/store.js';
import { FLAG_REASONS, MODERATION_STATUSES } from '../../shared/types.js';
import { DIALECTS, stats } from '../insights/recount.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { scored, TEMPLATES, type Template } from './factories.js';

const COMMENTS = 20_000;
const BATCH = 1_000;
const ARTICLES = 40;
const COMMENTERS = 500;
const templates = Object.keys(TEMPLATES) as Template[];
const HOUR = 3_600_000;
const START = Date.parse('2024-01-01T00:00:00.000Z');

/** A varied stream: five days of posts, a third without posted_at (their hour is received_at's), half without ids. */
function commentAt(i: number): ScoredInput {
  const postedAt = i % 3 === 0 ? undefined : new Date(START + ((i * 7_919) % (120 * HOUR))).toISOString();
  return scored(
    {
      external_id: i % 2 === 0 ? `c-${i}` : undefined,
      article: { id: `article-${i % ARTICLES}`, title: `Article ${i % ARTICLES}` },
      author: `Lecteur ${(i * 31) % COMMENTERS}`,
      text: `${TEMPLATES[templates[i % templates.length]!]} (${i})`,
      posted_at: postedAt,
    },
    templates[i % templates.length],
    { receivedAt: new Date(START + 200 * HOUR + i * 1_000).toISOString() },
  );
}

type Row = Record<string, number | string | null>;

function expectSameAggregates(stored: Row[], expected: Row[], idColumn: string) {
  expect(stored.length).toBe(expected.length);
  stored.forEach((row, i) => {
    const want = expected[i]!;
    expect(row[idColumn]).toBe(want.id);
    for (const c of STATS_COUNTERS) {
      if (c === 'tone_sum') expect(row[c]).toBeCloseTo(want[c] as number, 6);
      else expect([c, row[c]]).toEqual([c, want[c]]);
    }
    expect(row.last_activity).toBe(want.last_activity);
  });
}

describeEachStore(`aggregates after ${COMMENTS.toLocaleString('en')} comments in batches of ${BATCH}`, (kind) => {
  let t: TempStore;
  let store: Store;
  const d = DIALECTS[kind.name];

  beforeAll(async () => {
    t = await openTempStore(kind);
    store = t.store;
    const items = Array.from({ length: COMMENTS }, (_, i) => commentAt(i));
    for (let i = 0; i < COMMENTS; i += BATCH) {
      const batch = items.slice(i, i + BATCH);
      // Repeats: every 50th comment of the previous batch, and this batch's first one again.
      if (i > 0) for (let j = 0; j < BATCH; j += 50) batch.push(items[i - BATCH + j]!);
      batch.push(batch[0]!);
      await store.ingest('site', batch);
    }
    // Decisions move status counts: some comments decided twice, some set to the status they already have.
    for (let id = 1; id <= COMMENTS; id += 37) {
      await store.setStatus(id, MODERATION_STATUSES[id % 4]!, 'moderator');
      if (id % 3 === 0) await store.setStatus(id, MODERATION_STATUSES[(id + 1) % 4]!, 'chief');
    }
  }, 120_000);

  afterAll(async () => t?.close());

  /** The aggregates recomputed the slow way, by GROUP BY over every comment row. */
  const recompute = (ownerColumn: 'article_id' | 'commenter_id') =>
    t.query<Row>(
      `SELECT ${ownerColumn} AS id, ${[...stats(d), 'max(coalesce(posted_at, received_at)) AS last_activity'].join(', ')}
       FROM comments GROUP BY ${ownerColumn} ORDER BY id`,
    );

  // Speed is measured by `npm run bench:ingest`, not here: timed assertions fail on a loaded machine.
  test('repeats were not stored: the comments table holds each comment once', async () => {
    expect(await t.query('SELECT count(*) AS n FROM comments')).toEqual([{ n: COMMENTS }]);
  });

  test('per-article aggregates equal a GROUP BY over the comments', async () => {
    expectSameAggregates(await t.query('SELECT * FROM article_stats ORDER BY article_id'), await recompute('article_id'), 'article_id');
  });

  test('per-commenter aggregates equal a GROUP BY over the comments', async () => {
    expectSameAggregates(await t.query('SELECT * FROM commenter_stats ORDER BY commenter_id'), await recompute('commenter_id'), 'commenter_id');
  });

  test.each([
    ['article_hourly', 'article_id', 'hour', d.hour],
    ['commenter_daily', 'commenter_id', 'day', d.day],
  ])('%s buckets equal a GROUP BY over the comments', async (table, owner, bucket, expression) => {
    type Bucket = { owner: number; bucket: string; comments: number; tone_sum: number; flagged: number };
    const asText = kind.name === 'postgres' ? '::text' : '';
    const expected = await t.query<Bucket>(
      `SELECT ${owner} AS owner, ${expression} AS bucket, count(*) AS comments, sum(tone) AS tone_sum, sum(${d.flag('flagged')}) AS flagged
       FROM comments GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const stored = await t.query<Bucket>(`SELECT ${owner} AS owner, ${bucket}${asText} AS bucket, comments, tone_sum, flagged FROM ${table} ORDER BY 1, 2`);
    expect(stored.map(({ tone_sum, ...r }) => r)).toEqual(expected.map(({ tone_sum, ...r }) => r));
    stored.forEach((r, i) => expect(r.tone_sum).toBeCloseTo(expected[i]!.tone_sum, 6));
  });

  test('articleStats reads as the aggregate row says, hours oldest first and at most 48', async () => {
    const stats = await store.articleStats(1);
    const row = (await recompute('article_id'))[0]!;
    expect(stats).toMatchObject({ comments: row.comments, flagged: row.flagged, shouting: row.shouting, insults: row.insults, lastActivity: row.last_activity });
    expect(stats.toneMean).toBeCloseTo((row.tone_sum as number) / (row.comments as number), 9);
    expect(stats.toneHistogram).toEqual(Array.from({ length: 10 }, (_, i) => row[`tone_h${i}`]));
    expect(stats.reasons).toEqual(Object.fromEntries(FLAG_REASONS.map((r) => [r, row[`reason_${r}`]])));
    expect(stats.statuses).toEqual(Object.fromEntries(MODERATION_STATUSES.map((s) => [s, row[`status_${s}`]])));
    expect(stats.hourly).toHaveLength(48);
    const hours = stats.hourly.map((h) => h.hour);
    expect(hours).toEqual([...hours].sort());
    const [latest] = await t.query<{ hour: string }>('SELECT max(hour) AS hour FROM article_hourly WHERE article_id = 1');
    expect(hours.at(-1)).toBe(latest!.hour);
  });

  test('commenterStats carries daily buckets in `hourly`, each at midnight UTC', async () => {
    const stats = await store.commenterStats(1);
    expect(stats.hourly.length).toBeGreaterThan(1);
    for (const d of stats.hourly) expect(d.hour).toMatch(/T00:00:00\.000Z$/);
    expect(stats.hourly.reduce((n, d) => n + d.comments, 0)).toBe(stats.comments);
  });

  const queries = Object.entries(kind.name === 'sqlite' ? SQLITE_STATS_QUERIES : POSTGRES_STATS_QUERIES);
  test.each(queries)('the %s stats query never reads the comments table (O(1) at any size)', async (_, sql) => {
    if (kind.name === 'sqlite') {
      const plan = (await t.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, 1)).map((p) => p.detail).join('\n');
      expect(plan).not.toMatch(/\bcomments\b/);
      expect(plan).toMatch(/USING (INTEGER )?PRIMARY KEY/);
    } else {
      // With these few articles a sequential scan would cost as little: ask for the plan an index gives.
      await t.query('SET enable_seqscan = off');
      const text = JSON.stringify(await t.query(`EXPLAIN (FORMAT JSON) ${sql.replace('$1', '1')}`));
      await t.query('RESET enable_seqscan');
      expect(text).not.toMatch(/"Relation Name":"comments"/);
      expect(text).toMatch(/"Index Name":"\w+_pkey"/);
    }
  });

  test('counts sums the comments of every article', async () => {
    expect(await store.counts()).toEqual({ articles: ARTICLES, comments: COMMENTS, commenters: COMMENTERS });
  });
});

describe('tone buckets', () => {
  test.each([
    [-1, 0],
    [-0.81, 0],
    [-0.8, 1],
    [-0.001, 4],
    [0, 5],
    [0.79, 8],
    [0.8, 9],
    [1, 9],
  ])('a tone of %d falls in bucket %d', (tone, bucket) => {
    expect(toneBucket(tone)).toBe(bucket);
  });
});

describeEachStore('an empty store', (kind) => {
  test('stats of an unknown article or commenter are zeros, not an error', async () => {
    const t = await openTempStore(kind);
    try {
      const stats = await t.store.articleStats(42);
      expect(stats).toMatchObject({ comments: 0, toneMean: null, lastActivity: null, hourly: [] });
      expect(stats.toneHistogram).toEqual(Array(10).fill(0));
      expect(await t.store.commenterStats(42)).toEqual(stats);
    } finally {
      await t.close();
    }
  });
});
