/** POST /api/score {text, lang?} — the full CommentScore under the current rules, for the live preview. */
import { Router } from 'express';
import { scoreBodySchema } from '../../../shared/review.js';
import { scoreComment } from '../../../shared/scoring/index.js';
import type { Store } from '../../store/store.js';
import { parseBody } from '../parseInput.js';

export function scoreRouter({ store }: { store: Store }): Router {
  const router = Router();
  router.post('/score', async (req, res) => {
    const { text, lang } = parseBody(scoreBodySchema, req.body);
    res.json(scoreComment(text, { rules: await store.currentRules(), ...(lang ? { lang } : {}) }));
  });
  return router;
}
