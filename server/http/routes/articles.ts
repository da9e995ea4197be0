/**
 * GET /api/articles — a sorted page of the articles with comments, each with a tone sparkline;
 * GET /api/articles/:id/stats — tone over time, histogram, reasons, statuses, top commenters.
 */
import { Router } from 'express';
import { articlesQuerySchema } from '../../../shared/insights.js';
import { idParamSchema } from '../../../shared/review.js';
import type { Store } from '../../store/store.js';
import { HttpError } from '../errors.js';
import { parseParams, parseQuery } from '../parseInput.js';
import { answering } from './review.js';

export function articlesRouter({ store }: { store: Store }): Router {
  const router = Router();

  router.get('/articles', async (req, res) => {
    const query = parseQuery(articlesQuerySchema, req.query);
    res.json(await answering(() => store.listArticles(query)));
  });

  router.get('/articles/:id/stats', async (req, res) => {
    const { id } = parseParams(idParamSchema, req.params);
    const stats = await store.articleDetailStats(id);
    if (!stats) throw new HttpError(404, 'not_found', `There is no article ${id}.`);
    res.json(stats);
  });

  return router;
}
