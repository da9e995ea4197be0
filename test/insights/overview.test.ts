/** The overview: figures at a fixed "now" from the store, and GET /api/overview against the real server. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Overview } from '../../shared/insights.js';
import type { Store } from '../../server/store/store.js';
import { dayOf } from '../../server/store/aggregates.js';
import { ingestComments } from '../../server/services/ingest.js';
import { call, fieldsOf } from '../review/support.js';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { ARTICLES, expected, ingestDataset } from './dataset.js';

describeEachStore('the figures (store)', (kind) => {
  let temp: TempStore;
  let store: Store;
  let ids: number[];
  beforeAll(async () => {
    temp = await openTempStore(kind);
    store = temp.store;
    ids = await ingestDataset(store);
    // Bob's two insults rejected (one after an escalation), Alice's first comment approved: all comments of 1 March.
    await store.setStatus(ids[4]!, 'escalated', 'mod');
    await store.setStatus(ids[4]!, 'rejected', 'mod');
    await store.setStatus(ids[5]!, 'rejected', 'mod');
    await store.setStatus(ids[0]!, 'approved', 'mod');
  });
  afterAll(async () => temp.close());

  const NOW = '2024-03-02T21:00:00.000Z';
  const overview = (from: string, to: string) => store.overview({ from, to, now: NOW });
  const day1 = expected((p) => p.at < '2024-03-02');
  const day2 = expected((p) => p.at >= '2024-03-02');

  test("today: 2 March up to now, with the day's 24 hours and yesterday beside it", async () => {
    const o: Overview = await overview('2024-03-01T00:00:00.000Z', '2024-03-03T00:00:00.000Z');
    expect(o.at).toBe(NOW);
    expect(o.today).toMatchObject({ from: '2024-03-02T00:00:00.000Z', to: NOW });
    expect(o.today.totals).toMatchObject({ comments: day2.comments, flagged: day2.flagged, pending: day2.comments, approved: 0, rejected: 0, rejectionRate: null });
    expect(o.today.totals.toneMean).toBeCloseTo(day2.toneMean, 12);
    expect(o.today.hourly).toHaveLength(24);
    expect(o.today.hourly[0]!.at).toBe('2024-03-02T00:00:00.000Z');
    expect(o.today.hourly.map((h) => h.comments)).toEqual(Array.from({ length: 24 }, (_, h) => ({ 8: 6, 9: 6, 10: 6, 11: 2, 14: 25, 20: 10 })[h] ?? 0));
    expect(o.today.hourly[20]).toMatchObject({ flagged: 10 });
    expect(o.today.hourly[3]).toEqual({ at: '2024-03-02T03:00:00.000Z', comments: 0, flagged: 0, toneMean: null });

    const y = o.today.previousDay;
    expect(y.totals).toMatchObject({ comments: day1.comments, flagged: day1.flagged, approved: 1, rejected: 2, escalated: 0, pending: day1.comments - 3 });
    expect(y.totals.rejectionRate).toBeCloseTo(2 / 3, 12);
    expect(y.totals.flaggedRate).toBeCloseTo(day1.flagged / day1.comments, 12);
    expect(y.hourly.map((h) => h.comments).slice(8, 14)).toEqual([1, 3, 2, 1, 0, 1]);
  });

  test('a range of two days: hourly, with its totals and most heated articles', async () => {
    const o = await overview('2024-03-01T00:30:00.000Z', '2024-03-03T00:00:00.000Z');
    // from is rounded down to its hour.
    expect(o.range).toMatchObject({ from: '2024-03-01T00:00:00.000Z', to: '2024-03-03T00:00:00.000Z', bucket: 'hour' });
    expect(o.range.series).toHaveLength(48);
    expect(o.range.totals).toMatchObject({ comments: day1.comments + day2.comments, flagged: day1.flagged + day2.flagged, approved: 1, rejected: 2 });
    // meteo: 11 flagged; budget: Bob's 2 insults; ville: Bob's shouting.
    expect(o.heatedArticles.map((a) => [a.title, a.flagged])).toEqual([
      [ARTICLES.meteo, 11],
      [ARTICLES.budget, 2],
      [ARTICLES.ville, 1],
    ]);
    expect(o.heatedArticles[0]!.flaggedShare).toBeCloseTo(11 / 31, 12);
  });

  test('a range of more than a week is drawn by the day', async () => {
    const o = await overview('2024-02-20T00:00:00.000Z', '2024-03-03T00:00:00.000Z');
    expect(o.range.bucket).toBe('day');
    expect(o.range.series).toHaveLength(12);
    expect(o.range.series.slice(-2).map((d) => [d.at, d.comments, d.flagged])).toEqual([
      ['2024-03-01T00:00:00.000Z', day1.comments, day1.flagged],
      ['2024-03-02T00:00:00.000Z', day2.comments, day2.flagged],
    ]);
  });

  test('a range without comments is zeros, not an error', async () => {
    const o = await overview('2023-01-01T00:00:00.000Z', '2023-01-02T00:00:00.000Z');
    expect(o.range.totals).toMatchObject({ comments: 0, flagged: 0, toneMean: null, flaggedRate: null, rejectionRate: null });
    expect(o.heatedArticles).toEqual([]);
  });

  test('undoing a decision moves the rejection counts back', async () => {
    await store.setStatus(ids[5]!, 'pending', 'mod');
    const o = await overview('2024-03-01T00:00:00.000Z', '2024-03-02T00:00:00.000Z');
    expect(o.range.totals).toMatchObject({ rejected: 1, approved: 1, pending: day1.comments - 2, rejectionRate: 0.5 });
  });
});

describe('GET /api/overview', () => {
  let srv: TestServer;
  let viewer: TestLogin;
  const now = Date.now();
  beforeAll(async () => {
    srv = await getTestServer();
    viewer = await srv.login('viewer');
    // Two comments now, one yesterday at this time.
    const comment = (i: number, at: number) => ({ external_id: `ov-${i}`, article: { id: 'a' }, author: 'Zoé', text: 'Merci pour cet article.', posted_at: new Date(at).toISOString() });
    await ingestComments({ store: srv.store }, 'site', [comment(1, now - 1_000), comment(2, now - 2_000), comment(3, now - 86_400_000)]);
  });
  afterAll(async () => srv.close());

  test('by default: today, and the last seven days by the hour', async () => {
    const r = await call(srv, viewer, 'GET', '/api/overview');
    expect(r.status).toBe(200);
    const o = r.body as Overview;
    // Both of today's comments, unless the test runs in the first seconds after midnight UTC.
    const today = [now - 1_000, now - 2_000].filter((t) => dayOf(new Date(t).toISOString()) === o.today.from).length;
    expect(o.today.totals.comments).toBe(today);
    expect(o.range.bucket).toBe('hour');
    // 168 hours, and one more for the hour `from` falls in (unless now is exactly on the hour).
    expect(o.range.series.length).toBeGreaterThanOrEqual(7 * 24);
    expect(o.range.series.length).toBeLessThanOrEqual(7 * 24 + 1);
    expect(o.range.totals.comments).toBe(3);
    expect(Date.parse(o.range.to) - Date.parse(o.at)).toBe(0);
  });

  test('from and to choose the range', async () => {
    const to = new Date().toISOString();
    const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const o = (await call(srv, viewer, 'GET', `/api/overview?from=${from}&to=${to}`)).body as Overview;
    expect(o.range.bucket).toBe('day');
    expect(o.range.totals.comments).toBe(3);
  });

  test.each([
    ['?from=yesterday', 'from'],
    ['?to=2024-13-45', 'to'],
    ['?from=2024-03-02T00:00:00Z&to=2024-03-01T00:00:00Z', 'from'],
    ['?from=2020-01-01T00:00:00Z&to=2024-01-01T00:00:00Z', 'from'],
    ['?days=7', 'days'],
  ])('%s is a 400 naming %s', async (query, field) => {
    const r = await call(srv, viewer, 'GET', `/api/overview${query}`);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_request');
    expect(fieldsOf(r)).toEqual([field]);
  });

  test('without a session it is refused', async () => {
    expect((await call(srv, null, 'GET', '/api/overview')).status).toBe(401);
  });
});
