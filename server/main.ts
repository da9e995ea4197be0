/**
 * `npm start`: one process serving the API on PORT, over the embedded
 * SQLite store by default, or PostgreSQL when DATABASE_URL is set. With an empty database (and unless DEMO=0) a demo
 * posts generated comments through the ingestion path, so a first run is
 * alive at once (server/demo/startDemo.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { hostname } from 'node:os';
import { loadConfig, ConfigError } from './config.js';
import { createLogger } from './logger.js';
import { describeStore, openStore } from './store/index.js';
import { createApp } from './http/app.js';
import { startDemo } from './demo/startDemo.js';
import { createScorePool } from './services/scorePool.js';
import { Bus } from './services/bus.js';
import { createRescorer } from './services/rescore.js';
import { bootstrapAdmin } from './auth/bootstrapAdmin.js';
import { attachRealtime } from './realtime/io.js';
import { connectRedis, redactedUrl } from './redis.js';
import { createRedisLoginLimiter } from './auth/sharedRateLimit.js';

const RESCORE_WATCH_MS = 15_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(e.message + '\n');
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config.LOG_LEVEL);
  // Several instances behind a load balancer: they meet in Redis (live events, lockout counters).
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, { prefix: config.REDIS_PREFIX, log }).catch(cannotStart) : undefined;
  let store;
  try {
    store = await openStore(config);
  } catch (e) {
    process.stderr.write(`Cannot open the database ${describeStore(config)}: ${(e as Error).message}\n`);
    process.exit(1);
  }
  // Before listening, so the first request already finds an account to sign in with.
  const admin = await bootstrapAdmin(store, { password: config.ADMIN_PASSWORD, show: (text) => process.stderr.write(text) });
  if (admin === 'created_with_env_password') log.info('first start: account "admin" created with ADMIN_PASSWORD');
  else if (admin === 'created_with_random_password') log.info('first start: account "admin" created; its password was printed once on stderr');
  else if (config.ADMIN_PASSWORD) log.info('ADMIN_PASSWORD is ignored: accounts exist already');
  // This process, in the lease table: the work one instance at a time does (re-score, demo) is claimed in its name.
  const instance = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pool = createScorePool();
  const bus = new Bus();
  // Re-scoring after a rules change runs in the background; one left half-way by a stop resumes here.
  const rescorer = createRescorer({ store, bus, scorer: pool.score, log, holder: instance });
  void rescorer.resume();
  // …and one that an instance which died left half-way (several instances) is taken over.
  rescorer.watch(RESCORE_WATCH_MS);
  const app = createApp({
    store,
    log,
    bus,
    scorer: pool.score,
    rescorer,
    drift: { window: config.DRIFT_WINDOW, threshold: config.DRIFT_THRESHOLD },
    ingestKey: config.INGEST_API_KEY,
    ingestSource: config.INGEST_SOURCE,
    sessionHours: config.SESSION_HOURS,
    trustProxy: config.TRUST_PROXY,
    undoSeconds: config.UNDO_SECONDS,
    ...(redis ? { loginLimiter: createRedisLoginLimiter(redis.client, { prefix: redis.prefix }) } : {}),
    ...(config.DASHBOARD_DIR ? { dashboardDir: config.DASHBOARD_DIR } : {}),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.PORT, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const realtime = attachRealtime(server, { store, bus, log, ...(redis ? { redis } : {}) });
  if (redis) log.info({ redis: redactedUrl(config.REDIS_URL!), prefix: redis.prefix }, 'several instances: live events and sign-in lockouts shared through Redis');
  log.info({ port, db: describeStore(config) }, `Vigie is listening on http://localhost:${port}`);

  const demo = config.DEMO
    ? await startDemo({ store, bus, scorer: pool.score, log, holder: instance, rate: config.DEMO_RATE, backlog: config.DEMO_BACKLOG })
    : null;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await demo?.stop();
    // Stop accepting, close the sockets (clients reconnect and replay from
    // their cursor), let in-flight requests finish, then close the database.
    const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
    await realtime.close();
    await httpClosed;
    await redis?.close();
    await rescorer.stop();
    await pool.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** A dependency the configuration names is not there: say which, without a stack trace. */
function cannotStart(error: Error): never {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

await main();
