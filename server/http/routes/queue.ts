/**
 * GET /api/comments — a page of the review queue with the counts per status;
 * GET /api/comments/:id — one comment with its evidence, breakdown and history.
 */
import { Router } from 'express';
import { idParamSchema, queueQuerySchema } from '../../../shared/review.js';
import { PAGE_DEFAULT } from '../../../shared/limits.js';
import type { ModerateDeps } from '../../services/moderate.js';
import { HttpError } from '../errors.js';
import { parseParams, parseQuery } from '../parseInput.js';
import { answering, queueFilterOf } from './review.js';

export function queueRouter({ store }: Pick<ModerateDeps, 'store'>): Router {
  const router = Router();

  router.get('/comments', async (req, res) => {
    const query = parseQuery(queueQuerySchema, req.query);
    const [page, counts] = await answering(() => Promise.all([store.listComments(queueFilterOf(query, PAGE_DEFAULT)), store.queueCounts()]));
    res.json({ items: page.items, nextCursor: page.nextCursor, counts });
  });

  router.get('/comments/:id', async (req, res) => {
    const { id } = parseParams(idParamSchema, req.params);
    const detail = await store.commentDetail(id);
    if (!detail) throw new HttpError(404, 'not_found', `There is no comment ${id}.`);
    res.json(detail);
  });

  return router;
}
