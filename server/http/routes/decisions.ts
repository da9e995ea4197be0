/**
 * POST /api/comments/:id/decision {action, reason?, note?}
 * POST /api/comments/decisions {ids, action, reason?, note?} — one transaction, a result per id
 * POST /api/comments/:id/undo — the caller's own last decision, within UNDO_SECONDS
 * Moderators and admins only.
 */
import { Router } from 'express';
import { bulkDecisionBodySchema, decisionBodySchema, idParamSchema } from '../../../shared/review.js';
import { requireRole } from '../../auth/middleware.js';
import { decide, decideMany, undoDecision, type ModerateDeps } from '../../services/moderate.js';
import { parseBody, parseParams } from '../parseInput.js';
import { answering, userOf } from './review.js';

export function decisionsRouter(deps: ModerateDeps): Router {
  const router = Router();
  const deciders = requireRole('moderator', 'admin');

  router.post('/comments/decisions', deciders, async (req, res) => {
    const { ids, ...input } = parseBody(bulkDecisionBodySchema, req.body);
    const results = await decideMany(deps, ids, input, userOf(res));
    res.json({ results, counts: await deps.store.queueCounts() });
  });

  router.post('/comments/:id/decision', deciders, async (req, res) => {
    const { id } = parseParams(idParamSchema, req.params);
    const input = parseBody(decisionBodySchema, req.body);
    const change = await answering(() => decide(deps, id, input, userOf(res)));
    res.json({ decision: change, counts: await deps.store.queueCounts() });
  });

  router.post('/comments/:id/undo', deciders, async (req, res) => {
    const { id } = parseParams(idParamSchema, req.params);
    const change = await answering(() => undoDecision(deps, id, userOf(res)));
    res.json({ decision: change, counts: await deps.store.queueCounts() });
  });

  return router;
}
