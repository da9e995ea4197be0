/**
 * POST /api/score {text, lang?, rules?} — the full CommentScore, for the live
 * preview. Under the current rules; or, for an admin, under candidate `rules`
 * not saved yet, so the rules page shows what an edit would do before saving it.
 */
import { Router } from 'express';
import { scoreBodySchema } from '../../../shared/review.js';
import { scoreComment, type Rules } from '../../../shared/scoring/index.js';
import type { Store } from '../../store/store.js';
import { HttpError } from '../errors.js';
import { parseBody } from '../parseInput.js';
import { userOf } from './review.js';

const sendsRules = (body: unknown) => typeof body === 'object' && body !== null && 'rules' in body;

/**
 * The engine compiles its lexicons once per Rules object (~100 ms): a preview
 * typed keystroke after keystroke sends the same candidate rules each time,
 * so the last object built for them is kept and handed back.
 */
function candidateRulesCache(): (rules: Rules) => Rules {
  let last: { key: string; rules: Rules } | null = null;
  return (rules) => {
    const key = JSON.stringify(rules);
    if (last?.key !== key) last = { key, rules };
    return last.rules;
  };
}

export function scoreRouter({ store }: { store: Store }): Router {
  const router = Router();
  const reuse = candidateRulesCache();
  router.post('/score', async (req, res) => {
    // Checked before the body: the rules' shape is none of a non-admin's business.
    const { role } = userOf(res);
    if (sendsRules(req.body) && role !== 'admin') throw new HttpError(403, 'forbidden', `Scoring with candidate rules needs the role admin; you are ${role}.`);
    const { text, lang, rules: candidate } = parseBody(scoreBodySchema, req.body);
    const current = await store.currentRules();
    const rules = candidate ? reuse({ ...candidate, version: candidate.version ?? current.version }) : current;
    res.json(scoreComment(text, { rules, ...(lang ? { lang } : {}) }));
  });
  return router;
}
