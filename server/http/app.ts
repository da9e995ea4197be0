/** The express application: routes, edge validation and one error handler. Knows nothing of ports or processes. */
import express from 'express';
import type { Logger } from 'pino';
import { MAX_BODY_BYTES } from '../../shared/limits.js';
import type { Store } from '../store/store.js';
import type { Scorer } from '../services/scorePool.js';
import { requireApiKey } from './apiKeyAuth.js';
import { errorHandler, HttpError } from './errors.js';
import { commentsRouter } from './routes/comments.js';

export interface AppDeps {
  store: Store;
  /** Scores large batches on worker threads; without it, in the request's thread. */
  scorer?: Scorer;
  log: Logger;
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
  app.use(
    '/api',
    requireApiKey({ store: deps.store, envKey: deps.ingestKey, envSource: deps.ingestSource }),
    express.json({ limit: MAX_BODY_BYTES }),
    commentsRouter({ store: deps.store, scorer: deps.scorer }),
  );
  app.use((_req, _res, next) => next(new HttpError(404, 'not_found', 'No such route.')));
  app.use(errorHandler(deps.log));
  return app;
}
