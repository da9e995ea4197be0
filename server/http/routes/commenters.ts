/**
 * GET /api/commenters — a sorted, searchable page of commenters with their tone drift;
 * GET /api/commenters/:id — one commenter's page;
 * POST /api/commenters/:id/notes {text}, POST /api/commenters/:id/watch {watched} — moderators and admins.
 */
import { Router } from 'express';
import { commentersQuerySchema, noteBodySchema, watchBodySchema, type DriftRule } from '../../../shared/insights.js';
import { idParamSchema } from '../../../shared/review.js';
import { requireRole } from '../../auth/middleware.js';
import type { Store } from '../../store/store.js';
import { HttpError } from '../errors.js';
import { parseBody, parseParams, parseQuery } from '../parseInput.js';
import { answering, userOf } from './review.js';

export interface CommentersDeps {
  store: Store;
  /** DRIFT_WINDOW and DRIFT_THRESHOLD; DEFAULT_DRIFT when unset. */
  drift?: DriftRule;
}

const noSuchCommenter = (id: number) => new HttpError(404, 'not_found', `There is no commenter ${id}.`);

export function commentersRouter({ store, drift }: CommentersDeps): Router {
  const router = Router();
  const moderators = requireRole('moderator', 'admin');

  router.get('/commenters', async (req, res) => {
    const query = parseQuery(commentersQuerySchema, req.query);
    res.json(await answering(() => store.listCommenters({ ...query, ...(drift ? { drift } : {}) })));
  });

  router.get('/commenters/:id', async (req, res) => {
    const { id } = parseParams(idParamSchema, req.params);
    const detail = await store.commenterDetail(id, drift);
    if (!detail) throw noSuchCommenter(id);
    res.json(detail);
  });

  router.post('/commenters/:id/notes', moderators, async (req, res) => {
    const { id } = parseParams(idParamSchema, req.params);
    const { text } = parseBody(noteBodySchema, req.body);
    const note = await store.addNote(id, userOf(res).username, text);
    if (!note) throw noSuchCommenter(id);
    res.status(201).json(note);
  });

  router.post('/commenters/:id/watch', moderators, async (req, res) => {
    const { id } = parseParams(idParamSchema, req.params);
    const { watched } = parseBody(watchBodySchema, req.body);
    const watch = await store.setWatch(id, watched, userOf(res).username);
    if (!watch) throw noSuchCommenter(id);
    res.json(watch);
  });

  return router;
}
