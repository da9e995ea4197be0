/**
 * GET /api/audit?actor=&action=&from=&to=&cursor=&limit= — the audit log, newest first;
 * GET /api/audit.csv?actor=&action=&from=&to= — every line of the filter, as CSV.
 */
import { Router } from 'express';
import type { Logger } from 'pino';
import type { CsvColumns } from '../../../shared/csv.js';
import { auditQuerySchema, type AuditEntry } from '../../../shared/review.js';
import type { Store } from '../../store/store.js';
import { streamCsv, today } from '../csvStream.js';
import { parseQuery } from '../parseInput.js';
import { answering } from './review.js';

const COLUMNS: CsvColumns<AuditEntry> = [
  ['id', (e) => e.id],
  ['at', (e) => e.at],
  ['actor', (e) => e.actor],
  ['action', (e) => e.action],
  ['comment_id', (e) => e.commentId],
  ['previous', (e) => e.previous],
  ['reason', (e) => e.reason],
  ['note', (e) => e.note],
  ['undoes', (e) => e.undoes],
];

const csvQuerySchema = auditQuerySchema.omit({ cursor: true, limit: true });
const PAGE = 1_000;

export function auditRouter({ store, log }: { store: Store; log?: Logger }): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    const filter = parseQuery(auditQuerySchema, req.query);
    res.json(await answering(() => store.listAudit(filter)));
  });
  router.get('/audit.csv', async (req, res) => {
    const filter = { ...parseQuery(csvQuerySchema, req.query), limit: PAGE };
    const first = await answering(() => store.listAudit(filter));
    await streamCsv(res, { filename: `vigie-audit-${today()}.csv`, columns: COLUMNS, first, next: (cursor) => store.listAudit({ ...filter, cursor }), log });
  });
  return router;
}
