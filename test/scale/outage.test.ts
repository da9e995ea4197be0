/**
 * When Redis goes away under running instances: dashboards still get new
 * comments (each instance reads the database on its own), sign-in fails
 * rather than go uncounted, and when Redis is back the doorbells and the
 * shared lockout counters work again.
 */
import { afterAll, expect, test } from 'vitest';
import { signIn } from '../auth/support.js';
import { idsOf, ingest, someComments } from '../realtime/client.js';
import { TEST_PASSWORD } from '../support/server.js';
import { STORE_KINDS } from '../support/stores.js';
import { describeWithRedis, REDIS_TEST_URL, useCluster } from './cluster.js';
import { redisProxy } from './redisProxy.js';

// B reaches Redis through a relay the test can cut; A directly.
const proxy = await redisProxy(REDIS_TEST_URL);
afterAll(() => proxy.close());

describeWithRedis('Redis going away and coming back', () => {
  const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;
  const cluster = useCluster(sqlite, { b: { redisUrl: proxy.url, pollMs: 200 } });

  test('without Redis, B still sends what A ingests, and refuses sign-ins; with Redis back, both work again', async () => {
    const { a, b } = cluster;
    const moderator = await b.login('moderator');
    const onB = await cluster.client(b);
    const onA = await cluster.client(a);
    await onB.join({ kind: 'queue' });
    await onA.join({ kind: 'queue' });

    proxy.down();
    // No doorbell reaches B: its own reading of the database, every 200 ms, finds the comments.
    const whileDown = await ingest(a, someComments(2, 'outage'));
    await onB.until((c) => idsOf(c).length === 2, 5_000);
    expect(idsOf(onB)).toEqual(whileDown);

    // Lockout counts cannot be read: the sign-in fails (after the limiter's 2 s) instead of going uncounted.
    const refused = await signIn(b.url, moderator.user.username, TEST_PASSWORD);
    expect(refused.status).toBe(500);
    expect(refused.cookie).toBeUndefined();

    proxy.up();
    // B reconnects by itself (backing off up to 3 s between tries).
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (status !== 200 && Date.now() < deadline) {
      status = (await signIn(b.url, moderator.user.username, TEST_PASSWORD)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    // B's doorbell reaches A again (A reads the database only when rung, in these tests).
    const afterwards = await ingest(b, someComments(1, 'outage'));
    await onA.until((c) => idsOf(c).includes(afterwards[0]!), 5_000);
    expect(idsOf(onA)).toEqual([...whileDown, ...afterwards]);
  });
});
