/**
 * Moderation decisions in PostgreSQL: a comment's status, its article's and
 * commenter's status counts and the audit log change in one write
 * transaction — for one comment, for many (all or none), and for the undo of
 * a last decision. The flagged-pending counter and the hourly decision
 * counts follow the UPDATE through triggers (003, 004), as in SQLite.
 */
import type pg from 'pg';
import type { ModerationStatus } from '../../../shared/types.js';
import { judgeUndo, type LastAction } from '../auditRows.js';
import type { StatusChange, UndoOutcome } from '../store.js';
import { row, writeTransaction, type Db } from './db.js';
import { changeStatusCounts } from './stats.js';

interface CommentState {
  article_id: number;
  commenter_id: number;
  status: ModerationStatus;
}

const SQL = {
  comment: 'SELECT article_id, commenter_id, status FROM comments WHERE id = $1',
  update: 'UPDATE comments SET status = $1 WHERE id = $2',
  // previous (migration 003) is what an undo restores.
  log: 'INSERT INTO moderation_actions (comment_id, actor, action, reason, note, at, previous) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
  lastAction: 'SELECT id, actor, action, previous, at FROM moderation_actions WHERE comment_id = $1 ORDER BY id DESC LIMIT 1',
  logUndo: "INSERT INTO moderation_actions (comment_id, actor, action, at, previous, undoes) VALUES ($1, $2, 'undo', $3, $4, $5) RETURNING id",
};

async function decide(db: Db, commentId: number, status: ModerationStatus, actor: string, reason?: string, note?: string): Promise<StatusChange | null> {
  const comment = await row<CommentState>(db, SQL.comment, [commentId]);
  if (!comment) return null;
  const at = new Date().toISOString();
  if (comment.status !== status) {
    await db.query(SQL.update, [status, commentId]);
    await changeStatusCounts(db, comment.article_id, comment.commenter_id, comment.status, status);
  }
  // Logged even when the status stays: "a second moderator confirmed" is part of the history.
  const logged = await row<{ id: number }>(db, SQL.log, [commentId, actor, status, reason ?? null, note ?? null, at, comment.status]);
  return { commentId, previous: comment.status, status, actionId: logged!.id, at };
}

async function undo(db: Db, commentId: number, actor: string, notBefore: string): Promise<UndoOutcome> {
  const comment = await row<CommentState>(db, SQL.comment, [commentId]);
  if (!comment) return { ok: false, error: 'not_found' };
  const judged = judgeUndo(await row<LastAction>(db, SQL.lastAction, [commentId]), actor, notBefore);
  if (!judged.ok) return judged;
  const { last } = judged;
  const at = new Date().toISOString();
  if (comment.status !== last.previous) {
    await db.query(SQL.update, [last.previous, commentId]);
    await changeStatusCounts(db, comment.article_id, comment.commenter_id, comment.status, last.previous);
  }
  const logged = await row<{ id: number }>(db, SQL.logUndo, [commentId, actor, at, comment.status, last.id]);
  return { ok: true, change: { commentId, previous: comment.status, status: last.previous, actionId: logged!.id, at }, undone: last.id };
}

export interface ModerationTables {
  setStatus(commentId: number, status: ModerationStatus, actor: string, reason?: string, note?: string): Promise<StatusChange | null>;
  setStatuses(commentIds: readonly number[], status: ModerationStatus, actor: string, reason?: string, note?: string): Promise<(StatusChange | null)[]>;
  undoLastDecision(commentId: number, actor: string, notBefore: string): Promise<UndoOutcome>;
}

export function prepareModeration(pool: pg.Pool): ModerationTables {
  return {
    setStatus: (...args) => writeTransaction(pool, (db) => decide(db, ...args)),
    setStatuses: (ids, status, actor, reason, note) =>
      writeTransaction(pool, async (db) => {
        const changes: (StatusChange | null)[] = [];
        // One after another on the transaction's connection, in input order: each exactly as a single decision.
        for (const id of ids) changes.push(await decide(db, id, status, actor, reason, note));
        return changes;
      }),
    undoLastDecision: (...args) => writeTransaction(pool, (db) => undo(db, ...args)),
  };
}
