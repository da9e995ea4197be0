/** GET /api/comments and GET /api/comments/:id against the real server. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { call, fieldsOf, seed } from './support.js';

let srv: TestServer;
let viewer: TestLogin;
let ids: number[];
beforeAll(async () => {
  srv = await getTestServer();
  viewer = await srv.login('viewer');
  ids = await seed(srv, 40, ['polite', 'insult', 'threat', 'english', 'profanity'], (i) => ({
    text: i % 4 === 0 ? `Le "gouvernement" (encore) ${i}` : `Commentaire numéro ${i}`,
  }));
  await srv.store.setStatuses(ids.slice(0, 5), 'approved', 'alice');
});
afterAll(async () => srv.close());

const get = (path: string) => call(srv, viewer, 'GET', path);

async function walk(query: string): Promise<number[]> {
  const seen: number[] = [];
  let cursor: string | null = null;
  do {
    const r = await get(`/api/comments?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(r.status).toBe(200);
    seen.push(...r.body.items.map((c: { id: number }) => c.id));
    cursor = r.body.nextCursor;
  } while (cursor);
  return seen;
}

describe('the queue', () => {
  test('by default: flagged comments still pending, most severe first, with the counts per status', async () => {
    const r = await get('/api/comments');
    expect(r.status).toBe(200);
    const { items, counts } = r.body;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c: any) => c.score.flagged && c.status === 'pending')).toBe(true);
    const tox = items.map((c: any) => c.score.toxicity.score);
    expect(tox).toEqual([...tox].sort((a, b) => b - a));
    expect(counts).toEqual({ flagged: items.length, pending: 35, approved: 5, rejected: 0, escalated: 0, all: 40 });
    expect(items[0]).toMatchObject({ articleTitle: expect.stringMatching(/^Article /), author: expect.stringMatching(/^Lecteur /) });
  });

  test.each(['severity', 'newest', 'oldest'])('sort=%s: walking every page by cursor gives each comment once, none missing', async (sort) => {
    const seen = await walk(`status=all&sort=${sort}&limit=7`);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => a - b)).toEqual(ids);
  });

  test('newest and oldest are each other reversed (times are distinct here)', async () => {
    expect(await walk('status=all&sort=newest&limit=9')).toEqual((await walk('status=all&sort=oldest&limit=4')).reverse());
  });

  test('filters: status, reason, article, commenter, language', async () => {
    const items = async (q: string) => (await get(`/api/comments?${q}&limit=200`)).body.items as any[];
    expect((await items('status=approved')).map((c) => c.id).sort((a, b) => a - b)).toEqual(ids.slice(0, 5));
    expect((await items('status=all&reason=threat')).every((c) => c.score.reasons.includes('threat'))).toBe(true);
    expect(await items('status=all&reason=threat')).toHaveLength(8);
    expect((await items('status=all&article=2')).every((c) => c.articleId === 2)).toBe(true);
    expect((await items('status=all&commenter=3')).every((c) => c.commenterId === 3)).toBe(true);
    expect((await items('status=all&lang=en')).map((c) => c.score.lang)).toEqual(Array(8).fill('en'));
  });

  test('q searches the text; quotes, parentheses and operators are words, not syntax', async () => {
    const found = async (q: string) => (await get(`/api/comments?status=all&limit=200&q=${encodeURIComponent(q)}`)).body.items.length as number;
    expect(await found('gouvernement')).toBe(10);
    expect(await found('"gouvernement" encore')).toBe(10);
    // Every word is required, operator names included: no comment says "and" and "not".
    expect(await found('gouvernement AND NOT (encore')).toBe(0);
    expect(await found('(gouvernement) "encore')).toBe(10);
    expect(await found('-gouvernement* ^encore')).toBe(10);
    expect(await found('numéro')).toBe(30);
  });

  test.each([
    ['status=bogus', 'status'],
    ['sort=best', 'sort'],
    ['limit=0', 'limit'],
    ['limit=lots', 'limit'],
    ['article=abc', 'article'],
    ['reason=rude', 'reason'],
    ['cursor=not-a-cursor', 'cursor'],
    ['colour=red', 'colour'],
  ])('?%s is a 400 naming %s', async (query, field) => {
    const r = await get(`/api/comments?${query}`);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_request');
    expect(fieldsOf(r)).toContain(field);
  });

  test('a cursor from another sort is refused, not misread', async () => {
    const { nextCursor } = (await get('/api/comments?status=all&sort=severity&limit=2')).body;
    const r = await get(`/api/comments?status=all&sort=oldest&cursor=${nextCursor}`);
    expect(r.status).toBe(400);
    expect(fieldsOf(r)).toEqual(['cursor']);
  });
});

describe('one comment', () => {
  test('comes with its evidence, breakdown and decision history', async () => {
    const id = ids[2]!;
    await srv.store.setStatus(id, 'rejected', 'bob', 'threat', 'menace directe');
    const r = await get(`/api/comments/${id}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, status: 'rejected', source: 'site', articleUrl: null, rulesVersion: 1 });
    expect(r.body.score.evidence.some((e: any) => e.kind === 'threat')).toBe(true);
    expect(Object.keys(r.body.score.breakdown)).toEqual(['tone', 'shouting', 'insult', 'toxicity']);
    expect(r.body.history.map((h: any) => [h.actor, h.action, h.previous, h.reason, h.note])).toEqual([
      ['alice', 'approved', 'pending', null, null],
      ['bob', 'rejected', 'approved', 'threat', 'menace directe'],
    ]);
  });

  test('an unknown id is 404; a malformed one is 400 naming id', async () => {
    expect((await get('/api/comments/99999')).status).toBe(404);
    const r = await get('/api/comments/abc');
    expect(r.status).toBe(400);
    expect(fieldsOf(r)).toEqual(['id']);
  });
});

describe('without a session', () => {
  // Every route of the review API, not a sample.
  test.each([
    ['GET', '/api/comments'],
    ['GET', '/api/comments/1'],
    ['POST', '/api/comments/1/decision'],
    ['POST', '/api/comments/decisions'],
    ['POST', '/api/comments/1/undo'],
    ['GET', '/api/audit'],
    ['GET', '/api/export.csv'],
    ['POST', '/api/score'],
  ])('%s %s is 401', async (method, path) => {
    const r = await call(srv, null, method, path, method === 'POST' ? {} : undefined);
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthenticated');
  });
});
