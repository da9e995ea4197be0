/**
 * How PostgreSQL holds the shared rows (../rowMapping.ts): booleans and JSON
 * columns as values, not text; the SQL types of the score columns; the
 * columns a comment is read with. The SQLite twin: ../sqlite/rows.ts.
 */
import type { CommentScore } from '../../../shared/types.js';
import { SCORE_FIELDS, scoreColumns as encodeScore, type ColumnEncoding, type ScoreColumns } from '../rowMapping.js';

const POSTGRES: ColumnEncoding<'postgres'> = { flag: (v) => v, json: (v) => v };

/** The score columns as written: JSON columns as values, which the driver serialises. */
export const scoreColumns = (s: CommentScore): ScoreColumns<'postgres'> => encodeScore(s, POSTGRES);

/** Every score column with its SQL type, checked complete by the compiler. */
export const SCORE_COLUMN_TYPES: Record<keyof ScoreColumns, string> = {
  lang: 'text',
  lang_confidence: 'double precision',
  tone: 'double precision',
  tone_label: 'text',
  shouting: 'double precision',
  shouting_flag: 'boolean',
  insult: 'double precision',
  insult_flag: 'boolean',
  insult_severity: 'text',
  insult_target: 'text',
  toxicity: 'double precision',
  toxicity_flag: 'boolean',
  profanity: 'double precision',
  threat: 'double precision',
  identity_attack: 'double precision',
  links: 'json',
  flagged: 'boolean',
  reasons: 'text[]',
  evidence: 'json',
  breakdown: 'json',
  fingerprint: 'text',
};

/** The columns a comment is read with: all but the full-text vector, which only searches read, inside PostgreSQL. */
export const COMMENT_COLUMNS = [
  'id', 'article_id', 'commenter_id', 'source', 'external_id', 'dedup_key', 'text', 'posted_at', 'received_at', 'status', 'rules_version',
  ...SCORE_FIELDS,
] as const;
/** The same, on the alias `c`. */
export const commentColumns = (alias = 'c') => COMMENT_COLUMNS.map((column) => `${alias}.${column}`).join(', ');

