import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STATS_COUNTERS, toneBucket } from '../../server/store/aggregates.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { STATS_QUERIES } from '../../server/store/sqlite/stats.js';
import type { ScoredInput, Store } from '../../server/store/store.js';
import { FLAG_REASONS, MODERATION_STATUSES } from '../../shared/types.js';
import { scored, TEMPLATES, tempDir, type Template } from './factories.js';

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

const files = tempDir();
let store: Store;
let db: Database.Database;

beforeAll(async () => {
  store = openSqliteStore(files.file);
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
  db = new Database(files.file, { readonly: true });
}, 120_000);

afterAll(async () => {
  db?.close();
  await store?.close();
  files.remove();
});

/** The aggregates recomputed the slow way, by GROUP BY over every comment row. */
function recompute(ownerColumn: 'article_id' | 'commenter_id') {
  const bucket = 'min(9, max(0, CAST(floor(tone * 5) AS INTEGER) + 5))';
  const columns = [
    'count(*) AS comments',
    'sum(flagged) AS flagged',
    'sum(tone) AS tone_sum',
    ...Array.from({ length: 10 }, (_, i) => `sum(${bucket} = ${i}) AS tone_h${i}`),
    ...FLAG_REASONS.map((r) => `sum(EXISTS (SELECT 1 FROM json_each(reasons) WHERE value = '${r}')) AS reason_${r}`),
    'sum(shouting_flag) AS shouting',
    'sum(insult_flag) AS insults',
    ...MODERATION_STATUSES.map((s) => `sum(status = '${s}') AS status_${s}`),
    'max(coalesce(posted_at, received_at)) AS last_activity',
  ];
  return db.prepare(`SELECT ${ownerColumn} AS id, ${columns.join(', ')} FROM comments GROUP BY ${ownerColumn} ORDER BY id`).all() as Record<string, number | string>[];
}

function expectSameAggregates(stored: Record<string, number | string | null>[], expected: Record<string, number | string>[], idColumn: string) {
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

describe(`aggregates after ${COMMENTS.toLocaleString('en')} comments in batches of ${BATCH}`, () => {
  // Speed is measured by `npm run bench:ingest`, not here: timed assertions fail on a loaded machine.
  test('repeats were not stored: the comments table holds each comment once', () => {
    expect(db.prepare('SELECT count(*) FROM comments').pluck().get()).toBe(COMMENTS);
  });

  test('per-article aggregates equal a GROUP BY over the comments', () => {
    expectSameAggregates(db.prepare('SELECT * FROM article_stats ORDER BY article_id').all() as never, recompute('article_id'), 'article_id');
  });

  test('per-commenter aggregates equal a GROUP BY over the comments', () => {
    expectSameAggregates(db.prepare('SELECT * FROM commenter_stats ORDER BY commenter_id').all() as never, recompute('commenter_id'), 'commenter_id');
  });

  test.each([
    ['article_hourly', 'article_id', 'hour', 13, ':00:00.000Z'],
    ['commenter_daily', 'commenter_id', 'day', 10, 'T00:00:00.000Z'],
  ])('%s buckets equal a GROUP BY over the comments', (table, owner, bucket, length, suffix) => {
    const expected = db
      .prepare(
        `SELECT ${owner} AS owner, substr(coalesce(posted_at, received_at), 1, ${length}) || '${suffix}' AS bucket,
           count(*) AS comments, sum(tone) AS tone_sum, sum(flagged) AS flagged
         FROM comments GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all() as { owner: number; bucket: string; comments: number; tone_sum: number; flagged: number }[];
    const stored = db.prepare(`SELECT ${owner} AS owner, ${bucket} AS bucket, comments, tone_sum, flagged FROM ${table} ORDER BY 1, 2`).all() as typeof expected;
    expect(stored.map(({ tone_sum, ...r }) => r)).toEqual(expected.map(({ tone_sum, ...r }) => r));
    stored.forEach((r, i) => expect(r.tone_sum).toBeCloseTo(expected[i]!.tone_sum, 6));
  });

  test('articleStats reads as the aggregate row says, hours oldest first and at most 48', async () => {
    const stats = await store.articleStats(1);
    const row = recompute('article_id')[0]!;
    expect(stats).toMatchObject({ comments: row.comments, flagged: row.flagged, shouting: row.shouting, insults: row.insults, lastActivity: row.last_activity });
    expect(stats.toneMean).toBeCloseTo((row.tone_sum as number) / (row.comments as number), 9);
    expect(stats.toneHistogram).toEqual(Array.from({ length: 10 }, (_, i) => row[`tone_h${i}`]));
    expect(stats.reasons).toEqual(Object.fromEntries(FLAG_REASONS.map((r) => [r, row[`reason_${r}`]])));
    expect(stats.statuses).toEqual(Object.fromEntries(MODERATION_STATUSES.map((s) => [s, row[`status_${s}`]])));
    expect(stats.hourly).toHaveLength(48);
    const hours = stats.hourly.map((h) => h.hour);
    expect(hours).toEqual([...hours].sort());
    const latest = db.prepare('SELECT max(hour) FROM article_hourly WHERE article_id = 1').pluck().get();
    expect(hours.at(-1)).toBe(latest);
  });

  test('commenterStats carries daily buckets in `hourly`, each at midnight UTC', async () => {
    const stats = await store.commenterStats(1);
    expect(stats.hourly.length).toBeGreaterThan(1);
    for (const d of stats.hourly) expect(d.hour).toMatch(/T00:00:00\.000Z$/);
    expect(stats.hourly.reduce((n, d) => n + d.comments, 0)).toBe(stats.comments);
  });

  test.each(Object.entries(STATS_QUERIES))('the %s stats query never reads the comments table (O(1) at any size)', (_, sql) => {
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(plan).not.toMatch(/\bcomments\b/);
    expect(plan).toMatch(/USING (INTEGER )?PRIMARY KEY/);
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

test('stats of an unknown article or commenter are zeros, not an error', async () => {
  const store = openSqliteStore(':memory:');
  const stats = await store.articleStats(42);
  expect(stats).toMatchObject({ comments: 0, toneMean: null, lastActivity: null, hourly: [] });
  expect(stats.toneHistogram).toEqual(Array(10).fill(0));
  expect(await store.commenterStats(42)).toEqual(stats);
  await store.close();
});

