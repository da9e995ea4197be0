/**
 * The commenters pages in PostgreSQL: a sorted list read from
 * commenter_stats (sorted at read time, as in SQLite: sort indexes there
 * would cost every ingested comment), one commenter's detail, notes and the
 * watch flag. No query reads more comment rows than a small, fixed number
 * per commenter.
 */
import type pg from 'pg';
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
import { decodeCursor, encodeCursor, splitPage } from '../cursor.js';
import { COMMENTER_ARTICLES_SCAN, type CommenterListQuery } from '../insights.js';
import type { CommenterRow } from '../rowMapping.js';
import { commenterKey } from '../store.js';
import { readTransaction, row, rows, writeTransaction, type Db } from './db.js';
import { commenterStats } from './stats.js';

/** Each sort's value and direction (as ../sqlite/commenters.ts). */
const SORTS: Record<CommenterSort, { expr: string; desc: boolean }> = {
  comments: { expr: 's.comments', desc: true },
  flagged_rate: { expr: '(s.flagged::double precision / s.comments)', desc: true },
  // Darkest first: the moderators' question is who is the most negative.
  tone: { expr: '(s.tone_sum / s.comments)', desc: false },
  shouting: { expr: '(s.shouting::double precision / s.comments)', desc: true },
};

function listSql(sort: CommenterSort, withCursor: boolean, withName: boolean, watchedOnly: boolean): string {
  const { expr, desc } = SORTS[sort];
  const dir = desc ? 'DESC' : 'ASC';
  const op = desc ? '<' : '>';
  // $1 the limit, then the name when searched ($2), then the cursor's value and id.
  const cursorAt = withName ? 3 : 2;
  return `SELECT x.*, c.display_name, c.last_seen, coalesce(w.watched, false) AS watched FROM (
      SELECT s.commenter_id AS id, s.comments, s.flagged, s.tone_sum, s.shouting, s.insults, ${expr} AS sort_value
      FROM commenter_stats s
      ${withName ? 'JOIN commenters k ON k.id = s.commenter_id' : ''}
      ${watchedOnly ? 'JOIN commenter_watch ww ON ww.commenter_id = s.commenter_id AND ww.watched' : ''}
      WHERE s.comments > 0
        ${withName ? 'AND strpos(k.key, $2::text) > 0' : ''}
        ${withCursor ? `AND (${expr}, s.commenter_id) ${op} ($${cursorAt}::double precision, $${cursorAt + 1}::bigint)` : ''}
      ORDER BY sort_value ${dir}, id ${dir} LIMIT $1
    ) x
    JOIN commenters c ON c.id = x.id
    LEFT JOIN commenter_watch w ON w.commenter_id = x.id
    ORDER BY x.sort_value ${dir}, x.id ${dir}`;
}

/** The last `window` tones of each commenter, newest first, in one statement (an index range each). */
async function recentTones(db: Db, ids: readonly number[], window: number): Promise<Map<number, number[]>> {
  const tones = new Map<number, number[]>(ids.map((id) => [id, []]));
  if (!ids.length) return tones;
  const found = await rows<{ id: number; tone: number }>(
    db,
    `SELECT x.id, t.tone FROM unnest($1::bigint[]) AS x(id)
     CROSS JOIN LATERAL (SELECT tone, id AS comment_id FROM comments WHERE commenter_id = x.id ORDER BY id DESC LIMIT $2) t
     ORDER BY x.id, t.comment_id DESC`,
    [ids, window],
  );
  for (const r of found) tones.get(r.id)!.push(r.tone);
  return tones;
}

const SQL = {
  commenter: 'SELECT * FROM commenters WHERE id = $1',
  articles: `SELECT x.article_id AS id, a.title, x.comments, x.last AS "lastCommentAt" FROM (
      SELECT article_id, count(*) AS comments, max(coalesce(posted_at, received_at)) AS last
      FROM (SELECT article_id, posted_at, received_at FROM comments WHERE commenter_id = $1 ORDER BY id DESC LIMIT ${COMMENTER_ARTICLES_SCAN}) latest
      GROUP BY article_id
    ) x JOIN articles a ON a.id = x.article_id
    ORDER BY x.comments DESC, x.last DESC LIMIT ${COMMENTER_ARTICLES}`,
  recent: `SELECT c.id, c.article_id, a.title, left(c.text, 500) AS text, c.posted_at, c.received_at, c.status, c.tone, c.flagged, c.reasons
    FROM comments c JOIN articles a ON a.id = c.article_id
    WHERE c.commenter_id = $1 ORDER BY c.id DESC LIMIT ${RECENT_COMMENTS}`,
  notes: `SELECT id, commenter_id AS "commenterId", author, text, at FROM commenter_notes WHERE commenter_id = $1 ORDER BY id DESC LIMIT ${NOTES}`,
  watch: 'SELECT watched, changed_by, changed_at FROM commenter_watch WHERE commenter_id = $1',
  exists: 'SELECT 1 FROM commenters WHERE id = $1',
  insertNote: 'INSERT INTO commenter_notes (commenter_id, author, text, at) VALUES ($1, $2, $3, $4) RETURNING id',
  setWatch: `INSERT INTO commenter_watch (commenter_id, watched, changed_by, changed_at) VALUES ($1, $2, $3, $4)
    ON CONFLICT (commenter_id) DO UPDATE SET watched = excluded.watched, changed_by = excluded.changed_by, changed_at = excluded.changed_at`,
};

export interface CommenterTables {
  list(query: CommenterListQuery): Promise<Page<CommenterListItem>>;
  detail(id: number, drift?: DriftRule): Promise<CommenterDetail | null>;
  addNote(commenterId: number, author: string, text: string): Promise<CommenterNote | null>;
  setWatch(commenterId: number, watched: boolean, by: string): Promise<WatchState | null>;
}

export function prepareCommenters(pool: pg.Pool): CommenterTables {
  async function list(query: CommenterListQuery): Promise<Page<CommenterListItem>> {
    const rule = query.drift ?? DEFAULT_DRIFT;
    const name = query.q ? commenterKey(query.q) : '';
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, `commenters:${query.sort}`, ['number', 'number']);
    const sql = listSql(query.sort, cursor !== null, name !== '', query.watched === true);
    const found = await rows<CommenterListRow>(pool, sql, [query.limit + 1, ...(name ? [name] : []), ...(cursor ?? [])]);
    const { page, next } = splitPage(found, query.limit);
    const judged = page.filter((r) => judgesDrift(r.comments, rule)).map((r) => r.id);
    const tones = await recentTones(pool, judged, rule.window);
    return {
      items: page.map((r) => toCommenterListItem(r, toneDrift(tones.get(r.id) ?? [], r.comments, r.tone_sum, rule))),
      nextCursor: next ? encodeCursor(`commenters:${query.sort}`, [next.sort_value, next.id]) : null,
    };
  }

  // One snapshot: the parts of the page agree with each other even while comments arrive.
  const detail = (id: number, rule: DriftRule) =>
    readTransaction(pool, async (db): Promise<CommenterDetail | null> => {
      const commenter = await row<CommenterRow>(db, SQL.commenter, [id]);
      if (!commenter) return null;
      const s = await commenterStats(db, id);
      const watch = await row<WatchRow>(db, SQL.watch, [id]);
      const tones = await recentTones(db, judgesDrift(s.comments, rule) ? [id] : [], rule.window);
      return toCommenterDetail({
        commenter,
        stats: s,
        articles: await rows<CommenterArticle>(db, SQL.articles, [id]),
        recent: await rows<BriefRow>(db, SQL.recent, [id]),
        notes: await rows<CommenterNote>(db, SQL.notes, [id]),
        watch,
        tones: tones.get(id) ?? [],
        rule,
      });
    });

  return {
    list,
    detail: (id, rule) => detail(id, rule ?? DEFAULT_DRIFT),
    addNote: (commenterId, author, text) =>
      writeTransaction(pool, async (db) => {
        if (!(await row(db, SQL.exists, [commenterId]))) return null;
        const at = new Date().toISOString();
        const note = await row<{ id: number }>(db, SQL.insertNote, [commenterId, author, text, at]);
        return { id: note!.id, commenterId, author, text, at };
      }),
    setWatch: (commenterId, watched, by) =>
      writeTransaction(pool, async (db) => {
        if (!(await row(db, SQL.exists, [commenterId]))) return null;
        const at = new Date().toISOString();
        await db.query(SQL.setWatch, [commenterId, watched, by, at]);
        return { watched, by, at };
      }),
  };
}
