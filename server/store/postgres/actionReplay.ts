/**
 * Decisions for a dashboard that reconnects, in PostgreSQL: the audit log read
 * after a cursor, each line as the live `comment:updated` gives it. The
 * writers' lock (db.ts) hands the log's ids out in commit order, so an id is a
 * cursor as good as a comment's.
 */
import type { CommentUpdate } from '../../../shared/events.js';
import type { ModerationStatus } from '../../../shared/types.js';
import type { CommentFilter } from '../store.js';
import { row, rows, type Db } from './db.js';

interface UpdateRow {
  id: number;
  comment_id: number;
  actor: string;
  reason: string | null;
  at: string;
  status: ModerationStatus;
}

// A decision line's action is the status it set. An undo line's is 'undo':
// the status it brought back is the one the undone line had replaced.
const COLUMNS = `a.id, a.comment_id, a.actor, a.reason, a.at,
  CASE a.action WHEN 'undo' THEN u.previous ELSE a.action END AS status`;
const UNDONE = 'LEFT JOIN moderation_actions u ON u.id = a.undoes';

const toUpdate = (r: UpdateRow): CommentUpdate => ({
  id: r.comment_id,
  status: r.status,
  by: r.actor,
  at: r.at,
  // As live: a decision without a reason has no `reason` key.
  ...(r.reason ? { reason: r.reason } : {}),
  actionId: r.id,
});

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
