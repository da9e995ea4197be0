/**
 * Two instances behind a load balancer share one database and one Redis: a
 * comment ingested through one reaches dashboards connected to the other,
 * and a decision taken on one updates dashboards on the other — in every
 * room, once each, in id order.
 */
import { expect, test } from 'vitest';
import type { CommentUpdate } from '../../shared/events.js';
import type { TestLogin, TestServer } from '../support/server.js';
import { idsOf, ingest, someComments, type LiveClient } from '../realtime/client.js';
import { describeEachSharedStore, useCluster } from './cluster.js';

const settle = () => new Promise((r) => setTimeout(r, 200));

async function decide(srv: TestServer, by: TestLogin, id: number, action: 'approve' | 'reject' | 'escalate'): Promise<{ actionId: number; status: string; at: string }> {
  const res = await fetch(`${srv.url}/api/comments/${id}/decision`, { method: 'POST', headers: by.headers, body: JSON.stringify({ action }) });
  if (res.status !== 200) throw new Error(`decision answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { decision: { actionId: number; status: string; at: string } }).decision;
}

const actionIdsOf = (c: LiveClient) => c.updates().map((u) => u.actionId);

describeEachSharedStore('two instances, one database, one Redis', (kind) => {
  const cluster = useCluster(kind);

  test('a comment posted to A with the API key reaches a dashboard on B: queue, article and commenter rooms, with stats', async () => {
    const [first] = await ingest(cluster.a, someComments(1, 'sc-a1', 'Rima'));
    const { articleId, commenterId } = (await cluster.a.store.getComment(first!))!;
    const queue = await cluster.client(cluster.b);
    const article = await cluster.client(cluster.b);
    const commenter = await cluster.client(cluster.b);
    expect(await queue.join({ kind: 'queue' })).toMatchObject({ ok: true });
    expect(await article.join({ kind: 'article', id: articleId })).toMatchObject({ ok: true });
    expect(await commenter.join({ kind: 'commenter', id: commenterId })).toMatchObject({ ok: true });

    const posted = await ingest(cluster.a, someComments(3, 'sc-a1', 'Rima'));
    for (const c of [queue, article, commenter]) await c.until((x) => idsOf(x).length === 3);
    await settle();
    for (const c of [queue, article, commenter]) expect(idsOf(c)).toEqual(posted);
    expect(queue.comments()[0]).toMatchObject({ id: posted[0], articleId, commenterId, author: 'Rima', status: 'pending' });
    expect(queue.of('queue:counts').length).toBeGreaterThan(0);
    expect(article.of('article:stats').reduce((n, d) => n + d.comments, 0)).toBe(3);
    expect(commenter.of('commenter:stats').reduce((n, d) => n + d.comments, 0)).toBe(3);
  });

  test('a decision taken on B updates a dashboard on A, and the one on B too', async () => {
    const ids = await ingest(cluster.b, someComments(2, 'sc-b1'));
    const onA = await cluster.client(cluster.a);
    const onB = await cluster.client(cluster.b);
    await onA.join({ kind: 'queue' });
    await onB.join({ kind: 'queue' });
    const moderator = await cluster.b.login('moderator');
    const made = await decide(cluster.b, moderator, ids[0]!, 'reject');

    const expected: CommentUpdate = { id: ids[0]!, status: 'rejected', by: moderator.user.username, at: made.at, actionId: made.actionId };
    for (const c of [onA, onB]) await c.until((x) => x.updates().length === 1);
    await settle();
    expect(onA.updates()).toEqual([expected]);
    expect(onB.updates()).toEqual([expected]);
    expect(onA.decisionsCursor).toBe(made.actionId);
    // The queue's counts on A follow a decision made on B.
    await onA.until((x) => x.of('queue:counts').some((q) => q.rejected >= 1));
  });

  test('the same user signed in on A decides through B with the same cookie; dashboards on both hear it once', async () => {
    const ids = await ingest(cluster.a, someComments(1, 'sc-cookie'));
    const onA = await cluster.client(cluster.a);
    await onA.join({ kind: 'queue' });
    const signedInOnA = await cluster.a.login('moderator');
    const made = await decide(cluster.b, signedInOnA, ids[0]!, 'approve');
    await onA.until((x) => x.updates().length === 1);
    await settle();
    expect(actionIdsOf(onA)).toEqual([made.actionId]);
  });

  test('while both instances ingest at once, every dashboard gets every comment once, in id order', async () => {
    const onA = await cluster.client(cluster.a);
    const onB = await cluster.client(cluster.b);
    await onA.join({ kind: 'queue' });
    await onB.join({ kind: 'queue' });
    const posted: number[] = [];
    await Promise.all(
      [cluster.a, cluster.b].map(async (srv, k) => {
        for (let i = 0; i < 15; i++) posted.push(...(await ingest(srv, someComments(1 + ((i + k) % 4), k ? 'sc-both-b' : 'sc-both-a'))));
      }),
    );
    posted.sort((x, y) => x - y);
    for (const c of [onA, onB]) await c.until((x) => idsOf(x).length >= posted.length);
    await settle();
    expect(idsOf(onA)).toEqual(posted);
    expect(idsOf(onB)).toEqual(posted);
  });
});
