/** Limits shared by every edge (HTTP, CLI, importer, dashboard). */

/**
 * Longest comment text accepted, in characters. News sites cap comments at a
 * few thousand characters; 20,000 leaves room for pasted articles while keeping
 * one comment's scoring well under a millisecond budget.
 */
export const MAX_COMMENT_LENGTH = 20_000;

/** Comments in one ingestion request (`{"comments": [...]}`). */
export const MAX_BATCH = 1_000;

/** Largest ingestion request body: a full batch of long comments, with room for JSON escaping. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export const MAX_AUTHOR_LENGTH = 200;
export const MAX_TITLE_LENGTH = 500;
export const MAX_ID_LENGTH = 200;

/** Rows in one page of any list (queue, audit, commenters, articles): a screenful by default. */
export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 200;
