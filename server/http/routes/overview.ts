/**
 * GET /api/overview?from=&to= — today (with yesterday beside it) and a chosen
 * range: comments, flagged, decisions, activity over time, the most heated
 * articles. `to` defaults to now and `from` to a week before `to`.
 */
import { Router } from 'express';
import { MAX_OVERVIEW_DAYS, overviewQuerySchema } from '../../../shared/insights.js';
import type { Store } from '../../store/store.js';
import { HttpError } from '../errors.js';
import { parseQuery } from '../parseInput.js';

const DAY_MS = 86_400_000;
const DEFAULT_RANGE_DAYS = 7;

const badRange = (message: string) => new HttpError(400, 'invalid_request', `from: ${message}`, [{ field: 'from', message }]);

export function overviewRouter({ store, now }: { store: Store; now?: () => Date }): Router {
  const router = Router();

  router.get('/overview', async (req, res) => {
    const query = parseQuery(overviewQuerySchema, req.query);
    const at = (now?.() ?? new Date()).toISOString();
    const to = query.to ?? at;
    const from = query.from ?? new Date(Date.parse(to) - DEFAULT_RANGE_DAYS * DAY_MS).toISOString();
    if (from >= to) throw badRange('must be before to');
    if (Date.parse(to) - Date.parse(from) > MAX_OVERVIEW_DAYS * DAY_MS) throw badRange(`must be at most ${MAX_OVERVIEW_DAYS} days before to`);
    res.json(await store.overview({ from, to, now: at }));
  });

  return router;
}
