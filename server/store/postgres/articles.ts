/**
 * The articles pages in PostgreSQL: a sorted list from article_stats along
 * one of its sort indexes (004_insights.sql), each with a sparkline from
 * article_hourly, and one article's figures for its stats page.
 */
import type pg from 'pg';
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
import { decodeCursor, encodeCursor, splitPage } from '../cursor.js';
import { TOP_COMMENTERS_SCAN, type ArticleListQuery } from '../insights.js';
import type { ArticleRow } from '../rowMapping.js';
import { readTransaction, row, rows } from './db.js';
import { articleStats } from './stats.js';

/** The expression each sort's index is built on, verbatim as in 004_insights.sql, its direction and the type of its cursor key. */
const SORTS: Record<ArticleSort, { expr: string; desc: boolean; key: 'string' | 'number'; type: string }> = {
  recent: { expr: 's.last_activity', desc: true, key: 'string', type: 'timestamptz' },
  comments: { expr: 's.comments', desc: true, key: 'number', type: 'integer' },
  // Darkest first.
  tone: { expr: '(s.tone_sum / s.comments)', desc: false, key: 'number', type: 'double precision' },
  flagged_share: { expr: '(s.flagged::double precision / s.comments)', desc: true, key: 'number', type: 'double precision' },
};

/** `$1` the limit; after a cursor, `$2` and `$3` the last row's sort value and id — a row comparison, one range of the sort's index. */
function listSql(sort: ArticleSort, withCursor: boolean): string {
  const { expr, desc, type } = SORTS[sort];
  const dir = desc ? 'DESC' : 'ASC';
  // Articles without comments (imported pages with none) have no figures to show and are left out.
  return `SELECT a.*, s.comments, s.flagged, s.tone_sum, s.last_activity, ${expr} AS sort_value
    FROM article_stats s JOIN articles a ON a.id = s.article_id
    WHERE s.comments > 0 ${withCursor ? `AND (${expr}, s.article_id) ${desc ? '<' : '>'} ($2::${type}, $3::bigint)` : ''}
    ORDER BY ${expr} ${dir}, s.article_id ${dir} LIMIT $1`;
}

const SQL = {
  // Each article's own 24 hours, up to the hour of its last comment: one primary-key range per article.
  hours: `SELECT h.article_id AS id, h.hour, h.comments, h.tone_sum
    FROM unnest($1::bigint[], $2::timestamptz[]) AS p(id, end_hour)
    JOIN article_hourly h ON h.article_id = p.id AND h.hour > p.end_hour - interval '${SPARKLINE_HOURS} hours' AND h.hour <= p.end_hour`,
  article: 'SELECT * FROM articles WHERE id = $1',
  overTime: `SELECT hour AS at, comments, flagged, tone_sum FROM article_hourly WHERE article_id = $1 ORDER BY hour DESC LIMIT ${TONE_OVER_TIME_HOURS}`,
  top: `SELECT x.commenter_id AS id, c.display_name AS "displayName", x.comments, x.flagged FROM (
      SELECT commenter_id, count(*) AS comments, count(*) FILTER (WHERE flagged) AS flagged
      FROM (SELECT commenter_id, flagged FROM comments WHERE article_id = $1 ORDER BY id DESC LIMIT ${TOP_COMMENTERS_SCAN}) latest
      GROUP BY commenter_id ORDER BY comments DESC, flagged DESC, commenter_id LIMIT ${TOP_COMMENTERS}
    ) x JOIN commenters c ON c.id = x.commenter_id
    ORDER BY x.comments DESC, x.flagged DESC, x.commenter_id`,
};

export interface ArticleTables {
  list(query: ArticleListQuery): Promise<Page<ArticleListItem>>;
  detailStats(id: number): Promise<ArticleDetailStats | null>;
}

export function prepareArticles(pool: pg.Pool): ArticleTables {
  /** The hours of each article's sparkline, the 24 ending with its last activity hour: one query for the page. */
  async function sparklineHours(page: readonly ArticleListRow[]): Promise<Map<number, HourTone[]>> {
    const hours = new Map(page.map((r) => [r.id, [] as HourTone[]]));
    if (!page.length) return hours;
    const found = await rows<HourTone & { id: number }>(pool, SQL.hours, [page.map((r) => r.id), page.map((r) => hourOf(r.last_activity))]);
    for (const h of found) hours.get(h.id)!.push(h);
    return hours;
  }

  async function list(query: ArticleListQuery): Promise<Page<ArticleListItem>> {
    const order = `articles:${query.sort}`;
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, order, [SORTS[query.sort].key, 'number']);
    const found = await rows<ArticleListRow>(pool, listSql(query.sort, cursor !== null), [query.limit + 1, ...(cursor ?? [])]);
    const { page, next } = splitPage(found, query.limit);
    const hours = await sparklineHours(page);
    return {
      items: page.map((r) => toArticleListItem(r, sparkline(r.last_activity, hours.get(r.id)!))),
      nextCursor: next ? encodeCursor(order, [next.sort_value, next.id]) : null,
    };
  }

  // One snapshot: the figures agree with each other while comments arrive.
  const detailStats = (id: number) =>
    readTransaction(pool, async (db): Promise<ArticleDetailStats | null> => {
      const article = await row<ArticleRow>(db, SQL.article, [id]);
      if (!article) return null;
      return toArticleDetail({
        article,
        stats: await articleStats(db, id),
        overTime: await rows<OverTimeRow>(db, SQL.overTime, [id]),
        topCommenters: await rows<TopCommenter>(db, SQL.top, [id]),
      });
    });

  return { list, detailStats };
}
