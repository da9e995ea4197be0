/**
 * The Redis connection of an instance among several (REDIS_URL): socket.io's
 * Redis adapter publishes and subscribes through it, and the sign-in lockout
 * counters live in it. Without REDIS_URL nothing here is opened.
 */
import type { Logger } from 'pino';
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

export interface RedisConnection {
  /** Commands: the lockout counters, and the adapter's PUBLISH. */
  client: RedisClient;
  /** In subscriber mode for the adapter (a subscribed connection takes no other command). */
  subscriber: RedisClient;
  /** Every key and channel starts with it, so deployments (or test runs) sharing one Redis stay apart. */
  prefix: string;
  close(): Promise<void>;
}

/** Longest wait between reconnection attempts after Redis went away. */
const MAX_RECONNECT_DELAY_MS = 3_000;

/**
 * Connects both clients. Fails at once when Redis cannot be reached at start
 * (a misconfigured REDIS_URL should stop the start, not leave an instance
 * that sees no other); once connected, a lost connection is retried for ever,
 * and commands wait in the client's queue meanwhile.
 */
export async function connectRedis(url: string, { prefix, log }: { prefix: string; log: Logger }): Promise<RedisConnection> {
  let connected = false;
  const client: RedisClient = createClient({
    url,
    socket: {
      connectTimeout: 5_000,
      reconnectStrategy: (retries, cause) => (connected ? Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS) : cause),
    },
  });
  const subscriber = client.duplicate();
  for (const [name, c] of [['commands', client], ['subscriber', subscriber]] as const) {
    // Without a listener an 'error' event would end the process; node-redis reconnects by itself.
    c.on('error', (error: unknown) => log.warn({ err: error, connection: name }, 'redis: connection error'));
  }
  try {
    await Promise.all([client.connect(), subscriber.connect()]);
  } catch (error) {
    for (const c of [client, subscriber]) if (c.isOpen) c.destroy();
    throw new Error(`Redis at ${redactedUrl(url)} cannot be reached: ${(error as Error).message}`, { cause: error });
  }
  connected = true;
  return {
    client,
    subscriber,
    prefix,
    async close() {
      await Promise.allSettled([client.close(), subscriber.close()]);
    },
  };
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'REDIS_URL';
  }
}
