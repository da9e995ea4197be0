/**
 * Streams an export page by page (the keyset pages of a list) so a million
 * rows never sit in memory, and stops reading when the client goes away.
 */
import { once } from 'node:events';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { CSV_BOM, csvLine, type CsvColumns } from '../../shared/csv.js';
import type { Page } from '../../shared/review.js';

/** Waits until the socket takes more, or the client has gone (false). */
async function drained(res: Response): Promise<boolean> {
  await Promise.race([once(res, 'drain'), once(res, 'close')]);
  return !res.destroyed;
}

/**
 * `first` is read by the caller before this is called, so a bad filter is
 * still answered as JSON; `next` reads the page after a cursor.
 */
export async function streamCsv<T>(
  res: Response,
  { filename, columns, first, next, log }: { filename: string; columns: CsvColumns<T>; first: Page<T>; next: (cursor: string) => Promise<Page<T>>; log?: Logger | undefined },
): Promise<void> {
  res.set({
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
  });
  res.write(CSV_BOM + csvLine(columns.map(([name]) => name)));
  let page = first;
  try {
    for (;;) {
      const chunk = page.items.map((row) => csvLine(columns.map(([, cell]) => cell(row)))).join('');
      if (!res.write(chunk) && !(await drained(res))) return;
      if (page.nextCursor === null) break;
      page = await next(page.nextCursor);
    }
    res.end();
  } catch (err) {
    // Part of the file has been sent: cutting the connection is the only way left to say it failed.
    log?.error({ err }, 'CSV export failed mid-stream');
    res.destroy();
  }
}

export const today = () => new Date().toISOString().slice(0, 10);
