/**
 * The articles pages in PostgreSQL: a sorted list from article_stats along
 * one of its sort indexes (004_insights.sql), each with a sparkline from
 * article_hourly, and one article's figures for its stats page.
 */
import type pg from 'pg';
import type { ArticleDetailStats, ArticleListItem, ArticleSort, TonePoint, TopCommenter } from '../../../shared/insights.js';
import type { Page } from '../../../shared/review.js';
import { hourOf } from '../aggregates.js';
import { decodeCursor, encodeCursor, splitPage } from '../cursor.js';
import { TOP_COMMENTERS_SCAN, type ArticleListQuery } from '../insights.js';
import { readTransaction, row, rows } from './db.js';
import { toArticle, type ArticleRow } from './rows.js';
import { articleStats } from './stats.js';

/** The expression each sort's index is built on, verbatim as in 004_insights.sql, its direction and the type of its cursor key. */
const SORTS: Record<ArticleSort, { expr: string; desc: boolean; key: 'string' | 'number'; type: string }> = {
  recent: { expr: 's.last_activity', desc: true, key: 'string', type: 'timestamptz' },
  comments: { expr: 's.comments', desc: true, key: 'number', type: 'integer' },
  // Darkest first.
  tone: { expr: '(s.tone_sum / s.comments)', desc: false, key: 'number', type: 'double precision' },
  flagged_share: { expr: '(s.flagged::double precision / s.comments)', desc: true, key: 'number', type: 'double precision' },
};

const SPARKLINE_HOURS = 24;
const HOUR_MS = 3_600_000;
/** Two weeks of hours: the life of almost any article's discussion. */
const TONE_OVER_TIME_HOURS = 14 * 24;
const TOP_COMMENTERS = 10;

interface ListRow extends ArticleRow {
  comments: number;
  flagged: number;
  tone_sum: number;
  last_activity: string;
  sort_value: number | string;
}

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

const meanOf = (comments: number, toneSum: number) => (comments ? toneSum / comments : null);

export interface ArticleTables {
  list(query: ArticleListQuery): Promise<Page<ArticleListItem>>;
  detailStats(id: number): Promise<ArticleDetailStats | null>;
}

export function prepareArticles(pool: pg.Pool): ArticleTables {
  /** Mean tone of each of the 24 hours ending with each article's last activity hour: one query for the page. */
  async function sparklines(page: readonly ListRow[]): Promise<Map<number, (number | null)[]>> {
    const lines = new Map(page.map((r) => [r.id, new Array<number | null>(SPARKLINE_HOURS).fill(null)]));
    if (!page.length) return lines;
    const ends = new Map(page.map((r) => [r.id, hourOf(r.last_activity)]));
    const found = await rows<{ id: number; hour: string; comments: number; tone_sum: number }>(pool, SQL.hours, [[...ends.keys()], [...ends.values()]]);
    for (const h of found) {
      const slot = SPARKLINE_HOURS - 1 - Math.round((Date.parse(ends.get(h.id)!) - Date.parse(h.hour)) / HOUR_MS);
      if (slot >= 0) lines.get(h.id)![slot] = meanOf(h.comments, h.tone_sum);
    }
    return lines;
  }

  async function list(query: ArticleListQuery): Promise<Page<ArticleListItem>> {
    const order = `articles:${query.sort}`;
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, order, [SORTS[query.sort].key, 'number']);
    const found = await rows<ListRow>(pool, listSql(query.sort, cursor !== null), [query.limit + 1, ...(cursor ?? [])]);
    const { page, next } = splitPage(found, query.limit);
    const lines = await sparklines(page);
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
        sparkline: lines.get(r.id)!,
      })),
      nextCursor: next ? encodeCursor(order, [next.sort_value, next.id]) : null,
    };
  }

  // One snapshot: the figures agree with each other while comments arrive.
  const detailStats = (id: number) =>
    readTransaction(pool, async (db): Promise<ArticleDetailStats | null> => {
      const article = await row<ArticleRow>(db, SQL.article, [id]);
      if (!article) return null;
      const s = await articleStats(db, id);
      const overTime = (await rows<{ at: string; comments: number; flagged: number; tone_sum: number }>(db, SQL.overTime, [id])).reverse();
      return {
        article: toArticle(article),
        stats: s,
        toneOverTime: overTime.map((h): TonePoint => ({ at: h.at, comments: h.comments, flagged: h.flagged, toneMean: meanOf(h.comments, h.tone_sum) })),
        toneHistogram: s.toneHistogram,
        reasons: s.reasons,
        statuses: s.statuses,
        topCommenters: await rows<TopCommenter>(db, SQL.top, [id]),
        topCommentersScope: { scanned: Math.min(s.comments, TOP_COMMENTERS_SCAN), complete: s.comments <= TOP_COMMENTERS_SCAN },
      };
    });

  return { list, detailStats };
}
