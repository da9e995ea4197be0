/**
 * Decisions for a dashboard that reconnects, in PostgreSQL: the audit log read
 * after a cursor, each line as the live `comment:updated` gives it. The
 * writers' lock (db.ts) hands the log's ids out in commit order, so an id is a
 * cursor as good as a comment's.
 */
import type { CommentUpdate } from '../../../shared/events.js';
import { toUpdate, UNDONE, UPDATE_COLUMNS as COLUMNS, type UpdateRow } from '../auditRows.js';
import type { CommentFilter } from '../store.js';
import { row, rows, type Db } from './db.js';

/** An article's or commenter's lines, found from its comments (their index, then each one's lines) rather than the log's whole id range. */
const inRoom = (column: 'article_id' | 'commenter_id') =>
  `SELECT ${COLUMNS} FROM comments c JOIN moderation_actions a ON a.comment_id = c.id ${UNDONE}
   WHERE c.${column} = $4 AND a.id > $1 AND a.id <= $2 ORDER BY a.id LIMIT $3`;

const SQL = {
  after: `SELECT ${COLUMNS} FROM moderation_actions a ${UNDONE} WHERE a.id > $1 AND a.id <= $2 ORDER BY a.id LIMIT $3`,
  afterInArticle: inRoom('article_id'),
  afterByCommenter: inRoom('commenter_id'),
};

export async function latestActionId(db: Db): Promise<number> {
  return (await row<{ id: number }>(db, 'SELECT coalesce(max(id), 0) AS id FROM moderation_actions'))!.id;
}

export async function actionsAfter(db: Db, filter: CommentFilter, afterId: number, upTo: number, limit: number): Promise<CommentUpdate[]> {
  const range = [afterId, upTo, limit];
  const found =
    filter.articleId !== undefined
      ? await rows<UpdateRow>(db, SQL.afterInArticle, [...range, filter.articleId])
      : filter.commenterId !== undefined
        ? await rows<UpdateRow>(db, SQL.afterByCommenter, [...range, filter.commenterId])
        : await rows<UpdateRow>(db, SQL.after, range);
  return found.map(toUpdate);
}
