/** Reading the audit log (moderation_actions): one comment's history, and the log page by page, newest first. */
import type { Database, Statement } from 'better-sqlite3';
import type { AuditEntry, Page } from '../../../shared/review.js';
import { toAuditEntry, type ActionRow } from '../auditRows.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { AuditFilter } from '../store.js';
import { splitPage } from './keyset.js';

export interface AuditTables {
  historyOf(commentId: number): AuditEntry[];
  list(filter: AuditFilter): Page<AuditEntry>;
}

const CURSOR = 'audit';

export function prepareAudit(db: Database): AuditTables {
  const history = db.prepare('SELECT * FROM moderation_actions WHERE comment_id = ? ORDER BY id');
  const statements = new Map<string, Statement>();

  return {
    historyOf: (commentId) => (history.all(commentId) as ActionRow[]).map(toAuditEntry),
    list(f) {
      const where: string[] = [];
      const params: Record<string, unknown> = { limit: f.limit + 1 };
      const bind = (name: string, value: unknown, term: string) => {
        params[name] = value;
        where.push(term);
      };
      if (f.actor !== undefined) bind('actor', f.actor, 'actor = @actor');
      if (f.action !== undefined) bind('action', f.action, 'action = @action');
      if (f.from !== undefined) bind('from', f.from, 'at >= @from');
      if (f.to !== undefined) bind('to', f.to, 'at < @to');
      if (f.cursor !== undefined) {
        const [at, id] = decodeCursor(f.cursor, CURSOR, ['string', 'number']);
        params.afterAt = at;
        bind('afterId', id, '(at, id) < (@afterAt, @afterId)');
      }
      const sql = `SELECT * FROM moderation_actions WHERE ${where.length ? where.join(' AND ') : '1'} ORDER BY at DESC, id DESC LIMIT @limit`;
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = db.prepare(sql)));
      const rows = statement.all(params) as ActionRow[];
      const { page, next } = splitPage(rows, f.limit);
      return { items: page.map(toAuditEntry), nextCursor: next ? encodeCursor(CURSOR, [next.at, next.id]) : null };
    },
  };
}
