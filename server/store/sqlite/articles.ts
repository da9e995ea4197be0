/**
 * The articles pages in SQLite: a sorted list from article_stats along one
 * of its sort indexes (004_insights.sql), each with a sparkline from
 * article_hourly, and one article's figures for its stats page.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { ArticleDetailStats, ArticleListItem, ArticleSort, TopCommenter } from '../../../shared/insights.js';
import type { Page } from '../../../shared/review.js';
import { hourOf } from '../aggregates.js';
import {
  sparkline,
  SPARKLINE_HOURS,
  toArticleDetail,
  toArticleListItem,
  TONE_OVER_TIME_HOURS,
  TOP_COMMENTERS,
  type ArticleListRow,
  type OverTimeRow,
  type HourTone,
} from '../articlePages.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { TOP_COMMENTERS_SCAN, type ArticleListQuery } from '../insights.js';
import { HOUR_MS } from '../overviewSeries.js';
import type { ArticleRow } from '../rowMapping.js';
import { keysetSql, splitPage } from './keyset.js';
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

  /** The hours of `lastActivity`'s sparkline: the 24 ending with its hour. */
  function sparklineHours(articleId: number, lastActivity: string): HourTone[] {
    const end = hourOf(lastActivity);
    const start = new Date(Date.parse(end) - SPARKLINE_HOURS * HOUR_MS).toISOString();
    return q.hours.all(articleId, start, end) as HourTone[];
  }

  function list(query: ArticleListQuery): Page<ArticleListItem> {
    const order = `articles:${query.sort}`;
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, order, [SORTS[query.sort].key, 'number']);
    const rows = listStatement(query.sort, cursor !== null).all({
      limit: query.limit + 1,
      ...(cursor ? { value: cursor[0], after: cursor[1] } : {}),
    }) as ArticleListRow[];
    const { page, next } = splitPage(rows, query.limit);
    return {
      items: page.map((r) => toArticleListItem(r, sparkline(r.last_activity, sparklineHours(r.id, r.last_activity)))),
      nextCursor: next ? encodeCursor(order, [next.sort_value, next.id]) : null,
    };
  }

  const detailStats = db.transaction((id: number): ArticleDetailStats | null => {
    const article = q.article.get(id) as ArticleRow | undefined;
    if (!article) return null;
    return toArticleDetail({
      article,
      stats: stats.articleStats(id),
      overTime: q.overTime.all(id) as OverTimeRow[],
      topCommenters: q.top.all(id) as TopCommenter[],
    });
  });

  return { list, detailStats: (id) => detailStats(id) };
}
