/**
 * Failed sign-ins, counted per account and per client IP over a fixed window
 * that opens at the first failure. Per account stops guessing one password
 * from many addresses; per IP stops one address trying many accounts.
 *
 * In memory here, for one instance. Several instances (REDIS_URL) count
 * together in Redis (sharedRateLimit.ts): counted per instance, an attacker
 * would get the limits once per instance behind the load balancer.
 */
export interface LoginLimits {
  /** Failures allowed per account in a window (5: a person mistyping, not a script). */
  perAccount: number;
  /** Failures allowed per IP in a window (20: an office or newsroom behind one NAT address). */
  perIp: number;
  windowMs: number;
  /** The clock, injectable for tests. */
  now: () => number;
  /** Keys remembered at most; past it, windows that ended are swept, then the oldest dropped. */
  maxEntries: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: 5,
  perIp: 20,
  windowMs: 15 * 60_000,
  now: Date.now,
  maxEntries: 50_000,
};

interface Window {
  failures: number;
  endsAt: number;
}

export interface LoginLimiter {
  /** Seconds until this IP and account may try again, or 0 when they may now. */
  retryAfter(ip: string, username: string): Promise<number>;
  recordFailure(ip: string, username: string): Promise<void>;
  /** A right password clears the account's count (not the IP's: one known account must not reset guessing at others). */
  recordSuccess(username: string): Promise<void>;
}

/** Usernames compare without case, like the users table (COLLATE NOCASE). */
export const accountKey = (username: string) => `account:${username.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export function createLoginLimiter(limits: Partial<LoginLimits> = {}): LoginLimiter {
  const { perAccount, perIp, windowMs, now, maxEntries } = { ...DEFAULT_LOGIN_LIMITS, ...limits };
  const windows = new Map<string, Window>();

  const live = (key: string): Window | undefined => {
    const w = windows.get(key);
    if (w && w.endsAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return w;
  };

  const blockedFor = (key: string, limit: number): number => {
    const w = live(key);
    return w && w.failures >= limit ? Math.ceil((w.endsAt - now()) / 1000) : 0;
  };

  const count = (key: string) => {
    const w = live(key);
    if (w) {
      w.failures++;
      return;
    }
    if (windows.size >= maxEntries) sweep();
    windows.set(key, { failures: 1, endsAt: now() + windowMs });
  };

  const sweep = () => {
    const t = now();
    for (const [key, w] of windows) if (w.endsAt <= t) windows.delete(key);
    // Still full: drop the oldest windows (a Map iterates in insertion order).
    for (const key of windows.keys()) {
      if (windows.size < maxEntries) break;
      windows.delete(key);
    }
  };

  return {
    retryAfter: async (ip, username) => Math.max(blockedFor(accountKey(username), perAccount), blockedFor(ipKey(ip), perIp)),
    async recordFailure(ip, username) {
      count(accountKey(username));
      count(ipKey(ip));
    },
    async recordSuccess(username) {
      windows.delete(accountKey(username));
    },
  };
}
