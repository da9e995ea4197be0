/**
 * Signing in behind a load balancer: a session opened on one instance is
 * valid on every other (sessions live in the database), and failed sign-ins
 * are counted together in Redis, so spreading guesses over the instances
 * buys nothing.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.js';
import { createRedisLoginLimiter } from '../../server/auth/sharedRateLimit.js';
import { connectRedis, type RedisConnection } from '../../server/redis.js';
import { CSRF, call, me, signIn } from '../auth/support.js';
import { connectClient } from '../realtime/client.js';
import { describeEachSharedStore, describeWithRedis, REDIS_TEST_URL, uniquePrefix, useCluster } from './cluster.js';
import { redisProxy } from './redisProxy.js';

const PASSWORD = 'correct horse battery staple';

describeEachSharedStore('sessions and lockouts across instances', (kind) => {
  // TRUST_PROXY on both, so each test can speak from the address it wants through X-Forwarded-For.
  const cluster = useCluster(kind, { a: { trustProxy: 1 }, b: { trustProxy: 1 } });
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  let account = 0;
  /** A fresh account in the shared database: lockout counts are per name, and Redis keeps them across tests. */
  async function newAccount(): Promise<string> {
    const username = `scale-user-${++account}`;
    await cluster.a.store.createUser({ username, role: 'moderator', passwordHash: await hashPassword(PASSWORD) });
    return username;
  }

  test('a cookie from A works on B, for the API and the live socket; signing out on B ends it on A', async () => {
    const username = await newAccount();
    const { cookie } = await signIn(cluster.a.url, username, PASSWORD, from('10.9.0.1'));
    expect((await me(cluster.b.url, cookie)).body.user.username).toBe(username);
    const socket = cluster.track(await connectClient(cluster.b, { cookie: cookie! }));
    expect(socket.socket.connected).toBe(true);

    expect((await call(`${cluster.b.url}/api/auth/logout`, { method: 'POST', headers: { cookie: cookie!, ...CSRF } })).status).toBe(204);
    expect((await me(cluster.a.url, cookie)).status).toBe(401);
    await expect(connectClient(cluster.a, { cookie: cookie! })).rejects.toThrow('unauthenticated');
  });

  test('5 failures for one account, spread over A and B, lock it on both', async () => {
    const username = await newAccount();
    for (let i = 0; i < 5; i++) {
      const srv = i % 2 ? cluster.b : cluster.a;
      expect((await signIn(srv.url, username, `wrong guess ${i}`, from(`10.9.1.${i}`))).status).toBe(401);
    }
    for (const srv of [cluster.a, cluster.b]) {
      const locked = await signIn(srv.url, username, PASSWORD, from('10.9.1.99'));
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    }
  });

  test('4 failures on A, a success on B: the count is cleared for A too', async () => {
    const username = await newAccount();
    for (let i = 0; i < 4; i++) expect((await signIn(cluster.a.url, username, 'typo', from('10.9.2.1'))).status).toBe(401);
    expect((await signIn(cluster.b.url, username, PASSWORD, from('10.9.2.1'))).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signIn(cluster.a.url, username, 'typo', from('10.9.2.1'))).status).toBe(401);
    expect((await signIn(cluster.a.url, username, PASSWORD, from('10.9.2.1'))).status).toBe(200);
  });

  test('20 failures from one address, half on each instance, lock that address on both', async () => {
    const username = await newAccount();
    for (let i = 0; i < 20; i++) {
      const srv = i % 2 ? cluster.b : cluster.a;
      expect((await signIn(srv.url, `nobody-${i}`, 'guess', from('203.0.113.50'))).status).toBe(401);
    }
    for (const srv of [cluster.a, cluster.b]) expect((await signIn(srv.url, username, PASSWORD, from('203.0.113.50'))).status).toBe(429);
    expect((await signIn(cluster.b.url, username, PASSWORD, from('203.0.113.51'))).status).toBe(200);
  });
});

describeWithRedis('the Redis lockout counter alone', () => {
  let redis: RedisConnection;
  beforeAll(async () => {
    redis = await connectRedis(REDIS_TEST_URL, { prefix: uniquePrefix(), log: pino({ level: 'silent' }) });
  });
  afterAll(async () => redis?.close());

  test('the window opens at the first failure and Redis ends it: Retry-After counts down, then sign-in is open again', async () => {
    const limiter = createRedisLoginLimiter(redis.client, { prefix: redis.prefix, perAccount: 2, perIp: 100, windowMs: 3_000 });
    const opened = Date.now();
    await limiter.recordFailure('192.0.2.1', 'Rami');
    expect(await limiter.retryAfter('192.0.2.1', 'rami')).toBe(0);
    await limiter.recordFailure('192.0.2.2', 'RAMI');
    const first = await limiter.retryAfter('192.0.2.3', 'rami');
    expect(first).toBeGreaterThanOrEqual(2);
    expect(first).toBeLessThanOrEqual(3);
    // A later failure does not push the window's end back (it would say 3 again).
    await new Promise((r) => setTimeout(r, 1_100));
    await limiter.recordFailure('192.0.2.4', 'rami');
    expect(await limiter.retryAfter('192.0.2.3', 'rami')).toBeLessThanOrEqual(2);
    await new Promise((r) => setTimeout(r, opened + 3_100 - Date.now()));
    expect(await limiter.retryAfter('192.0.2.3', 'rami')).toBe(0);
    const keys = await redis.client.keys(`${redis.prefix}:login:*`);
    expect(keys.filter((k) => k.includes('account:rami'))).toEqual([]);
  });

  test('when Redis stops answering, the check fails within its time limit instead of letting the attempt through uncounted', async () => {
    const proxy = await redisProxy(REDIS_TEST_URL);
    const viaProxy = await connectRedis(proxy.url, { prefix: redis.prefix, log: pino({ level: 'silent' }) });
    try {
      const limiter = createRedisLoginLimiter(viaProxy.client, { prefix: redis.prefix, timeoutMs: 300 });
      expect(await limiter.retryAfter('192.0.2.9', 'someone')).toBe(0);
      proxy.freeze();
      const started = Date.now();
      await expect(limiter.retryAfter('192.0.2.9', 'someone')).rejects.toThrow(/did not answer within 300 ms/);
      await expect(limiter.recordFailure('192.0.2.9', 'someone')).rejects.toThrow(/did not answer/);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      viaProxy.client.destroy();
      viaProxy.subscriber.destroy();
      await proxy.close();
    }
  });
});

