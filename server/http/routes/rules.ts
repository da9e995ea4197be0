/**
 * The rules page, for admins:
 * GET /api/rules — the current rules and the running re-score, if any;
 * PUT /api/rules — saves a new version and re-scores stored comments in the background (`rules:progress` events);
 * POST /api/rules/backtest {rules} — what candidate rules would change, before saving.
 */
import { Router } from 'express';
import { backtestBodySchema, rulesBodySchema } from '../../../shared/insights.js';
import { requireRole } from '../../auth/middleware.js';
import { backtestRules } from '../../services/backtest.js';
import type { Rescorer } from '../../services/rescore.js';
import type { Scorer } from '../../services/scorePool.js';
import type { Store } from '../../store/store.js';
import { HttpError } from '../errors.js';
import { parseBody } from '../parseInput.js';
import { userOf } from './review.js';

export interface RulesDeps {
  store: Store;
  rescorer: Rescorer;
  scorer?: Scorer;
}

export function rulesRouter({ store, rescorer, scorer }: RulesDeps): Router {
  const router = Router();
  router.use('/rules', requireRole('admin'));
  // Backtests take seconds of CPU: one after the other, never piled up side by side.
  let backtests: Promise<unknown> = Promise.resolve();

  router.get('/rules', async (_req, res) => {
    res.json({ rules: await store.currentRules(), rescore: await rescorer.progress() });
  });

  router.put('/rules', async (req, res) => {
    const { version, ...rules } = parseBody(rulesBodySchema, req.body);
    const current = await store.currentRules();
    // Sent back as read, the version tells a save made on stale rules from one made on the latest.
    if (version !== undefined && version !== current.version) {
      throw new HttpError(409, 'rules_conflict', `These rules were edited from version ${version}, but version ${current.version} has been saved since: reload them.`);
    }
    const saved = await store.saveRules({ ...rules, version: current.version }, userOf(res).username);
    void rescorer.start(saved);
    res.json({ rules: saved, rescore: await rescorer.progress() });
  });

  router.post('/rules/backtest', async (req, res) => {
    const { rules } = parseBody(backtestBodySchema, req.body);
    const current = await store.currentRules();
    const run = backtests.then(() => backtestRules({ store, scorer }, { ...rules, version: rules.version ?? current.version }));
    backtests = run.catch(() => undefined);
    res.json(await run);
  });

  return router;
}
