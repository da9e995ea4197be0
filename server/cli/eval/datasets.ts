/**
 * Loads the labelled evaluation files (see ../shared/datasets/README.md).
 * Every row is checked against a schema, so a changed export fails loudly with
 * the file and line instead of skewing the figures.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TONE_LABELS, type ToneLabel } from '../../../shared/types.js';
import { CsvError, parseCsv } from '../../import/csv.js';

export const FILES = {
  toxifrench: 'toxifrench-dev.csv',
  hatecheck: 'hatecheck-fr.csv',
  sentimentFr: 'sentiment-fr-dev.csv',
  sentimentEn: 'sentiment-en-dev.csv',
} as const;

/** A problem with the data folder or a file in it: the run cannot measure anything. */
export class DataError extends Error {}

export interface Example<G> {
  file: string;
  /** Line of the CSV where the row starts, to find it again. */
  line: number;
  text: string;
  gold: G;
}

export interface HateExample extends Example<boolean> {
  functionality: string;
}

export interface Datasets {
  toxifrench: Example<boolean>[];
  hatecheck: HateExample[];
  sentiment: { lang: 'fr' | 'en'; examples: Example<ToneLabel>[] }[];
}

const text = z.string().min(1, 'is empty');

const toxifrenchRow = z.object({ content: text, label: z.enum(['0', '1']) });
const hatecheckRow = z.object({ test_case: text, label_gold: z.enum(['hateful', 'non-hateful']), functionality: z.string().min(1, 'is empty') });
const sentimentRow = z.object({ text, label: z.enum(TONE_LABELS) });

function load<S extends z.ZodTypeAny>(dir: string, file: string, schema: S): { line: number; row: z.infer<S> }[] {
  let table;
  try {
    table = parseCsv(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    throw new DataError(e instanceof CsvError ? `${file} ${e.message}` : `cannot read ${file}: ${(e as Error).message}`);
  }
  return table.rows.map(({ line, values }) => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = issue?.path.join('.') ?? '?';
      const detail = issue?.code === 'invalid_type' && issue.received === 'undefined' ? 'column is missing' : issue?.message;
      throw new DataError(`${file} line ${line}: ${column}: ${detail}`);
    }
    return { line, row: parsed.data as z.infer<S> };
  });
}

/** Refuses a missing folder or file up front, naming all that is missing at once. */
export function checkDataDir(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DataError(
      `no dataset folder at ${dir}\n  it should hold ${Object.values(FILES).join(', ')} (described in its README.md); use --data DIR to read them from elsewhere`,
    );
  }
  const missing = Object.values(FILES).filter((f) => !existsSync(join(dir, f)));
  if (missing.length) throw new DataError(`${dir} lacks ${missing.join(', ')}; use --data DIR to read the datasets from elsewhere`);
}

/**
 * The tweets of the sentiment files were exported with some characters left as
 * JSON escapes ("Didn\u2019t", "Tuesday\u002c": 255 English rows): they are
 * read as the characters they stand for, as a site's comments reach Vigie.
 */
export const decodeEscapes = (s: string): string => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function loadDatasets(dir: string): Datasets {
  checkDataDir(dir);
  const sentiment = (file: string, lang: 'fr' | 'en') => ({
    lang,
    examples: load(dir, file, sentimentRow).map(({ line, row }) => ({ file, line, text: decodeEscapes(row.text), gold: row.label })),
  });
  return {
    toxifrench: load(dir, FILES.toxifrench, toxifrenchRow).map(({ line, row }) => ({
      file: FILES.toxifrench,
      line,
      text: row.content,
      gold: row.label === '1',
    })),
    hatecheck: load(dir, FILES.hatecheck, hatecheckRow).map(({ line, row }) => ({
      file: FILES.hatecheck,
      line,
      text: row.test_case,
      gold: row.label_gold === 'hateful',
      functionality: row.functionality,
    })),
    sentiment: [sentiment(FILES.sentimentFr, 'fr'), sentiment(FILES.sentimentEn, 'en')],
  };
}
