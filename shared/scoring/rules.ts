/**
 * The defaults Vigie ships with. Thresholds were chosen on the seed comments
 * and checked with `npm run eval` (docs/quality.md); word lists start empty
 * because the built-in lexicons carry the vocabulary — these lists are the
 * newsroom's own additions, edited from the dashboard.
 */
import type { Rules } from '../schemas.js';
import { ACRONYMS } from './lexicons/function-words.js';

export type { Rules };

export const DEFAULT_RULES: Rules = Object.freeze({
  version: 1,
  defaultLang: 'fr',
  thresholds: {
    toneNegative: -0.2,
    tonePositive: 0.2,
    // Negative words and abuse weigh 1.5 times in the tone total (rules/tone.ts), so -0.92 (a total of -2.35) is what
    // -0.84 was before: a threat or a dehumanising attack reaches it, a few regretful words ("hélas", "crise", "erreur") do not.
    veryNegative: -0.92,
    // Three capitals in five letters: below it, a comment is a normal one with emphasised words.
    shouting: 0.6,
    shoutingMinWords: 3,
    insult: 0.5,
    toxicity: 0.5,
    threat: 0.5,
    identityAttack: 0.5,
    profanity: 0.5,
    spamLinks: 2,
  },
  words: { block: [], flag: [], allow: [], acronyms: [...ACRONYMS], figures: [] },
}) as Rules;
