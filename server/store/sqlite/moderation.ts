/**
 * A moderation decision in SQLite: the comment's status, its article's and
 * commenter's status counts and the audit log change in one transaction.
 */
import type { Database } from 'better-sqlite3';
import type { ModerationStatus } from '../../../shared/types.js';
import type { StatusChange } from '../store.js';
import type { StatsTables } from './stats.js';

export interface ModerationTables {
  setStatus(commentId: number, status: ModerationStatus, actor: string, reason?: string, note?: string): StatusChange | null;
}

export function prepareModeration(db: Database, stats: StatsTables): ModerationTables {
  const comment = db.prepare('SELECT article_id, commenter_id, status FROM comments WHERE id = ?');
  const update = db.prepare('UPDATE comments SET status = ? WHERE id = ?');
  // previous (migration 003) is what an undo restores.
  const log = db.prepare('INSERT INTO moderation_actions (comment_id, actor, action, reason, note, at, previous) VALUES (?, ?, ?, ?, ?, ?, ?)');

  const setStatus = db.transaction(
    (commentId: number, status: ModerationStatus, actor: string, reason?: string, note?: string): StatusChange | null => {
      const row = comment.get(commentId) as { article_id: number; commenter_id: number; status: ModerationStatus } | undefined;
      if (!row) return null;
      const at = new Date().toISOString();
      if (row.status !== status) {
        update.run(status, commentId);
        stats.changeStatus(row.article_id, row.commenter_id, row.status, status);
      }
      // Logged even when the status stays: "a second moderator confirmed" is part of the history.
      const actionId = Number(log.run(commentId, actor, status, reason ?? null, note ?? null, at, row.status).lastInsertRowid);
      return { commentId, previous: row.status, status, actionId, at };
    },
  );

  return { setStatus: (...args) => setStatus.immediate(...args) };
}
