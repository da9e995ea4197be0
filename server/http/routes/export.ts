/**
 * GET /api/export.csv — the queue's filters, every matching comment, as CSV
 * (shared/csv.ts), streamed page by page.
 */
import { Router } from 'express';
import type { CsvColumns } from '../../../shared/csv.js';
import { streamCsv, today } from '../csvStream.js';
import type { Logger } from 'pino';
import type { CommentSummary } from '../../../shared/events.js';
import { queueFilterSchema } from '../../../shared/review.js';
import type { Store } from '../../store/store.js';
import { parseQuery } from '../parseInput.js';
import { answering, queueFilterOf } from './review.js';

const COLUMNS: CsvColumns<CommentSummary> = [
  ['id', (c) => c.id],
  ['posted_at', (c) => c.postedAt],
  ['received_at', (c) => c.receivedAt],
  ['status', (c) => c.status],
  ['flagged', (c) => c.score.flagged],
  ['reasons', (c) => c.score.reasons.join(';')],
  ['lang', (c) => c.score.lang],
  ['tone', (c) => c.score.tone.score],
  ['toxicity', (c) => c.score.toxicity.score],
  ['insult', (c) => c.score.insult.score],
  ['profanity', (c) => c.score.toxicity.profanity],
  ['threat', (c) => c.score.toxicity.threat],
  ['identity_attack', (c) => c.score.toxicity.identityAttack],
  ['shouting', (c) => c.score.shouting.score],
  ['article_id', (c) => c.articleId],
  ['article_title', (c) => c.articleTitle],
  ['commenter_id', (c) => c.commenterId],
  ['author', (c) => c.author],
  ['text', (c) => c.text],
];

const PAGE = 1_000;

export function exportRouter({ store, log }: { store: Store; log?: Logger }): Router {
  const router = Router();
  router.get('/export.csv', async (req, res) => {
    const filter = queueFilterOf(parseQuery(queueFilterSchema, req.query), PAGE);
    const first = await answering(() => store.listComments(filter));
    await streamCsv(res, { filename: `vigie-comments-${today()}.csv`, columns: COLUMNS, first, next: (cursor) => store.listComments({ ...filter, cursor }), log });
  });
  return router;
}
