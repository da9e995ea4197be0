/** The live dashboard's socket against the real server: who may connect, and what reaches them. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { connectClient, ingest, loggedInClient, someComments, type LiveClient } from './client.js';

let srv: TestServer;
const clients: LiveClient[] = [];
const track = (c: LiveClient) => (clients.push(c), c);
beforeAll(async () => {
  srv = await getTestServer();
});
afterAll(async () => {
  for (const c of clients) c.close();
  await srv.close();
});

/** A decision through the review API, as a moderator's dashboard makes it. */
async function post(path: string, by: TestLogin, body: unknown): Promise<void> {
  const res = await fetch(`${srv.url}${path}`, { method: 'POST', headers: by.headers, body: JSON.stringify(body) });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
}

describe('handshake', () => {
  test('a socket without a session cookie is refused', async () => {
    await expect(connectClient(srv, {})).rejects.toThrow('unauthenticated');
  });

  test('a socket with a made-up session cookie is refused', async () => {
    await expect(connectClient(srv, { cookie: `vigie_session=${'x'.repeat(43)}` })).rejects.toThrow('unauthenticated');
  });

  test('a socket opened from another site is refused, even with a valid cookie', async () => {
    const { cookie } = await srv.login('moderator');
    await expect(connectClient(srv, { cookie, origin: 'https://evil.example' })).rejects.toThrow('forbidden origin');
  });

  test('a signed-in socket from the same origin is accepted', async () => {
    const { cookie } = await srv.login('viewer');
    const client = track(await connectClient(srv, { cookie, origin: srv.url }));
    expect(client.socket.connected).toBe(true);
  });

  test('after sign-out, the cookie no longer opens a socket', async () => {
    const login = await srv.login('moderator');
    const out = await fetch(`${srv.url}/api/auth/logout`, { method: 'POST', headers: login.headers });
    expect(out.status).toBe(204);
    await expect(connectClient(srv, { cookie: login.cookie })).rejects.toThrow('unauthenticated');
  });
});

describe('what reaches a signed-in dashboard', () => {
  test('a comment posted with an API key reaches a logged-in socket as comment:new, with its scores', async () => {
    const client = track(await loggedInClient(srv, 'viewer'));
    expect(await client.join({ kind: 'queue' })).toMatchObject({ ok: true });
    const [id] = await ingest(srv, [
      { external_id: 'live-insult', article: { id: 'live-a', title: 'La réforme des retraites' }, author: 'FAKHOURI', text: 'Quel mollasson, ce président !' },
    ]);
    await client.until((c) => c.comments().some((s) => s.id === id));
    const summary = client.comments().find((s) => s.id === id)!;
    expect(summary).toMatchObject({
      id,
      articleTitle: 'La réforme des retraites',
      author: 'FAKHOURI',
      text: 'Quel mollasson, ce président !',
      status: 'pending',
      score: { lang: 'fr', flagged: true, reasons: ['insult'], insult: { flag: true, target: 'public_figure' } },
    });
    // The same scores the store holds, evidence included.
    expect(summary.score).toEqual((await srv.store.getComment(id!))!.score);
  });

  test("a live comment shows its author's record: the share of their comments flagged, this one included", async () => {
    const client = track(await loggedInClient(srv, 'viewer'));
    await client.join({ kind: 'queue' });
    const article = { id: 'live-record', title: 'Le budget' };
    const [polite, rude] = await ingest(srv, [
      { external_id: 'record-1', article, author: 'Mireille Record', text: 'Merci pour cet article très clair.' },
      { external_id: 'record-2', article, author: 'Mireille Record', text: 'Quel mollasson, ce ministre !' },
    ]);
    await client.until((c) => c.comments().some((s) => s.id === rude));
    const live = client.comments().filter((s) => s.id === polite || s.id === rude);
    // One window, read after both were stored: one flagged out of two.
    expect(live.map((s) => s.commenterFlaggedRate)).toEqual([0.5, 0.5]);
  });

  test('joining the queue sends its counts at once', async () => {
    const client = track(await loggedInClient(srv));
    await client.join({ kind: 'queue' });
    await client.until((c) => c.of('queue:counts').length > 0);
    expect(client.of('queue:counts')[0]).toEqual(await srv.store.queueCounts());
  });

  test("one moderator's decision reaches another moderator as comment:updated, with who decided", async () => {
    const [id] = await ingest(srv, someComments(1, 'decided-a'));
    const watcher = track(await loggedInClient(srv, 'moderator'));
    await watcher.join({ kind: 'queue' });
    const deciding = await srv.login('moderator');
    await post(`/api/comments/${id}/decision`, deciding, { action: 'reject', reason: 'off-topic' });
    await watcher.until((c) => c.of('comment:updated').some((p) => p.updates.some((u) => u.id === id)));
    const update = watcher.of('comment:updated').flatMap((p) => p.updates).find((u) => u.id === id);
    expect(update).toMatchObject({ id, status: 'rejected', by: deciding.user.username, reason: 'off-topic' });
    expect(Date.parse(update!.at)).not.toBeNaN();
  });

  test('a bulk decision reaches the queue as one comment:updated, and its article room too; the counts follow', async () => {
    const ids = await ingest(srv, someComments(40, 'bulk-a'));
    const articleId = (await srv.store.getComment(ids[0]!))!.articleId;
    const onQueue = track(await loggedInClient(srv, 'viewer'));
    const onArticle = track(await loggedInClient(srv, 'viewer'));
    await onQueue.join({ kind: 'queue' });
    await onArticle.join({ kind: 'article', id: articleId });
    const deciding = await srv.login('moderator');
    await post('/api/comments/decisions', deciding, { ids, action: 'approve' });
    const approved = (c: LiveClient) => c.of('comment:updated').flatMap((p) => p.updates).filter((u) => u.status === 'approved');
    await onQueue.until((c) => approved(c).length === 40);
    await onArticle.until((c) => approved(c).length === 40);
    expect(onQueue.of('comment:updated')).toHaveLength(1);
    expect(approved(onQueue).map((u) => u.id)).toEqual(ids);
    await onQueue.until((c) => c.of('queue:counts').length >= 2);
    expect(onQueue.of('queue:counts').at(-1)).toEqual(await srv.store.queueCounts());
  });

  test("undoing one's decision reaches the dashboards as the status coming back", async () => {
    const [id] = await ingest(srv, someComments(1, 'undo-a'));
    const watcher = track(await loggedInClient(srv, 'viewer'));
    await watcher.join({ kind: 'queue' });
    const deciding = await srv.login('moderator');
    await post(`/api/comments/${id}/decision`, deciding, { action: 'escalate' });
    await post(`/api/comments/${id}/undo`, deciding, {});
    const statuses = () => watcher.of('comment:updated').flatMap((p) => p.updates).filter((u) => u.id === id).map((u) => u.status);
    await watcher.until(() => statuses().length === 2);
    expect(statuses()).toEqual(['escalated', 'pending']);
  });

  test('rules:progress reaches every dashboard, thinned to the latest per window, the final one always', async () => {
    const client = track(await loggedInClient(srv, 'admin'));
    for (let done = 0; done <= 1_000; done += 10) srv.bus.emit('rules:progress', { version: 7, done, total: 1_000, finished: done === 1_000 });
    await client.until((c) => c.of('rules:progress').some((p) => p.finished));
    const progress = client.of('rules:progress');
    expect(progress.length).toBeLessThanOrEqual(2);
    expect(progress.at(-1)).toEqual({ version: 7, done: 1_000, total: 1_000, finished: true });
  });
});
