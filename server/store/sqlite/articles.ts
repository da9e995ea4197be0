/**
 * The articles pages in SQLite: a sorted list from article_stats along one
 * of its sort indexes (004_insights.sql), each with a sparkline from
 * article_hourly, and one article's figures for its stats page.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { ArticleDetailStats, ArticleListItem, ArticleSort, TonePoint, TopCommenter } from '../../../shared/insights.js';
import type { Page } from '../../../shared/review.js';
import { hourOf } from '../aggregates.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { TOP_COMMENTERS_SCAN, type ArticleListQuery } from '../insights.js';
import { keysetSql, splitPage } from './keyset.js';
import { toArticle, type ArticleRow } from './rows.js';
import type { StatsTables } from './stats.js';

export interface ArticleTables {
  list(query: ArticleListQuery): Page<ArticleListItem>;
  detailStats(id: number): ArticleDetailStats | null;
}

/** The expression each sort's index is built on, verbatim as in 004_insights.sql, its direction and the type of its cursor key. */
const SORTS: Record<ArticleSort, { expr: string; desc: boolean; key: 'string' | 'number' }> = {
  recent: { expr: 's.last_activity', desc: true, key: 'string' },
  comments: { expr: 's.comments', desc: true, key: 'number' },
  // Darkest first.
  tone: { expr: '(s.tone_sum / s.comments)', desc: false, key: 'number' },
  flagged_share: { expr: '(s.flagged * 1.0 / s.comments)', desc: true, key: 'number' },
};

const SPARKLINE_HOURS = 24;
const HOUR_MS = 3_600_000;
/** Two weeks of hours: the life of almost any article's discussion. */
const TONE_OVER_TIME_HOURS = 14 * 24;
const TOP_COMMENTERS = 10;

interface ListRow {
  id: number;
  source: string;
  external_id: string;
  title: string | null;
  url: string | null;
  section: string | null;
  published_at: string | null;
  comments: number;
  flagged: number;
  tone_sum: number;
  last_activity: string;
  sort_value: number | string;
}

function listSql(sort: ArticleSort, withCursor: boolean): string {
  const { expr, desc } = SORTS[sort];
  // Articles without comments (imported pages with none) have no figures to show and are left out.
  return keysetSql(
    {
      select: 'a.*, s.comments, s.flagged, s.tone_sum, s.last_activity',
      from: 'article_stats s JOIN articles a ON a.id = s.article_id',
      where: 's.comments > 0',
      expr,
      id: 's.article_id',
      desc,
    },
    withCursor,
  );
}

const meanOf = (comments: number, toneSum: number) => (comments ? toneSum / comments : null);

export function prepareArticles(db: Database, stats: StatsTables): ArticleTables {
  const lists = new Map<string, Statement>();
  const listStatement = (sort: ArticleSort, withCursor: boolean) => {
    const key = `${sort} ${withCursor}`;
    let statement = lists.get(key);
    if (!statement) lists.set(key, (statement = db.prepare(listSql(sort, withCursor))));
    return statement;
  };
  const q = {
    hours: db.prepare('SELECT hour, comments, tone_sum FROM article_hourly WHERE article_id = ? AND hour > ? AND hour <= ?'),
    article: db.prepare('SELECT * FROM articles WHERE id = ?'),
    overTime: db.prepare(`SELECT hour AS at, comments, flagged, tone_sum FROM article_hourly WHERE article_id = ? ORDER BY hour DESC LIMIT ${TONE_OVER_TIME_HOURS}`),
    top: db.prepare(`SELECT x.commenter_id AS id, c.display_name AS displayName, x.comments, x.flagged FROM (
        SELECT commenter_id, count(*) AS comments, sum(flagged) AS flagged
        FROM (SELECT commenter_id, flagged FROM comments WHERE article_id = ? ORDER BY id DESC LIMIT ${TOP_COMMENTERS_SCAN})
        GROUP BY commenter_id ORDER BY comments DESC, flagged DESC, commenter_id LIMIT ${TOP_COMMENTERS}
      ) x JOIN commenters c ON c.id = x.commenter_id
      ORDER BY x.comments DESC, x.flagged DESC, x.commenter_id`),
  };

  /** Mean tone of each of the 24 hours ending with `lastActivity`'s hour. */
  function sparkline(articleId: number, lastActivity: string): (number | null)[] {
    const end = Date.parse(hourOf(lastActivity));
    const start = new Date(end - SPARKLINE_HOURS * HOUR_MS).toISOString();
    const line: (number | null)[] = new Array(SPARKLINE_HOURS).fill(null);
    for (const h of q.hours.all(articleId, start, hourOf(lastActivity)) as { hour: string; comments: number; tone_sum: number }[]) {
      const slot = SPARKLINE_HOURS - 1 - Math.round((end - Date.parse(h.hour)) / HOUR_MS);
      if (slot >= 0) line[slot] = meanOf(h.comments, h.tone_sum);
    }
    return line;
  }

  function list(query: ArticleListQuery): Page<ArticleListItem> {
    const order = `articles:${query.sort}`;
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, order, [SORTS[query.sort].key, 'number']);
    const rows = listStatement(query.sort, cursor !== null).all({
      limit: query.limit + 1,
      ...(cursor ? { value: cursor[0], after: cursor[1] } : {}),
    }) as ListRow[];
    const { page, next } = splitPage(rows, query.limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        title: r.title,
        url: r.url,
        section: r.section,
        publishedAt: r.published_at,
        comments: r.comments,
        toneMean: r.tone_sum / r.comments,
        flaggedShare: r.flagged / r.comments,
        lastActivity: r.last_activity,
        sparkline: sparkline(r.id, r.last_activity),
      })),
      nextCursor: next ? encodeCursor(order, [next.sort_value, next.id]) : null,
    };
  }

  const detailStats = db.transaction((id: number): ArticleDetailStats | null => {
    const row = q.article.get(id) as ArticleRow | undefined;
    if (!row) return null;
    const s = stats.articleStats(id);
    const overTime = (q.overTime.all(id) as { at: string; comments: number; flagged: number; tone_sum: number }[]).reverse();
    return {
      article: toArticle(row),
      stats: s,
      toneOverTime: overTime.map((h): TonePoint => ({ at: h.at, comments: h.comments, flagged: h.flagged, toneMean: meanOf(h.comments, h.tone_sum) })),
      toneHistogram: s.toneHistogram,
      reasons: s.reasons,
      statuses: s.statuses,
      topCommenters: q.top.all(id) as TopCommenter[],
      topCommentersScope: { scanned: Math.min(s.comments, TOP_COMMENTERS_SCAN), complete: s.comments <= TOP_COMMENTERS_SCAN },
    };
  });

  return { list, detailStats: (id) => detailStats(id) };
}
