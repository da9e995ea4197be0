/** GET /api/commenters, GET /api/commenters/:id, notes and the watch flag, against the real server, over each store. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CommenterListItem } from '../../shared/insights.js';
import { call, fieldsOf } from '../review/support.js';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { AUTHORS, expected, ingestDataset, PLAN, scoreOf } from './dataset.js';

describeEachStore('commenters', (kind) => {
  let temp: TempStore;
  let srv: TestServer;
  let viewer: TestLogin;
  let moderator: TestLogin;
  let admin: TestLogin;
  let ids: number[];
  beforeAll(async () => {
    temp = await openTempStore(kind);
    srv = await getTestServer({ store: temp.store });
    [viewer, moderator, admin] = await Promise.all([srv.login('viewer'), srv.login('moderator'), srv.login('admin')]);
    ids = await ingestDataset(srv.store);
  });
  afterAll(async () => {
    await srv.close();
    await temp.close();
  });

  const list = async (query: string, who: TestLogin = viewer) => {
    const r = await call(srv, who, 'GET', `/api/commenters${query}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as { items: CommenterListItem[]; nextCursor: string | null };
  };
  const names = (items: CommenterListItem[]) => items.map((c) => c.displayName);
  const figures = (author: string) => expected((p) => p.author === author);
  /** The five commenters in the order a sort should give: by value, then newest id first (desc) or oldest first (asc). */
  const orderBy = (value: (author: string) => number, desc: boolean) =>
    AUTHORS.map((a, i) => ({ a, v: value(a), id: i + 1 }))
      .sort((x, y) => (desc ? y.v - x.v || y.id - x.id : x.v - y.v || x.id - y.id))
      .map((x) => x.a);

  describe('the list', () => {
    test('each commenter with their figures from the aggregates', async () => {
      const { items } = await list('');
      const bob = items.find((c) => c.displayName === 'Bob')!;
      const f = figures('Bob');
      expect(bob).toMatchObject({ id: 2, comments: 3, flagged: 3, flaggedRate: 1, shoutingIndex: 1 / 3, insultRate: f.insults / 3, watched: false, drift: null });
      expect(bob.toneMean).toBeCloseTo(f.toneMean, 12);
      expect(bob.lastSeen).toBe('2024-03-01T10:30:00.000Z');
    });

    test.each([
      ['comments', (a: string) => figures(a).comments, true],
      ['flagged_rate', (a: string) => figures(a).flagged / figures(a).comments, true],
      ['tone', (a: string) => figures(a).toneMean, false],
      ['shouting', (a: string) => figures(a).shouting / figures(a).comments, true],
    ] as const)('sort=%s orders by it, ties broken by id in the same direction', async (sort, value, desc) => {
      expect(names((await list(`?sort=${sort}`)).items)).toEqual(orderBy(value, desc));
    });

    test('the default sort is by number of comments', async () => {
      expect(names((await list('')).items)).toEqual(['Denis', 'Emma', 'Alice', 'Bob', 'Chloé']);
    });

    test.each(['comments', 'flagged_rate', 'tone', 'shouting'])('pages of two under sort=%s join into the whole list, without repeats', async (sort) => {
      const whole = names((await list(`?sort=${sort}`)).items);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: CommenterListItem[]; nextCursor: string | null } = await list(`?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...names(page.items));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(whole);
    });

    test('q finds a part of the name, in any case', async () => {
      expect(names((await list('?q=DEN')).items)).toEqual(['Denis']);
      expect(names((await list('?q=chlo')).items)).toEqual(['Chloé']);
      expect((await list('?q=nobody')).items).toEqual([]);
    });

    test('a cursor from another sort is refused, naming the field', async () => {
      const { nextCursor } = await list('?sort=tone&limit=1');
      const r = await call(srv, viewer, 'GET', `/api/commenters?sort=comments&cursor=${nextCursor}`);
      expect(r.status).toBe(400);
      expect(fieldsOf(r)).toEqual(['cursor']);
    });

    test.each([
      ['?sort=loudest', 'sort'],
      ['?limit=0', 'limit'],
      ['?limit=abc', 'limit'],
      ['?watched=maybe', 'watched'],
      ['?colour=red', 'colour'],
    ])('%s is a 400 naming %s', async (query, field) => {
      const r = await call(srv, viewer, 'GET', `/api/commenters${query}`);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('invalid_request');
      expect(fieldsOf(r)).toContain(field);
    });
  });

  describe('tone drift', () => {
    test('Denis, polite for twenty comments and very negative for the last ten, is drifting', async () => {
      const denis = (await list('?q=denis')).items[0]!;
      expect(denis.drift).toMatchObject({ window: 10, drifting: true });
      expect(denis.drift!.recentMean).toBeCloseTo(scoreOf('veryNegative').tone.score, 12);
      expect(denis.drift!.baselineMean).toBeCloseTo(scoreOf('polite').tone.score, 12);
      expect(denis.drift!.delta).toBeLessThan(-0.35);
    });

    test('Emma, polite throughout, is judged and not drifting', async () => {
      const emma = (await list('?q=emma')).items[0]!;
      expect(emma.drift).toMatchObject({ window: 10, drifting: false });
      expect(emma.drift!.delta).toBeCloseTo(0, 12);
    });

    test('the window and threshold are settings (DRIFT_WINDOW, DRIFT_THRESHOLD)', async () => {
      const wide = (await srv.store.commenterDetail(4, { window: 15, threshold: 0.35 }))!.drift!;
      // Fifteen comments: ten very negative and five polite, against fifteen polite.
      expect(wide).toMatchObject({ window: 15, drifting: true });
      expect(wide.recentMean).toBeCloseTo((10 * scoreOf('veryNegative').tone.score + 5 * scoreOf('polite').tone.score) / 15, 12);
      expect((await srv.store.commenterDetail(4, { window: 10, threshold: 2 }))!.drift!.drifting).toBe(false);
      // Thirty comments are not two windows of twenty.
      expect((await srv.store.listCommenters({ sort: 'comments', q: 'denis', limit: 1, drift: { window: 20, threshold: 0.35 } })).items[0]!.drift).toBeNull();
    });

    test('with fewer than two windows of comments there is no judgement', async () => {
      const { items } = await list('');
      for (const name of ['Alice', 'Bob', 'Chloé']) expect(items.find((c) => c.displayName === name)!.drift).toBeNull();
    });
  });

  describe('one commenter', () => {
    test("Bob's page: stats, days, articles with counts, recent comments with their status", async () => {
      await srv.store.setStatus(ids[5]!, 'rejected', 'someone');
      const r = await call(srv, viewer, 'GET', '/api/commenters/2');
      expect(r.status).toBe(200);
      const d = r.body;
      expect(d.commenter).toMatchObject({ id: 2, displayName: 'Bob' });
      expect(d.stats).toMatchObject({ comments: 3, flagged: 3, shouting: 1, statuses: { pending: 2, rejected: 1 } });
      expect(d.toneByDay).toEqual([{ day: '2024-03-01T00:00:00.000Z', comments: 3, flagged: 3, toneMean: expect.closeTo(figures('Bob').toneMean, 12) }]);
      expect(d.articles).toEqual([
        { id: 1, title: 'Le budget 2024', comments: 2, lastCommentAt: '2024-03-01T09:30:00.000Z' },
        { id: 2, title: 'Municipales', comments: 1, lastCommentAt: '2024-03-01T10:30:00.000Z' },
      ]);
      expect(d.articlesScope).toEqual({ scanned: 3, complete: true });
      expect(d.recentComments.map((c: { id: number; status: string }) => [c.id, c.status])).toEqual([
        [ids[6], 'pending'],
        [ids[5], 'rejected'],
        [ids[4], 'pending'],
      ]);
      expect(d.recentComments[0]).toMatchObject({ articleTitle: 'Municipales', flagged: true, reasons: ['shouting'], postedAt: '2024-03-01T10:30:00.000Z' });
      expect(d).toMatchObject({ notes: [], watch: null, drift: null });
    });

    test("Denis's page carries his drift", async () => {
      const d = (await call(srv, viewer, 'GET', '/api/commenters/4')).body;
      expect(d.stats.comments).toBe(PLAN.filter((p) => p.author === 'Denis').length);
      expect(d.drift.drifting).toBe(true);
      expect(d.recentComments).toHaveLength(20);
    });

    test('an unknown commenter is a 404; a bad id a 400 naming it', async () => {
      expect((await call(srv, viewer, 'GET', '/api/commenters/999')).status).toBe(404);
      const r = await call(srv, viewer, 'GET', '/api/commenters/abc');
      expect(r.status).toBe(400);
      expect(fieldsOf(r)).toEqual(['id']);
    });
  });

  describe('notes and the watch flag', () => {
    test('a moderator writes notes: kept with author and time, newest first', async () => {
      const first = await call(srv, moderator, 'POST', '/api/commenters/3/notes', { text: '  Premier avertissement.  ' });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ commenterId: 3, author: moderator.user.username, text: 'Premier avertissement.' });
      await call(srv, admin, 'POST', '/api/commenters/3/notes', { text: 'Vu aussi.' });
      const d = (await call(srv, viewer, 'GET', '/api/commenters/3')).body;
      expect(d.notes.map((n: { text: string; author: string }) => [n.text, n.author])).toEqual([
        ['Vu aussi.', admin.user.username],
        ['Premier avertissement.', moderator.user.username],
      ]);
    });

    test('a moderator sets the watch flag, an admin clears it; the list filters on it', async () => {
      const set = await call(srv, moderator, 'POST', '/api/commenters/2/watch', { watched: true });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ watched: true, by: moderator.user.username });
      expect(names((await list('?watched=true')).items)).toEqual(['Bob']);
      expect((await list('?q=bob')).items[0]!.watched).toBe(true);
      expect((await call(srv, viewer, 'GET', '/api/commenters/2')).body.watch).toMatchObject({ watched: true, by: moderator.user.username });

      expect((await call(srv, admin, 'POST', '/api/commenters/2/watch', { watched: false })).body).toMatchObject({ watched: false, by: admin.user.username });
      expect((await list('?watched=true')).items).toEqual([]);
    });

    test('a viewer can neither write notes nor touch the watch flag', async () => {
      const note = await call(srv, viewer, 'POST', '/api/commenters/1/notes', { text: 'non' });
      const watch = await call(srv, viewer, 'POST', '/api/commenters/1/watch', { watched: true });
      expect([note.status, watch.status]).toEqual([403, 403]);
      const d = (await call(srv, admin, 'GET', '/api/commenters/1')).body;
      expect(d).toMatchObject({ notes: [], watch: null });
    });

    test.each([
      ['notes', {}, 'text'],
      ['notes', { text: '   ' }, 'text'],
      ['notes', { text: 'x'.repeat(2_001) }, 'text'],
      ['notes', { text: 'ok', pinned: true }, 'pinned'],
      ['watch', {}, 'watched'],
      ['watch', { watched: 'yes' }, 'watched'],
    ])('POST %s with %j is a 400 naming %s', async (what, body, field) => {
      const r = await call(srv, moderator, 'POST', `/api/commenters/1/${what}`, body);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('invalid_request');
      expect(fieldsOf(r)).toEqual([field]);
    });

    test('notes and watch on an unknown commenter are 404s', async () => {
      expect((await call(srv, moderator, 'POST', '/api/commenters/999/notes', { text: 'x' })).status).toBe(404);
      expect((await call(srv, moderator, 'POST', '/api/commenters/999/watch', { watched: true })).status).toBe(404);
    });

    test('without a session, every commenters route is refused', async () => {
      for (const [method, path] of [
        ['GET', '/api/commenters'],
        ['GET', '/api/commenters/1'],
        ['POST', '/api/commenters/1/notes'],
        ['POST', '/api/commenters/1/watch'],
      ] as const) {
        expect((await call(srv, null, method, path, method === 'POST' ? { text: 'x', watched: true } : undefined)).status, path).toBe(401);
      }
    });
  });
});
