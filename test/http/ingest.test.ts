/** POST /api/comments against the real server, real SQLite, real HTTP. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getTestServer, TEST_INGEST_KEY, type TestServer } from '../support/server.js';

let srv: TestServer;
beforeAll(async () => {
  srv = await getTestServer();
});
afterAll(async () => srv.close());

const article = { id: 'a-1', title: 'La Russie pourrait accepter une coordination', url: 'https://example.com/a-1' };

async function post(body: unknown, key: string | null = TEST_INGEST_KEY, raw?: string) {
  const res = await fetch(`${srv.url}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
    body: raw ?? JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('ingestion API', () => {
  test('one comment is scored, stored and answered with its id and scores', async () => {
    const r = await post({ external_id: 'c-1', article, author: 'FAKHOURI', text: 'Quel mollasson, ce président !', posted_at: '2015-10-07T14:26:00Z' });
    expect(r.status).toBe(201);
    expect(r.body.comments).toHaveLength(1);
    const c = r.body.comments[0];
    expect(c).toMatchObject({ duplicate: false, lang: 'fr', flagged: true, reasons: ['insult'], insult: { target: 'public_figure' } });
    const stored = await srv.store.getComment(c.id);
    expect(stored?.text).toBe('Quel mollasson, ce président !');
    expect(stored?.source).toBe('site');
  });

  test('a batch comes back with ids in order', async () => {
    const comments = ['Premier', 'Deuxième', 'Troisième'].map((t, i) => ({ external_id: `b-${i}`, article, author: 'M.V.', text: `${t} commentaire, merci.` }));
    const r = await post({ comments });
    expect(r.status).toBe(201);
    const ids = r.body.comments.map((c: { id: number }) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    for (const [i, id] of ids.entries()) expect((await srv.store.getComment(id))?.text).toBe(comments[i]!.text);
  });

  test('the same external id is stored once; a repeat returns the existing id with duplicate: true', async () => {
    const body = { external_id: 'dup-1', article, author: 'FRIK-A-FRAK', text: 'Washington sait qui frapper.' };
    const first = await post(body);
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(again.body.comments[0]).toMatchObject({ id: first.body.comments[0].id, duplicate: true });
  });

  test('without an id, the same article, author, time and text are stored once', async () => {
    const body = { article, author: 'M.V.', text: "L'AFP exagère toujours ...!", posted_at: '2015-10-07T08:16:00Z' };
    const first = await post(body);
    const again = await post(body);
    expect(again.body.comments[0]).toMatchObject({ id: first.body.comments[0].id, duplicate: true });
  });

  test('a batch with one bad comment is refused whole, with every problem named, and nothing is stored', async () => {
    const before = await srv.store.counts();
    const r = await post({
      comments: [
        { external_id: 'ok-1', article, author: 'A', text: 'Un commentaire correct.' },
        { external_id: 'bad-1', article, author: '', text: 'Auteur vide.' },
        { external_id: 'bad-2', article: { title: 'sans id' }, author: 'B' },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_comments');
    expect(r.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ index: 1, field: 'author' }),
        expect.objectContaining({ index: 2, field: 'article.id' }),
        expect.objectContaining({ index: 2, field: 'text' }),
      ]),
    );
    expect(await srv.store.counts()).toEqual(before);
  });

  test('an unknown key gets 401, a missing key too', async () => {
    expect((await post({ article, author: 'A', text: 'x' }, 'nope')).status).toBe(401);
    expect((await post({ article, author: 'A', text: 'x' }, null)).status).toBe(401);
  });

  test('a key created for a source works and stamps that source', async () => {
    const key = await srv.store.createApiKey('partner-site');
    const r = await post({ external_id: 'p-1', article, author: 'A', text: 'Bonjour à tous.' }, key);
    expect(r.status).toBe(201);
    expect((await srv.store.getComment(r.body.comments[0].id))?.source).toBe('partner-site');
  });

  test('an oversized body gets 413 and a batch over 1,000 comments too', async () => {
    const huge = 'x'.repeat(11 * 1024 * 1024);
    expect((await post(null, TEST_INGEST_KEY, JSON.stringify({ article, author: 'A', text: huge }))).status).toBe(413);
    const comments = Array.from({ length: 1001 }, (_, i) => ({ external_id: `big-${i}`, article, author: 'A', text: 'x' }));
    expect((await post({ comments })).status).toBe(413);
  });

  test('a body that is not JSON gets 400 with a clear code', async () => {
    const r = await post(null, TEST_INGEST_KEY, '{"comments": [');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_json');
  });

  test('health is public', async () => {
    const res = await fetch(`${srv.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });
});
