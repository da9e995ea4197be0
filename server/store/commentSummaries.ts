/**
 * Comments as the dashboard lists them, from rows joined to their article's
 * title and author's name: whole (CommentSummary, the queue and a reconnecting
 * client), without scores (CommentListing, a live broadcast window, whose
 * scores the broadcaster has), and one comment's detail.
 */
import type { CommentSummary } from '../../shared/events.js';
import type { AuditEntry, CommentDetail } from '../../shared/review.js';
import type { ModerationStatus } from '../../shared/types.js';
import { toStoredComment, type CommentRow } from './rowMapping.js';
import type { CommentListing } from './store.js';

export interface SummaryRow extends CommentRow {
  article_title: string | null;
  author: string;
}

export interface ListingRow {
  id: number;
  article_id: number;
  article_title: string | null;
  commenter_id: number;
  author: string;
  text: string;
  posted_at: string | null;
  received_at: string;
  status: ModerationStatus;
  /** The author's counters as they stand, this comment included (commenter_stats). */
  commenter_flagged: number | null;
  commenter_comments: number | null;
}

/** The columns of a ListingRow, from comments c joined to articles a, commenters m and commenter_stats s. */
export const LISTING_COLUMNS =
  'c.id, c.article_id, a.title AS article_title, c.commenter_id, m.display_name AS author, c.text, c.posted_at, c.received_at, c.status, s.flagged AS commenter_flagged, s.comments AS commenter_comments';
export const LISTING_FROM =
  'FROM comments c JOIN articles a ON a.id = c.article_id JOIN commenters m ON m.id = c.commenter_id LEFT JOIN commenter_stats s ON s.commenter_id = c.commenter_id';

export function toSummary(r: SummaryRow): CommentSummary {
  const c = toStoredComment(r);
  return {
    id: c.id,
    articleId: c.articleId,
    articleTitle: r.article_title,
    commenterId: c.commenterId,
    author: r.author,
    text: c.text,
    postedAt: c.postedAt,
    receivedAt: c.receivedAt,
    status: c.status,
    score: c.score,
  };
}

export const toListing = (r: ListingRow): CommentListing => ({
  id: r.id,
  articleId: r.article_id,
  articleTitle: r.article_title,
  commenterId: r.commenter_id,
  author: r.author,
  text: r.text,
  postedAt: r.posted_at,
  receivedAt: r.received_at,
  status: r.status,
  // A live card shows its author's record as the queue does.
  commenterFlaggedRate: r.commenter_comments ? (r.commenter_flagged ?? 0) / r.commenter_comments : 0,
});

export function toCommentDetail(r: SummaryRow & { article_url: string | null }, history: AuditEntry[]): CommentDetail {
  return { ...toSummary(r), source: r.source, externalId: r.external_id, articleUrl: r.article_url, rulesVersion: r.rules_version, history };
}
