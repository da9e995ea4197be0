/**
 * Comments as the live dashboard lists them, in PostgreSQL: for a broadcast
 * window, by id and without scores (the broadcaster has them); for a client
 * that reconnects, "after this cursor", whole (CommentSummary). Article title
 * and author come by join: one query per window, however many comments.
 */
import type { CommentSummary } from '../../../shared/events.js';
import { LISTING_COLUMNS, LISTING_FROM, toListing, toSummary, type ListingRow, type SummaryRow } from '../commentSummaries.js';
import type { CommentFilter, CommentListing } from '../store.js';
import { row, rows, type Db } from './db.js';
import { SUMMARY_COLUMNS } from './queueSql.js';

const FROM = 'FROM comments c JOIN articles a ON a.id = c.article_id JOIN commenters m ON m.id = c.commenter_id';

/** The highest comment id; max() is read from the end of the primary key's index. */
export async function latestCommentId(db: Db): Promise<number> {
  return (await row<{ id: number }>(db, 'SELECT coalesce(max(id), 0) AS id FROM comments'))!.id;
}

/** Each range reads an index in id order: the primary key, comments_article or comments_commenter. */
export async function commentsAfter(db: Db, filter: CommentFilter, afterId: number, upTo: number, limit: number): Promise<CommentSummary[]> {
  const [term, values] =
    filter.articleId !== undefined
      ? ['c.article_id = $4 AND ', [filter.articleId]]
      : filter.commenterId !== undefined
        ? ['c.commenter_id = $4 AND ', [filter.commenterId]]
        : ['', []];
  const sql = `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE ${term}c.id > $1 AND c.id <= $2 ORDER BY c.id LIMIT $3`;
  return (await rows<SummaryRow>(db, sql, [afterId, upTo, limit, ...values])).map(toSummary);
}

/**
 * One statement for any number of ids. No score columns: the broadcaster has
 * the scores from ingestion, and reading them back would be most of the cost.
 */
export async function commentListings(db: Db, ids: readonly number[]): Promise<CommentListing[]> {
  if (!ids.length) return [];
  const sql = `SELECT ${LISTING_COLUMNS} ${LISTING_FROM} WHERE c.id = ANY($1::bigint[]) ORDER BY c.id`;
  return (await rows<ListingRow>(db, sql, [ids])).map(toListing);
}
