/** GET /api/articles and GET /api/articles/:id/stats, against the real server, over each store. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ArticleListItem } from '../../shared/insights.js';
import { toneBucket } from '../../server/store/aggregates.js';
import { call, fieldsOf } from '../review/support.js';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { ARTICLES, expected, ingestDataset, PLAN, scoreOf } from './dataset.js';

describeEachStore('articles', (kind) => {
  let temp: TempStore;
  let srv: TestServer;
  let viewer: TestLogin;
  beforeAll(async () => {
    temp = await openTempStore(kind);
    srv = await getTestServer({ store: temp.store });
    viewer = await srv.login('viewer');
    await ingestDataset(srv.store);
    // An article without comments: not listed.
    await srv.store.upsertArticle('site', { externalId: 'empty', title: 'Sans commentaires' });
  });
  afterAll(async () => {
    await srv.close();
    await temp.close();
  });

  type Key = keyof typeof ARTICLES;
  const list = async (query: string) => {
    const r = await call(srv, viewer, 'GET', `/api/articles${query}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as { items: ArticleListItem[]; nextCursor: string | null };
  };
  const titles = (items: ArticleListItem[]) => items.map((a) => a.title);
  const figures = (k: Key) => expected((p) => p.article === k);

  describe('the list', () => {
    test('each article with comments, tone and flagged share from the aggregates; the empty one left out', async () => {
      const { items } = await list('');
      expect(items).toHaveLength(3);
      const budget = items.find((a) => a.title === ARTICLES.budget)!;
      const f = figures('budget');
      expect(budget).toMatchObject({ id: 1, comments: f.comments, flaggedShare: f.flagged / f.comments, lastActivity: '2024-03-02T14:24:00.000Z' });
      expect(budget.toneMean).toBeCloseTo(f.toneMean, 12);
    });

    test('by default the most recently discussed first', async () => {
      expect(titles((await list('')).items)).toEqual([ARTICLES.meteo, ARTICLES.budget, ARTICLES.ville]);
    });

    test.each([
      ['comments', [ARTICLES.meteo, ARTICLES.budget, ARTICLES.ville]],
      // meteo 11/31, ville 1/3, budget 2/29.
      ['flagged_share', [ARTICLES.meteo, ARTICLES.ville, ARTICLES.budget]],
    ])('sort=%s', async (sort, order) => {
      expect(titles((await list(`?sort=${sort}`)).items)).toEqual(order);
    });

    test('sort=tone: darkest first', async () => {
      const keys = (Object.keys(ARTICLES) as Key[]).sort((a, b) => figures(a).toneMean - figures(b).toneMean);
      expect(titles((await list('?sort=tone')).items)).toEqual(keys.map((k) => ARTICLES[k]));
    });

    test('pages of one join into the whole list', async () => {
      for (const sort of ['recent', 'comments', 'tone', 'flagged_share']) {
        const seen: (string | null)[] = [];
        let cursor: string | null = null;
        do {
          const page: { items: ArticleListItem[]; nextCursor: string | null } = await list(`?sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
          seen.push(...titles(page.items));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen, sort).toEqual(titles((await list(`?sort=${sort}`)).items));
      }
    });

    test("the sparkline: the mean tone of each of the 24 hours up to the last comment's, null where none", async () => {
      const meteo = (await list('')).items[0]!;
      expect(meteo.sparkline).toHaveLength(24);
      // Last comment at 20:09 on 2 March: slot 23 is 20:00, slot 11 is 08:00 (Denis's polite hour).
      const polite = scoreOf('polite').tone.score;
      expect(meteo.sparkline[23]).toBeCloseTo(scoreOf('veryNegative').tone.score, 12);
      for (const slot of [11, 12, 13, 14]) expect(meteo.sparkline[slot]).toBeCloseTo(polite, 12);
      expect(meteo.sparkline.filter((v) => v !== null)).toHaveLength(5);
    });

    test.each([
      ['?sort=hot', 'sort'],
      ['?limit=500', 'limit'],
      ['?cursor=', 'cursor'],
      ['?page=2', 'page'],
    ])('%s is a 400 naming %s', async (query, field) => {
      const r = await call(srv, viewer, 'GET', `/api/articles${query}`);
      expect(r.status).toBe(400);
      expect(fieldsOf(r)).toContain(field);
    });
  });

  describe("one article's stats", () => {
    test('tone over time by the hour, histogram, reasons, statuses and top commenters', async () => {
      const r = await call(srv, viewer, 'GET', '/api/articles/1/stats');
      expect(r.status).toBe(200);
      const s = r.body;
      const budget = PLAN.filter((p) => p.article === 'budget');
      expect(s.article).toMatchObject({ id: 1, title: ARTICLES.budget, externalId: 'budget' });
      expect(s.toneOverTime.map((p: { at: string; comments: number }) => [p.at, p.comments])).toEqual([
        ['2024-03-01T08:00:00.000Z', 1],
        ['2024-03-01T09:00:00.000Z', 3],
        ['2024-03-02T14:00:00.000Z', 25],
      ]);
      expect(s.toneOverTime[1].flagged).toBe(2);
      expect(s.toneOverTime[2].toneMean).toBeCloseTo(scoreOf('polite').tone.score, 12);
      const histogram = Array<number>(10).fill(0);
      for (const p of budget) histogram[toneBucket(scoreOf(p.template).tone.score)]! += 1;
      expect(s.toneHistogram).toEqual(histogram);
      expect(s.reasons).toMatchObject({ insult: 2, shouting: 0, very_negative: 0 });
      expect(s.statuses).toMatchObject({ pending: budget.length });
      expect(s.topCommenters).toEqual([
        { id: 5, displayName: 'Emma', comments: 25, flagged: 0 },
        // Two comments each: the more flagged first.
        { id: 2, displayName: 'Bob', comments: 2, flagged: 2 },
        { id: 1, displayName: 'Alice', comments: 2, flagged: 0 },
      ]);
      expect(s.topCommentersScope).toEqual({ scanned: budget.length, complete: true });
      expect(s.stats.comments).toBe(budget.length);
    });

    test('an unknown article is a 404, a bad id a 400 naming it', async () => {
      expect((await call(srv, viewer, 'GET', '/api/articles/99/stats')).status).toBe(404);
      const r = await call(srv, viewer, 'GET', '/api/articles/-1/stats');
      expect(r.status).toBe(400);
      expect(fieldsOf(r)).toEqual(['id']);
    });

    test('without a session, both routes are refused', async () => {
      expect((await call(srv, null, 'GET', '/api/articles')).status).toBe(401);
      expect((await call(srv, null, 'GET', '/api/articles/1/stats')).status).toBe(401);
    });
  });
});
