/**
 * The audit log (moderation_actions) read back, in both stores: its lines as
 * AuditEntry, as the live `comment:updated` a reconnecting dashboard missed,
 * and the rule for undoing a comment's last decision.
 */
import type { CommentUpdate } from '../../shared/events.js';
import type { AuditAction, AuditEntry } from '../../shared/review.js';
import type { ModerationStatus } from '../../shared/types.js';
import type { UndoOutcome } from './store.js';

export interface ActionRow {
  id: number;
  comment_id: number;
  actor: string;
  action: AuditAction;
  previous: ModerationStatus | null;
  reason: string | null;
  note: string | null;
  at: string;
  undoes: number | null;
}

export const toAuditEntry = (r: ActionRow): AuditEntry => ({
  id: r.id,
  commentId: r.comment_id,
  actor: r.actor,
  action: r.action,
  previous: r.previous,
  reason: r.reason,
  note: r.note,
  at: r.at,
  undoes: r.undoes,
});

/**
 * The columns of an UpdateRow, from the log as `a` joined to UNDONE (the same
 * SQL in both dialects). A decision line's action is the status it set. An
 * undo line's is 'undo': the status it brought back is the one the undone
 * line had replaced.
 */
export const UPDATE_COLUMNS = `a.id, a.comment_id, a.actor, a.reason, a.at,
  CASE a.action WHEN 'undo' THEN u.previous ELSE a.action END AS status`;
export const UNDONE = 'LEFT JOIN moderation_actions u ON u.id = a.undoes';

export interface UpdateRow {
  id: number;
  comment_id: number;
  actor: string;
  reason: string | null;
  at: string;
  status: ModerationStatus;
}

export const toUpdate = (r: UpdateRow): CommentUpdate => ({
  id: r.comment_id,
  status: r.status,
  by: r.actor,
  at: r.at,
  // As live: a decision without a reason has no `reason` key.
  ...(r.reason ? { reason: r.reason } : {}),
  actionId: r.id,
});

/** A comment's last audit line, as an undo judges it. */
export interface LastAction {
  id: number;
  actor: string;
  action: string;
  previous: ModerationStatus | null;
  at: string;
}

/** Whether `actor` may undo the comment's last line (`last`): the reason not, or the line with the status it replaced. */
export function judgeUndo(
  last: LastAction | null | undefined,
  actor: string,
  notBefore: string,
): Extract<UndoOutcome, { ok: false }> | { ok: true; last: LastAction & { previous: ModerationStatus } } {
  // An undo is not itself undone (the decision comes back by deciding again); lines older than
  // migration 003 do not know what they replaced.
  if (!last || last.action === 'undo' || last.previous === null) return { ok: false, error: 'nothing_to_undo' };
  if (last.actor !== actor) return { ok: false, error: 'not_yours' };
  if (last.at < notBefore) return { ok: false, error: 'expired' };
  return { ok: true, last: { ...last, previous: last.previous } };
}
