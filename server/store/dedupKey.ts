/**
 * The identity of a comment sent without an external id: the same source,
 * article, author (by commenter key, so a change of capitals is the same
 * author), posted_at and text make the same key, hence one stored comment.
 */
import { createHash } from 'node:crypto';
import type { CommentInput } from '../../shared/schemas.js';
import { commenterKey } from './store.js';

export function dedupKey(source: string, input: CommentInput): string {
  // JSON keeps the fields apart: no choice of separator could be forged by a text containing it.
  const identity = JSON.stringify([source, input.article.id, commenterKey(input.author), input.posted_at ?? null, input.text]);
  return createHash('sha256').update(identity).digest('base64url');
}
