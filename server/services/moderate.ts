/**
 * Moderation decisions: one comment, many at once, and the undo of a
 * moderator's own last decision within a short window. The store keeps the
 * status, the counts and the audit log together; every change is then told
 * to the bus (`comment:decided`) for the live dashboards.
 */
import type { BulkResult } from '../../shared/review.js';
import type { Decision, ModerationStatus, SessionUser } from '../../shared/types.js';
import type { StatusChange, Store } from '../store/store.js';
import type { Bus } from './bus.js';

export interface ModerateDeps {
  store: Store;
  bus?: Bus;
  /** The clock the undo window is measured with; replaceable in tests. */
  now?: () => Date;
  /** How long a decision can be undone by its author (UNDO_SECONDS). */
  undoSeconds?: number;
}

export const DEFAULT_UNDO_SECONDS = 10;

export const STATUS_OF: Record<Decision, ModerationStatus> = { approve: 'approved', reject: 'rejected', escalate: 'escalated' };

export type DecisionErrorCode = 'not_found' | 'nothing_to_undo' | 'not_yours' | 'expired';

export class DecisionError extends Error {
  constructor(
    readonly code: DecisionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface DecisionInput {
  action: Decision;
  reason?: string;
  note?: string;
}

/**
 * Called as soon as the store answers, nothing else awaited in between: with
 * one writing process, decisions reach the bus in the order of their audit
 * lines, which the live decisions cursor relies on.
 */
function announce(deps: ModerateDeps, change: StatusChange, by: string, reason?: string): void {
  deps.bus?.emit('comment:decided', {
    commentId: change.commentId,
    actionId: change.actionId,
    status: change.status,
    previous: change.previous,
    by,
    at: change.at,
    ...(reason === undefined ? {} : { reason }),
  });
}

export async function decide(deps: ModerateDeps, commentId: number, input: DecisionInput, user: SessionUser): Promise<StatusChange> {
  const change = await deps.store.setStatus(commentId, STATUS_OF[input.action], user.username, input.reason, input.note);
  if (!change) throw new DecisionError('not_found', `There is no comment ${commentId}.`);
  announce(deps, change, user.username, input.reason);
  return change;
}

/** All ids in one transaction; an unknown id is reported, and does not stop the others. */
export async function decideMany(deps: ModerateDeps, ids: readonly number[], input: DecisionInput, user: SessionUser): Promise<BulkResult[]> {
  const changes = await deps.store.setStatuses(ids, STATUS_OF[input.action], user.username, input.reason, input.note);
  return ids.map((id, i): BulkResult => {
    const change = changes[i];
    if (!change) return { id, ok: false, error: 'not_found' };
    announce(deps, change, user.username, input.reason);
    return { id, ok: true, status: change.status, previous: change.previous };
  });
}

const UNDO_MESSAGES: Record<DecisionErrorCode, (seconds: number) => string> = {
  not_found: () => 'There is no such comment.',
  nothing_to_undo: () => 'The last action on this comment is not a decision that can be undone.',
  not_yours: () => 'Only the moderator who made the last decision can undo it.',
  expired: (s) => `A decision can be undone for ${s} seconds only; decide again instead.`,
};

export async function undoDecision(deps: ModerateDeps, commentId: number, user: SessionUser): Promise<StatusChange & { undone: number }> {
  const seconds = deps.undoSeconds ?? DEFAULT_UNDO_SECONDS;
  const notBefore = new Date((deps.now?.() ?? new Date()).getTime() - seconds * 1000).toISOString();
  const outcome = await deps.store.undoLastDecision(commentId, user.username, notBefore);
  if (!outcome.ok) throw new DecisionError(outcome.error, UNDO_MESSAGES[outcome.error](seconds));
  announce(deps, outcome.change, user.username);
  return { ...outcome.change, undone: outcome.undone };
}
