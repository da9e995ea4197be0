/** Limits shared by every edge (HTTP, CLI, importer, dashboard). */

/**
 * Longest comment text accepted, in characters. News sites cap comments at a
 * few thousand characters; 20,000 leaves room for pasted articles while keeping
 * one comment's scoring well under a millisecond budget.
 */
export const MAX_COMMENT_LENGTH = 20_000;
