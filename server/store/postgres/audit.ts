/** Reading the audit log (moderation_actions) in PostgreSQL: one comment's history, and the log page by page, newest first. */
import type { AuditEntry, Page } from '../../../shared/review.js';
import { toAuditEntry, type ActionRow } from '../auditRows.js';
import { decodeCursor, encodeCursor, splitPage } from '../cursor.js';
import type { AuditFilter } from '../store.js';
import { rows, type Db } from './db.js';

const COLUMNS = 'id, comment_id, actor, action, previous, reason, note, at, undoes';
const CURSOR = 'audit';

export async function historyOf(db: Db, commentId: number): Promise<AuditEntry[]> {
  return (await rows<ActionRow>(db, `SELECT ${COLUMNS} FROM moderation_actions WHERE comment_id = $1 ORDER BY id`, [commentId])).map(toAuditEntry);
}

export async function listAudit(db: Db, f: AuditFilter): Promise<Page<AuditEntry>> {
  const where: string[] = [];
  const values: unknown[] = [];
  const bind = (value: unknown, term: (placeholder: string) => string) => {
    values.push(value);
    where.push(term(`$${values.length}`));
  };
  if (f.actor !== undefined) bind(f.actor, (p) => `actor = ${p}`);
  if (f.action !== undefined) bind(f.action, (p) => `action = ${p}`);
  if (f.from !== undefined) bind(f.from, (p) => `at >= ${p}::timestamptz`);
  if (f.to !== undefined) bind(f.to, (p) => `at < ${p}::timestamptz`);
  if (f.cursor !== undefined) {
    const [at, id] = decodeCursor(f.cursor, CURSOR, ['string', 'number']);
    values.push(at, id);
    where.push(`(at, id) < ($${values.length - 1}::timestamptz, $${values.length}::bigint)`);
  }
  values.push(f.limit + 1);
  const sql = `SELECT ${COLUMNS} FROM moderation_actions WHERE ${where.length ? where.join(' AND ') : 'TRUE'}
    ORDER BY at DESC, id DESC LIMIT $${values.length}`;
  const { page, next } = splitPage(await rows<ActionRow>(db, sql, values), f.limit);
  return { items: page.map(toAuditEntry), nextCursor: next ? encodeCursor(CURSOR, [next.at, next.id]) : null };
}
