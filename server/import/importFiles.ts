/**
 * The import service: reads files of comments in any supported format,
 * validates every record at this edge with the API's schema, and stores the
 * valid ones through the one ingestion path (`ingestComments`) in batches.
 * Each batch is one store transaction: all of it is stored or none.
 *
 * Broken files and records are reported with file and line and skipped; the
 * rest is imported. Repeats are recognised by the store (same source and
 * external id, or same article, author, time and text), so importing the same
 * files again adds nothing. Files are read one at a time, so memory holds one
 * file's records, not the whole import's.
 */
import { readFile } from 'node:fs/promises';
import { MAX_BATCH } from '../../shared/limits.js';
import { commentInputSchema, describeZodError, type CommentInput, type ZodIssues } from '../../shared/schemas.js';
import { scoreBatch, storeScored, type IngestDeps } from '../services/ingest.js';
import type { ScoredInput } from '../store/store.js';
import { ImportTally, type ImportReport } from './importTally.js';
import { csvColumnOf } from './readCsv.js';
import { detectFormat, readItems, type ImportFormat, type ImportItem } from './readers.js';

export type { ImportError, ImportReport } from './importTally.js';

export interface ImportOptions {
  files: readonly string[];
  /** Source the articles and comments are recorded under. */
  source: string;
  /** Comments per store transaction. */
  batchSize?: number;
  /**
   * Called after each stored batch: `done` of `total` comment records (valid
   * or not). Giving it costs a first pass over the files to count them.
   */
  onProgress?: (done: number, total: number) => void;
}

/** A batch the store refused: the run stops; `report` says what was stored before it. */
export class ImportAbortedError extends Error {
  constructor(
    message: string,
    /** Where the refused batch starts. */
    readonly file: string,
    readonly line: number,
    readonly report: ImportReport,
  ) {
    super(message);
    this.name = 'ImportAbortedError';
  }
}

const articleSchema = commentInputSchema.shape.article;

interface Pending {
  input: CommentInput;
  file: string;
  line: number;
}

async function readOne(file: string): Promise<{ format: ImportFormat | null; items: ImportItem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { format: null, items: [{ kind: 'error', file, line: 1, message: `cannot read the file: ${(e as Error).message}` }] };
  }
  const format = detectFormat(file, text);
  if (!format) {
    const message = 'cannot tell the format of this file: name it .txt (scraped page), .json, .ndjson, .jsonl or .csv';
    return { format, items: [{ kind: 'error', file, line: 1, message }] };
  }
  return { format, items: readItems(format, file, text) };
}

/** A CSV record's problems name its columns ("article_id"), others the API's fields ("article.id"). */
function describe(format: ImportFormat | null, error: ZodIssues): string {
  if (format !== 'csv') return describeZodError(error);
  return error.issues.map((i) => `${csvColumnOf(i.path.map((p) => (typeof p === 'number' ? p : String(p)))) || 'row'}: ${i.message}`).join('; ');
}

function where(batch: readonly Pending[]): string {
  const first = batch[0]!;
  const last = batch[batch.length - 1]!;
  if (first.file !== last.file) return `${first.file}:${first.line} to ${last.file}:${last.line}`;
  return first.line === last.line ? `${first.file} line ${first.line}` : `${first.file} lines ${first.line}–${last.line}`;
}

export async function importFiles(deps: IngestDeps, options: ImportOptions): Promise<ImportReport> {
  const batchSize = Math.max(1, Math.min(options.batchSize ?? MAX_BATCH, MAX_BATCH));
  const tally = new ImportTally(options.files.length);
  let total = 0;
  if (options.onProgress) {
    for (const file of options.files) total += (await readOne(file)).items.filter((i) => i.kind === 'comment').length;
  }
  let done = 0;
  let batch: Pending[] = [];
  // The batch being stored while the next one is read and scored (by the scorer's workers, when there are some).
  let storing: Promise<void> | null = null;

  const store = async (pending: Pending[], scored: Promise<ScoredInput[]>) => {
    try {
      tally.stored(await storeScored(deps, options.source, await scored));
    } catch (e) {
      const message = `storing ${pending.length} comments (${where(pending)}) failed, none of them was stored: ${(e as Error).message}`;
      throw new ImportAbortedError(message, pending[0]!.file, pending[0]!.line, tally.report());
    }
    done += pending.length;
    options.onProgress?.(done, total);
  };
  const flush = async () => {
    if (!batch.length) return;
    const pending = batch;
    batch = [];
    const scored = scoreBatch(deps, pending.map((p) => p.input));
    scored.catch(() => undefined); // awaited in store(); a rejection must not go unhandled meanwhile
    if (storing) await storing;
    storing = store(pending, scored);
  };

  for (const file of options.files) {
    const { format, items } = await readOne(file);
    for (const item of items) {
      if (item.kind === 'error') {
        tally.error(item.file, item.line, item.message);
      } else if (item.kind === 'article') {
        const r = articleSchema.safeParse(item.article);
        if (!r.success) {
          tally.error(item.file, item.line, `article: ${describeZodError(r.error)}`);
          continue;
        }
        const { id, title, url, section, published_at: publishedAt } = r.data;
        const { id: articleId, created } = await deps.store.upsertArticle(options.source, { externalId: id, title, url, section, publishedAt });
        tally.article(articleId, created);
      } else {
        const r = commentInputSchema.safeParse(item.record);
        if (r.success) {
          batch.push({ input: r.data, file: item.file, line: item.line });
          if (batch.length >= batchSize) await flush();
        } else {
          tally.error(item.file, item.line, describe(format, r.error));
          done++;
        }
      }
    }
  }
  await flush();
  if (storing) await storing;
  options.onProgress?.(done, total);
  return tally.report();
}
