/** GET /api/audit?actor=&action=&from=&to=&cursor=&limit= — the audit log, newest first. */
import { Router } from 'express';
import { auditQuerySchema } from '../../../shared/review.js';
import type { Store } from '../../store/store.js';
import { parseQuery } from '../parseInput.js';
import { answering } from './review.js';

export function auditRouter({ store }: { store: Store }): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    const filter = parseQuery(auditQuerySchema, req.query);
    res.json(await answering(() => store.listAudit(filter)));
  });
  return router;
}
