/** The scoring engine's public surface. */
export { scoreComment, type ScoreOptions } from './scoreComment.js';
export { DEFAULT_RULES, type Rules } from './rules.js';
