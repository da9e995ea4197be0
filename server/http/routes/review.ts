/** What the review API's routes share: who is asking, and the store's and services' errors as HTTP answers. */
import type { Response } from 'express';
import type { QueueQuery } from '../../../shared/review.js';
import type { SessionUser } from '../../../shared/types.js';
import { DecisionError, type DecisionErrorCode } from '../../services/moderate.js';
import { InvalidCursorError, type QueueFilter } from '../../store/store.js';
import { HttpError } from '../errors.js';

/** The signed-in user; requireSession, mounted before these routers, has put it there. */
export const userOf = (res: Response): SessionUser => res.locals.user as SessionUser;

/** The queue's query string (article, commenter) as the store's filter (articleId, commenterId). */
export function queueFilterOf(q: Omit<QueueQuery, 'cursor' | 'limit'> & Partial<Pick<QueueQuery, 'cursor' | 'limit'>>, limit: number): QueueFilter {
  const { article, commenter, ...rest } = q;
  return { ...rest, limit: q.limit ?? limit, ...(article === undefined ? {} : { articleId: article }), ...(commenter === undefined ? {} : { commenterId: commenter }) };
}

const DECISION_STATUS: Record<DecisionErrorCode, number> = { not_found: 404, not_yours: 403, nothing_to_undo: 409, expired: 409 };

/** Runs `fn`, turning the typed errors of the store and services into HTTP errors. */
export async function answering<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof InvalidCursorError) throw new HttpError(400, 'invalid_request', `cursor: ${e.message}`, [{ field: 'cursor', message: e.message }]);
    if (e instanceof DecisionError) throw new HttpError(DECISION_STATUS[e.code], e.code, e.message);
    throw e;
  }
}
