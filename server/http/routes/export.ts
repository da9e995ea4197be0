/**
 * GET /api/export.csv — the queue's filters, every matching comment, streamed
 * page by page (the keyset pages of the queue) so a million rows never sit
 * in memory. RFC 4180: CRLF line ends, fields quoted when they hold a quote,
 * comma or line break. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) get a leading apostrophe; numbers are
 * Vigie's own and stay numbers, negative tones included.
 */
import { once } from 'node:events';
import { Router, type Response } from 'express';
import type { Logger } from 'pino';
import type { CommentSummary } from '../../../shared/events.js';
import { queueFilterSchema } from '../../../shared/review.js';
import type { Store } from '../../store/store.js';
import { parseQuery } from '../parseInput.js';
import { answering, queueFilterOf } from './review.js';

type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly Cell[]) => cells.map(csvCell).join(',') + '\r\n';

const COLUMNS: [string, (c: CommentSummary) => Cell][] = [
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

/** Waits until the socket takes more, or the client has gone (false). */
async function drained(res: Response): Promise<boolean> {
  await Promise.race([once(res, 'drain'), once(res, 'close')]);
  return !res.destroyed;
}

export function exportRouter({ store, log }: { store: Store; log?: Logger }): Router {
  const router = Router();
  router.get('/export.csv', async (req, res) => {
    const filter = queueFilterOf(parseQuery(queueFilterSchema, req.query), PAGE);
    // The first page is read before anything is sent, so a failure can still be answered as JSON.
    let page = await answering(() => store.listComments(filter));
    const day = new Date().toISOString().slice(0, 10);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="vigie-comments-${day}.csv"`,
      'Cache-Control': 'no-store',
    });
    // The byte order mark makes Excel read the file as UTF-8: without it, accents come out garbled.
    res.write('\uFEFF' + csvLine(COLUMNS.map(([name]) => name)));
    try {
      for (;;) {
        const chunk = page.items.map((c) => csvLine(COLUMNS.map(([, cell]) => cell(c)))).join('');
        if (!res.write(chunk) && !(await drained(res))) return;
        if (page.nextCursor === null) break;
        page = await store.listComments({ ...filter, cursor: page.nextCursor });
      }
      res.end();
    } catch (err) {
      // Part of the file has been sent: cutting the connection is the only way left to say it failed.
      log?.error({ err }, 'CSV export failed mid-stream');
      res.destroy();
    }
  });
  return router;
}
