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

export interface AppDeps {
  store: Store;
  log: Logger;
  bus: Bus;
  /** Scores large batches on worker threads; without it, in the request's thread. */
  scorer?: Scorer;
  ingestKey?: string;
  ingestSource: string;
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    const counts = await deps.store.counts();
    res.json({ status: 'ok', ...counts });
  });

  // Machines, by API key.
  const apiKey = requireApiKey({ store: deps.store, envKey: deps.ingestKey, envSource: deps.ingestSource });
  const machineJson = express.json({ limit: MAX_BODY_BYTES });
  app.post('/api/comments', apiKey, machineJson, ingestHandler({ store: deps.store, scorer: deps.scorer, bus: deps.bus }));

  // People, by session: the review API's routers are mounted here.

  app.use((_req, _res, next) => next(new HttpError(404, 'not_found', 'No such route.')));
  app.use(errorHandler(deps.log));
  return app;
}
