/**
 * POST /api/comments — one comment or {"comments": [...]} (up to MAX_BATCH).
 * A batch with any invalid comment is refused whole with every problem
 * listed; an accepted batch is scored and stored in one transaction.
 */
import type { RequestHandler } from 'express';
import { MAX_BATCH } from '../../../shared/limits.js';
import { validateComments } from '../../../shared/schemas.js';
import { ingestComments, type IngestDeps } from '../../services/ingest.js';
import { HttpError } from '../errors.js';

function itemsOf(body: unknown): unknown[] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'invalid_body', 'Send one comment object, or {"comments": [...]}.');
  }
  if (!('comments' in body)) return [body];
  const { comments } = body as { comments: unknown };
  if (!Array.isArray(comments)) throw new HttpError(400, 'invalid_body', '"comments" must be an array.');
  if (comments.length === 0) throw new HttpError(400, 'empty_batch', '"comments" must hold at least one comment.');
  if (comments.length > MAX_BATCH) throw new HttpError(413, 'batch_too_large', `A batch holds at most ${MAX_BATCH} comments.`);
  return comments;
}

/** POST /api/comments, for a source authenticated by its API key (res.locals.source). */
export function ingestHandler(deps: IngestDeps): RequestHandler {
  return async (req, res) => {
    const items = itemsOf(req.body);
    const checked = validateComments(items);
    if (!checked.ok) throw new HttpError(400, 'invalid_comments', 'The batch was refused: fix these fields and send it again.', checked.errors);
    const results = await ingestComments(deps, res.locals.source as string, checked.comments);
    const created = results.some((r) => !r.duplicate);
    res.status(created ? 201 : 200).json({
      comments: results.map((r) => ({
        id: r.id,
        duplicate: r.duplicate,
        lang: r.score.lang,
        tone: r.score.tone,
        shouting: r.score.shouting,
        insult: r.score.insult,
        toxicity: r.score.toxicity,
        flagged: r.score.flagged,
        reasons: r.score.reasons,
        evidence: r.score.evidence,
      })),
    });
  };
}
