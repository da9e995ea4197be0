/**
 * Failed sign-ins counted in Redis, so that every instance behind the load
 * balancer (REDIS_URL) adds to the same counts: spreading guesses over N
 * instances buys an attacker nothing. The rules are rateLimit.ts's: per
 * account and per IP, over a fixed window that opens at the first failure,
 * a success clearing the account's count only.
 *
 * A failure is `SET key 0 PX window NX` then `INCR key`, in one MULTI: the
 * first failure opens the window, INCR keeps its expiry, and Redis forgets
 * the key when the window ends — nothing to sweep. Redis's clock decides,
 * so instances whose clocks differ still agree.
 *
 * Without an answer from Redis, sign-in fails (500) rather than go
 * uncounted: an attacker able to knock Redis over must not get unlimited
 * guesses meanwhile. Signed-in sessions live in the database and go on.
 */
import type { RedisClient } from '../redis.js';
import { accountKey, DEFAULT_LOGIN_LIMITS, ipKey, type LoginLimiter, type LoginLimits } from './rateLimit.js';

export interface SharedLimitOptions extends Partial<Pick<LoginLimits, 'perAccount' | 'perIp' | 'windowMs'>> {
  /** The deployment's Redis prefix (REDIS_PREFIX). */
  prefix: string;
  /** How long a sign-in waits for Redis (which queues commands while it reconnects) before failing. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 2_000;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`sign-in lockout: Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function createRedisLoginLimiter(redis: RedisClient, { prefix, timeoutMs = DEFAULT_TIMEOUT_MS, ...limits }: SharedLimitOptions): LoginLimiter {
  const { perAccount, perIp, windowMs } = { ...DEFAULT_LOGIN_LIMITS, ...limits };
  const key = (k: string) => `${prefix}:login:${k}`;

  /** Seconds left in the window when `failures` reached `limit`; 0 otherwise. */
  const blockedFor = (failures: string | null, ttlMs: number, limit: number): number => {
    if (failures === null || Number(failures) < limit) return 0;
    // -1: no expiry (never set so by this code); count the whole window rather than block for ever.
    return Math.ceil((ttlMs > 0 ? ttlMs : windowMs) / 1000);
  };

  return {
    async retryAfter(ip, username) {
      const read = redis.multi().get(key(accountKey(username))).pTTL(key(accountKey(username))).get(key(ipKey(ip))).pTTL(key(ipKey(ip))).exec();
      const [account, accountTtl, address, addressTtl] = (await withinTime(read, timeoutMs)) as unknown as [string | null, number, string | null, number];
      return Math.max(blockedFor(account, accountTtl, perAccount), blockedFor(address, addressTtl, perIp));
    },
    async recordFailure(ip, username) {
      const multi = redis.multi();
      for (const k of [key(accountKey(username)), key(ipKey(ip))]) {
        multi.set(k, 0, { expiration: { type: 'PX', value: windowMs }, condition: 'NX' }).incr(k);
      }
      await withinTime(multi.exec(), timeoutMs);
    },
    async recordSuccess(username) {
      await withinTime(redis.del(key(accountKey(username))), timeoutMs);
    },
  };
}
