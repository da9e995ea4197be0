/** How SQLite binds the shared rows (../rowMapping.ts): flags as 0/1, JSON values as text. */
import type { CommentScore } from '../../../shared/types.js';
import { scoreColumns as encodeScore, type ColumnEncoding, type ScoreColumns } from '../rowMapping.js';

const SQLITE: ColumnEncoding<'sqlite'> = { flag: (v) => (v ? 1 : 0), json: (v) => JSON.stringify(v) };

export const scoreColumns = (s: CommentScore): ScoreColumns<'sqlite'> => encodeScore(s, SQLITE);
