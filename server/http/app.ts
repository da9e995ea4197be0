/**
 * The express application: who may call what, edge validation, one error
 * handler. Knows nothing of ports or processes.
 *
 * Machines (a news site's backend, Coral Talk) authenticate with an API key;
 * people with a session cookie. Each resource's router lives in routes/ and
 * is mounted below, in the block for its kind of caller.
 */
import express from 'express';
import type { Logger } from 'pino';
import { MAX_BODY_BYTES } from '../../shared/limits.js';
import type { Store } from '../store/store.js';
import type { Scorer } from '../services/scorePool.js';
import type { Bus } from '../services/bus.js';
import { requireApiKey } from './apiKeyAuth.js';
import { errorHandler, HttpError } from './errors.js';
import { ingestHandler } from './routes/ingest.js';
import { usersRouter } from './routes/users.js';
import { csrfGuard, requireSession, securityHeaders } from '../auth/middleware.js';
import { createLoginLimiter, type LoginLimiter } from '../auth/rateLimit.js';
import { authRouter } from '../auth/routes.js';
import { queueRouter } from './routes/queue.js';
import { decisionsRouter } from './routes/decisions.js';
import { auditRouter } from './routes/audit.js';
import { exportRouter } from './routes/export.js';
import { scoreRouter } from './routes/score.js';
import { perspectiveErrors, perspectiveKeyFromQuery, perspectiveRouter } from './routes/perspective.js';
import type { DriftRule } from '../../shared/insights.js';
import { createRescorer, type Rescorer } from '../services/rescore.js';
import { commentersRouter } from './routes/commenters.js';
import { articlesRouter } from './routes/articles.js';
import { overviewRouter } from './routes/overview.js';
import { rulesRouter } from './routes/rules.js';
import { dashboardRouter, DEFAULT_DASHBOARD_DIR } from './dashboard.js';

export interface AppDeps {
  store: Store;
  log: Logger;
  bus: Bus;
  /** Scores large batches on worker threads; without it, in the request's thread. */
  scorer?: Scorer;
  ingestKey?: string;
  ingestSource: string;
  /** Sign-in lifetime in hours (SESSION_HOURS); 12 when unset. */
  sessionHours?: number;
  /** express's "trust proxy" (TRUST_PROXY): makes req.secure and req.ip right behind a reverse proxy. */
  trustProxy?: boolean | number | string;
  /** Failed sign-in counting; one with the default limits when unset (tests inject a clock). */
  loginLimiter?: LoginLimiter;
  /** How long a moderator may undo a decision (UNDO_SECONDS); 10 when unset. */
  undoSeconds?: number;
  /** The clock of the undo window; replaceable in tests. */
  now?: () => Date;
  /** Tone drift (DRIFT_WINDOW, DRIFT_THRESHOLD); DEFAULT_DRIFT when unset. */
  drift?: DriftRule;
  /** Re-scores stored comments after a rules save; one on this app's store, bus and scorer when unset. Stop it at shutdown. */
  rescorer?: Rescorer;
  /** Where the built dashboard is (DASHBOARD_DIR); dist/client when unset, none when false. */
  dashboardDir?: string | false;
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  if (deps.trustProxy !== undefined) app.set('trust proxy', deps.trustProxy);
  app.use(securityHeaders());
  app.get('/healthz', async (_req, res) => {
    const counts = await deps.store.counts();
    res.json({ status: 'ok', ...counts });
  });

  // Machines, by API key.
  const apiKey = requireApiKey({ store: deps.store, envKey: deps.ingestKey, envSource: deps.ingestSource });
  const machineJson = express.json({ limit: MAX_BODY_BYTES });
  app.post('/api/comments', apiKey, machineJson, ingestHandler({ store: deps.store, scorer: deps.scorer, bus: deps.bus }));
  // Perspective-compatible scoring (Coral Talk), with Perspective's error envelope.
  app.use('/v1alpha1', perspectiveKeyFromQuery, apiKey, machineJson, perspectiveRouter(deps), perspectiveErrors);

  // People, by session. JSON bodies are small here; CSRF is checked before
  // any route; signing in is public, everything after requireSession is not.
  app.use('/api', express.json({ limit: 256 * 1024 }), csrfGuard());
  app.use('/api', authRouter(deps.store, { sessionHours: deps.sessionHours ?? 12, limiter: deps.loginLimiter ?? createLoginLimiter() }));
  app.use('/api', requireSession(deps.store));
  app.use('/api', usersRouter(deps.store));
  // The review API's routers are mounted here.
  app.use('/api', queueRouter(deps), decisionsRouter(deps), auditRouter(deps), exportRouter(deps), scoreRouter(deps));
  // Insights: commenters, articles, overview; the rules (admin).
  const rescorer = deps.rescorer ?? createRescorer({ store: deps.store, bus: deps.bus, scorer: deps.scorer, log: deps.log });
  // A re-score that a stop cut short carries on (a no-op unless one did).
  if (!deps.rescorer) void rescorer.resume();
  app.use('/api', commentersRouter(deps), articlesRouter(deps), overviewRouter(deps), rulesRouter({ ...deps, rescorer }));

  // The dashboard: its files, and its index for every page address.
  if (deps.dashboardDir !== false) app.use(dashboardRouter(deps.dashboardDir ?? DEFAULT_DASHBOARD_DIR));

  app.use((_req, _res, next) => next(new HttpError(404, 'not_found', 'No such route.')));
  app.use(errorHandler(deps.log));
  return app;
}
