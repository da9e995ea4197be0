/**
 * Decisions beyond one comment: a bulk decision in one transaction (each
 * comment through setStatus, nested as a savepoint, so counts and log are
 * kept exactly as for a single one), and the undo of a last decision.
 */
import type { Database } from 'better-sqlite3';
import type { ModerationStatus } from '../../../shared/types.js';
import { judgeUndo, type LastAction } from '../auditRows.js';
import type { StatusChange, UndoOutcome } from '../store.js';
import type { ModerationTables } from './moderation.js';
import type { StatsTables } from './stats.js';

export interface DecisionTables {
  setStatuses(commentIds: readonly number[], status: ModerationStatus, actor: string, reason?: string, note?: string): (StatusChange | null)[];
  undoLastDecision(commentId: number, actor: string, notBefore: string): UndoOutcome;
}

export function prepareDecisions(db: Database, stats: StatsTables, moderation: ModerationTables): DecisionTables {
  const comment = db.prepare('SELECT article_id, commenter_id, status FROM comments WHERE id = ?');
  const lastAction = db.prepare('SELECT id, actor, action, previous, at FROM moderation_actions WHERE comment_id = ? ORDER BY id DESC LIMIT 1');
  const update = db.prepare('UPDATE comments SET status = ? WHERE id = ?');
  const log = db.prepare(
    "INSERT INTO moderation_actions (comment_id, actor, action, reason, note, at, previous, undoes) VALUES (?, ?, 'undo', NULL, NULL, ?, ?, ?)",
  );

  const setMany = db.transaction((ids: readonly number[], status: ModerationStatus, actor: string, reason?: string, note?: string) =>
    ids.map((id) => moderation.setStatus(id, status, actor, reason, note)),
  );

  const undo = db.transaction((commentId: number, actor: string, notBefore: string): UndoOutcome => {
    const row = comment.get(commentId) as { article_id: number; commenter_id: number; status: ModerationStatus } | undefined;
    if (!row) return { ok: false, error: 'not_found' };
    const judged = judgeUndo(lastAction.get(commentId) as LastAction | undefined, actor, notBefore);
    if (!judged.ok) return judged;
    const { last } = judged;
    const at = new Date().toISOString();
    if (row.status !== last.previous) {
      update.run(last.previous, commentId);
      stats.changeStatus(row.article_id, row.commenter_id, row.status, last.previous);
    }
    const actionId = Number(log.run(commentId, actor, at, row.status, last.id).lastInsertRowid);
    return { ok: true, change: { commentId, previous: row.status, status: last.previous, actionId, at }, undone: last.id };
  });

  return {
    setStatuses: (...args) => setMany.immediate(...args),
    undoLastDecision: (...args) => undo.immediate(...args),
  };
}
