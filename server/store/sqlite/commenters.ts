/**
 * The commenters pages in SQLite: a sorted list read from commenter_stats,
 * one commenter's detail, notes and the watch flag. No query here reads
 * more comment rows than a small, fixed number per commenter.
 *
 * The list is sorted at read time: one pass over commenter_stats keeping
 * the best `limit` rows (~12 ms for 125,000 commenters), because sort
 * indexes on commenter_stats would cost every ingested comment ~20 µs more
 * (see 004_insights.sql). Names and the watch flag are joined to the page's
 * rows only.
 */
import type { Database, Statement } from 'better-sqlite3';
import {
  DEFAULT_DRIFT,
  type CommenterArticle,
  type CommenterDetail,
  type CommenterListItem,
  type CommenterNote,
  type CommenterSort,
  type DriftRule,
  type WatchState,
} from '../../../shared/insights.js';
import type { Page } from '../../../shared/review.js';
import {
  COMMENTER_ARTICLES,
  judgesDrift,
  NOTES,
  RECENT_COMMENTS,
  toCommenterDetail,
  toCommenterListItem,
  toneDrift,
  type BriefRow,
  type CommenterListRow,
  type WatchRow,
} from '../commenterPages.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { COMMENTER_ARTICLES_SCAN, type CommenterListQuery } from '../insights.js';
import type { CommenterRow } from '../rowMapping.js';
import { commenterKey } from '../store.js';
import type { StatsTables } from './stats.js';
import { splitPage } from './keyset.js';

export interface CommenterTables {
  list(query: CommenterListQuery): Page<CommenterListItem>;
  detail(id: number, drift?: DriftRule): CommenterDetail | null;
  addNote(commenterId: number, author: string, text: string): CommenterNote | null;
  setWatch(commenterId: number, watched: boolean, by: string): WatchState | null;
}

/** Each sort's value and direction. */
const SORTS: Record<CommenterSort, { expr: string; desc: boolean }> = {
  comments: { expr: 's.comments', desc: true },
  flagged_rate: { expr: '(s.flagged * 1.0 / s.comments)', desc: true },
  // Darkest first: the moderators' question is who is the most negative.
  tone: { expr: '(s.tone_sum / s.comments)', desc: false },
  shouting: { expr: '(s.shouting * 1.0 / s.comments)', desc: true },
};

function listSql(sort: CommenterSort, withCursor: boolean, withName: boolean, watchedOnly: boolean): string {
  const { expr, desc } = SORTS[sort];
  const dir = desc ? 'DESC' : 'ASC';
  const op = desc ? '<' : '>';
  return `SELECT x.*, c.display_name, c.last_seen, coalesce(w.watched, 0) AS watched FROM (
      SELECT s.commenter_id AS id, s.comments, s.flagged, s.tone_sum, s.shouting, s.insults, ${expr} AS sort_value
      FROM commenter_stats s
      ${withName ? 'JOIN commenters k ON k.id = s.commenter_id' : ''}
      ${watchedOnly ? 'JOIN commenter_watch ww ON ww.commenter_id = s.commenter_id AND ww.watched = 1' : ''}
      WHERE s.comments > 0
        ${withName ? 'AND instr(k.key, @q) > 0' : ''}
        ${withCursor ? `AND (${expr} ${op} @value OR (${expr} = @value AND s.commenter_id ${op} @after))` : ''}
      ORDER BY sort_value ${dir}, id ${dir} LIMIT @limit
    ) x
    JOIN commenters c ON c.id = x.id
    LEFT JOIN commenter_watch w ON w.commenter_id = x.id
    ORDER BY x.sort_value ${dir}, x.id ${dir}`;
}

export function prepareCommenters(db: Database, stats: StatsTables): CommenterTables {
  const lists = new Map<string, Statement>();
  const listStatement = (...args: Parameters<typeof listSql>) => {
    const key = args.join(' ');
    let statement = lists.get(key);
    if (!statement) lists.set(key, (statement = db.prepare(listSql(...args))));
    return statement;
  };
  const q = {
    // comments_commenter (commenter_id, id), read backwards: `window` index entries and rows.
    recentTones: db.prepare('SELECT tone FROM comments WHERE commenter_id = ? ORDER BY id DESC LIMIT ?').pluck(),
    commenter: db.prepare('SELECT * FROM commenters WHERE id = ?'),
    articles: db.prepare(`SELECT x.article_id AS id, a.title, x.comments, x.last AS lastCommentAt FROM (
        SELECT article_id, count(*) AS comments, max(coalesce(posted_at, received_at)) AS last
        FROM (SELECT article_id, posted_at, received_at FROM comments WHERE commenter_id = ? ORDER BY id DESC LIMIT ${COMMENTER_ARTICLES_SCAN})
        GROUP BY article_id
      ) x JOIN articles a ON a.id = x.article_id
      ORDER BY x.comments DESC, x.last DESC LIMIT ${COMMENTER_ARTICLES}`),
    recent: db.prepare(`SELECT c.id, c.article_id, a.title, substr(c.text, 1, 500) AS text, c.posted_at, c.received_at, c.status, c.tone, c.flagged, c.reasons
      FROM comments c JOIN articles a ON a.id = c.article_id
      WHERE c.commenter_id = ? ORDER BY c.id DESC LIMIT ${RECENT_COMMENTS}`),
    notes: db.prepare(`SELECT id, commenter_id AS commenterId, author, text, at FROM commenter_notes WHERE commenter_id = ? ORDER BY id DESC LIMIT ${NOTES}`),
    watch: db.prepare('SELECT watched, changed_by, changed_at FROM commenter_watch WHERE commenter_id = ?'),
    exists: db.prepare('SELECT 1 FROM commenters WHERE id = ?').pluck(),
    insertNote: db.prepare('INSERT INTO commenter_notes (commenter_id, author, text, at) VALUES (?, ?, ?, ?)'),
    setWatch: db.prepare(`INSERT INTO commenter_watch (commenter_id, watched, changed_by, changed_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (commenter_id) DO UPDATE SET watched = excluded.watched, changed_by = excluded.changed_by, changed_at = excluded.changed_at`),
  };

  const tonesOf = (commenterId: number, comments: number, rule: DriftRule) =>
    judgesDrift(comments, rule) ? (q.recentTones.all(commenterId, rule.window) as number[]) : [];

  function list(query: CommenterListQuery): Page<CommenterListItem> {
    const rule = query.drift ?? DEFAULT_DRIFT;
    const name = query.q ? commenterKey(query.q) : '';
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, `commenters:${query.sort}`, ['number', 'number']);
    const statement = listStatement(query.sort, cursor !== null, name !== '', query.watched === true);
    const rows = statement.all({
      limit: query.limit + 1,
      ...(cursor ? { value: cursor[0], after: cursor[1] } : {}),
      ...(name ? { q: name } : {}),
    }) as CommenterListRow[];
    const { page, next } = splitPage(rows, query.limit);
    return {
      items: page.map((r) => toCommenterListItem(r, toneDrift(tonesOf(r.id, r.comments, rule), r.comments, r.tone_sum, rule))),
      nextCursor: next ? encodeCursor(`commenters:${query.sort}`, [next.sort_value, next.id]) : null,
    };
  }

  // One read transaction: the parts of the page agree with each other even while comments arrive.
  const detail = db.transaction((id: number, rule: DriftRule): CommenterDetail | null => {
    const commenter = q.commenter.get(id) as CommenterRow | undefined;
    if (!commenter) return null;
    const s = stats.commenterStats(id);
    return toCommenterDetail({
      commenter,
      stats: s,
      articles: q.articles.all(id) as CommenterArticle[],
      recent: q.recent.all(id) as BriefRow[],
      notes: q.notes.all(id) as CommenterNote[],
      watch: q.watch.get(id) as WatchRow | undefined,
      tones: tonesOf(id, s.comments, rule),
      rule,
    });
  });

  const addNote = db.transaction((commenterId: number, author: string, text: string): CommenterNote | null => {
    if (!q.exists.get(commenterId)) return null;
    const at = new Date().toISOString();
    const id = Number(q.insertNote.run(commenterId, author, text, at).lastInsertRowid);
    return { id, commenterId, author, text, at };
  });

  const setWatch = db.transaction((commenterId: number, watched: boolean, by: string): WatchState | null => {
    if (!q.exists.get(commenterId)) return null;
    const at = new Date().toISOString();
    q.setWatch.run(commenterId, watched ? 1 : 0, by, at);
    return { watched, by, at };
  });

  return {
    list,
    detail: (id, rule) => detail(id, rule ?? DEFAULT_DRIFT),
    addNote: (...args) => addNote.immediate(...args),
    setWatch: (...args) => setWatch.immediate(...args),
  };
}
