/**
 * A dashboard whose connection drops may come back through the load
 * balancer to the other instance: with its cursors, it gets every comment
 * and decision it missed, wherever they were made — nothing lost, nothing
 * twice — then the live stream.
 */
import { expect, test } from 'vitest';
import type { TestLogin, TestServer } from '../support/server.js';
import { scored } from '../store/factories.js';
import { idsOf, ingest, someComments, type LiveClient } from '../realtime/client.js';
import { describeEachSharedStore, useCluster } from './cluster.js';

const settle = () => new Promise((r) => setTimeout(r, 200));

async function decide(srv: TestServer, by: TestLogin, id: number, action: 'approve' | 'reject'): Promise<number> {
  const res = await fetch(`${srv.url}/api/comments/${id}/decision`, { method: 'POST', headers: by.headers, body: JSON.stringify({ action }) });
  if (res.status !== 200) throw new Error(`decision answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { decision: { actionId: number } }).decision.actionId;
}

const actionIdsOf = (c: LiveClient) => c.updates().map((u) => u.actionId);

describeEachSharedStore('reconnecting to the other instance', (kind) => {
  // A reads the database every 50 ms by itself; B only when rung (see the last test).
  const cluster = useCluster(kind, { a: { pollMs: 50 } });

  test('disconnect from A, comments and decisions made on both meanwhile, reconnect to B with the cursors: exactly what was missed, then live', async () => {
    const { a, b } = cluster;
    const moderatorA = await a.login('moderator');
    const moderatorB = await b.login('moderator');
    const before = await ingest(a, someComments(4, 'hop-1'));
    const first = await cluster.client(a);
    await first.join({ kind: 'queue' });
    await decide(a, moderatorA, before[0]!, 'approve');
    await first.until((c) => c.updates().length === 1);
    const { cursor, decisionsCursor } = first;
    first.close();

    const missed = [...(await ingest(a, someComments(3, 'hop-1'))), ...(await ingest(b, someComments(3, 'hop-2'))), ...(await ingest(a, someComments(2, 'hop-2')))];
    const missedDecisions = [await decide(b, moderatorB, before[1]!, 'reject'), await decide(a, moderatorA, missed[0]!, 'approve'), await decide(b, moderatorB, missed[4]!, 'reject')];

    const again = await cluster.client(b);
    const ack = await again.join({ kind: 'queue' }, cursor, decisionsCursor);
    // B may not have read its own last writes yet when the dashboard joins: what it had read is replayed
    // before the ack, the rest follows live — either way each exactly once, in order.
    expect(ack.ok).toBe(true);
    await again.until((c) => idsOf(c).length >= missed.length && c.updates().length >= missedDecisions.length);
    expect(idsOf(again)).toEqual(missed);
    expect(actionIdsOf(again)).toEqual(missedDecisions);

    const live = [...(await ingest(a, someComments(2, 'hop-1'))), ...(await ingest(b, someComments(2, 'hop-2')))];
    const liveDecision = await decide(a, moderatorA, live[3]!, 'approve');
    await again.until((c) => idsOf(c).length === missed.length + live.length && c.updates().length === missedDecisions.length + 1);
    await settle();
    expect(idsOf(again)).toEqual([...missed, ...live]);
    expect(actionIdsOf(again)).toEqual([...missedDecisions, liveDecision]);
  });

  test('hopping from A to B while both keep ingesting: before and after the hop are every comment, once each, in order', async () => {
    const { a, b } = cluster;
    const posted: number[] = [];
    let posting = true;
    const writers = [a, b].map(async (srv, k) => {
      while (posting) {
        posted.push(...(await ingest(srv, someComments(3 + k, `hop-stream-${k}`))));
        await new Promise((r) => setTimeout(r, 3));
      }
    });

    const first = await cluster.client(a);
    await first.join({ kind: 'queue' });
    await first.until((c) => idsOf(c).length >= 40);
    first.close();
    const cursor = first.cursor;
    const before = idsOf(first).filter((id) => id <= cursor);
    await new Promise((r) => setTimeout(r, 100));

    const again = await cluster.client(b);
    expect((await again.join({ kind: 'queue' }, cursor)).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    posting = false;
    await Promise.all(writers);
    posted.sort((x, y) => x - y);
    await again.until((c) => (idsOf(c).at(-1) ?? 0) >= posted.at(-1)!);
    await settle();

    const after = idsOf(again);
    expect(new Set(after).size).toBe(after.length);
    expect(after).toEqual([...after].sort((x, y) => x - y));
    expect([...before, ...after]).toEqual(posted.filter((id) => id >= before[0]!));
  });

  test('a comment written by neither instance (an import) reaches A by its poll; B, given a cursor from A, catches up rather than send it twice', async () => {
    const importer = await cluster.openStore();
    const onA = await cluster.client(cluster.a);
    await onA.join({ kind: 'queue' });
    const outcomes = await importer.ingest('import', [1, 2, 3].map((i) => scored({ external_id: `imported-${i}`, article: { id: 'hop-import' } })));
    const imported = outcomes.map((o) => o.id);
    // No instance wrote them, so no doorbell rang: A's poll found them.
    await onA.until((c) => idsOf(c).length === 3);
    expect(idsOf(onA)).toEqual(imported);
    onA.close();

    // B reads only when rung: the dashboard's cursor is ahead of B's position.
    const onB = await cluster.client(cluster.b);
    expect(await onB.join({ kind: 'queue' }, onA.cursor)).toEqual({ ok: true, cursor: imported.at(-1), decisionsCursor: expect.any(Number) });
    expect(idsOf(onB)).toEqual([]);
    // The next write rings B, which sends only what is new to this dashboard.
    const live = await ingest(cluster.b, someComments(1, 'hop-import'));
    await onB.until((c) => idsOf(c).length >= 1);
    await settle();
    expect(idsOf(onB)).toEqual(live);
  });
});
