/**
 * Comments as the live dashboard lists them: for a broadcast window, by id
 * and without scores (the broadcaster has them); for a client that
 * reconnects, "after this cursor", whole (CommentSummary).
 * Article title and author name come by join, so a window of a hundred
 * comments costs one query, not two hundred lookups.
 */
import type { Database } from 'better-sqlite3';
import type { CommentSummary } from '../../../shared/events.js';
import { LISTING_COLUMNS, LISTING_FROM, toListing, toSummary, type ListingRow, type SummaryRow } from '../commentSummaries.js';
import type { CommentFilter, CommentListing } from '../store.js';

export interface ReplayTables {
  latestCommentId(): number;
  commentsAfter(filter: CommentFilter, afterId: number, upTo: number, limit: number): CommentSummary[];
  commentListings(ids: readonly number[]): CommentListing[];
}

const SELECT = `SELECT c.*, a.title AS article_title, m.display_name AS author
  FROM comments c JOIN articles a ON a.id = c.article_id JOIN commenters m ON m.id = c.commenter_id`;

export function prepareReplay(db: Database): ReplayTables {
  const q = {
    // max() of the rowid is answered from the end of the table's b-tree, without a scan.
    latest: db.prepare('SELECT coalesce(max(id), 0) FROM comments').pluck(),
    // Each range reads an index in id order: the rowid itself, comments_article or comments_commenter.
    after: db.prepare(`${SELECT} WHERE c.id > ? AND c.id <= ? ORDER BY c.id LIMIT ?`),
    afterInArticle: db.prepare(`${SELECT} WHERE c.article_id = ? AND c.id > ? AND c.id <= ? ORDER BY c.id LIMIT ?`),
    afterByCommenter: db.prepare(`${SELECT} WHERE c.commenter_id = ? AND c.id > ? AND c.id <= ? ORDER BY c.id LIMIT ?`),
    // One statement for any number of ids, which arrive as one JSON array. No score
    // columns: the broadcaster has the scores from ingestion, and parsing them
    // back from JSON would be most of the cost.
    listings: db.prepare(
      `SELECT ${LISTING_COLUMNS} ${LISTING_FROM} WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id`,
    ),
  };
  const summaries = (rows: unknown[]) => (rows as SummaryRow[]).map(toSummary);

  return {
    latestCommentId: () => q.latest.get() as number,
    commentsAfter(filter, afterId, upTo, limit) {
      if (filter.articleId !== undefined) return summaries(q.afterInArticle.all(filter.articleId, afterId, upTo, limit));
      if (filter.commenterId !== undefined) return summaries(q.afterByCommenter.all(filter.commenterId, afterId, upTo, limit));
      return summaries(q.after.all(afterId, upTo, limit));
    },
    commentListings: (ids) => (ids.length ? (q.listings.all(JSON.stringify(ids)) as ListingRow[]).map(toListing) : []),
  };
}
