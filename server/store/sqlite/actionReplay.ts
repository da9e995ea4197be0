/**
 * Decisions for a dashboard that reconnects: the audit log (moderation_actions)
 * read after a cursor, each line as the live `comment:updated` gives it.
 * The log is append-only and its ids are handed out in commit order, so an
 * id is a cursor as good as a comment's.
 */
import type { Database } from 'better-sqlite3';
import type { CommentUpdate } from '../../../shared/events.js';
import { toUpdate, UNDONE, UPDATE_COLUMNS as COLUMNS, type UpdateRow } from '../auditRows.js';
import type { CommentFilter } from '../store.js';

export interface ActionReplayTables {
  latestActionId(): number;
  actionsAfter(filter: CommentFilter, afterId: number, upTo: number, limit: number): CommentUpdate[];
}

/**
 * An article's or commenter's lines are found from its comments
 * (comments_article or comments_commenter, then moderation_actions_comment
 * per comment), not by walking the log's id range: CROSS JOIN makes SQLite
 * keep that order. The cost is bounded by the room's comments, however far
 * behind the cursor is; a range walk would read every moderator's lines
 * since the cursor to keep a few.
 */
const inRoom = (column: 'article_id' | 'commenter_id') =>
  `SELECT ${COLUMNS} FROM comments c CROSS JOIN moderation_actions a ON a.comment_id = c.id ${UNDONE}
   WHERE c.${column} = ? AND a.id > ? AND a.id <= ? ORDER BY a.id LIMIT ?`;

export function prepareActionReplay(db: Database): ActionReplayTables {
  const q = {
    // Answered from the end of the rowid b-tree, like latestCommentId.
    latest: db.prepare('SELECT coalesce(max(id), 0) FROM moderation_actions').pluck(),
    // The queue's room has every line: a range of the rowid.
    after: db.prepare(`SELECT ${COLUMNS} FROM moderation_actions a ${UNDONE} WHERE a.id > ? AND a.id <= ? ORDER BY a.id LIMIT ?`),
    afterInArticle: db.prepare(inRoom('article_id')),
    afterByCommenter: db.prepare(inRoom('commenter_id')),
  };
  const updates = (rows: unknown[]) => (rows as UpdateRow[]).map(toUpdate);

  return {
    latestActionId: () => q.latest.get() as number,
    actionsAfter(filter, afterId, upTo, limit) {
      if (filter.articleId !== undefined) return updates(q.afterInArticle.all(filter.articleId, afterId, upTo, limit));
      if (filter.commenterId !== undefined) return updates(q.afterByCommenter.all(filter.commenterId, afterId, upTo, limit));
      return updates(q.after.all(afterId, upTo, limit));
    },
  };
}
