/**
 * A moderator's search box, read the same way by both stores before each
 * turns it into its own engine's query (sqlite/ftsQuery.ts, postgres/tsQuery.ts):
 * words, all required, in any order; "a quoted phrase" (the words together,
 * in order); a trailing * for a prefix (`gouvern*`). Nothing typed is ever an
 * operator: AND, OR, NOT, NEAR, a minus, a column filter or a parenthesis are
 * words or punctuation like any other.
 */

export interface SearchTerm {
  /** A phrase's text, or a word without its trailing stars. */
  text: string;
  phrase: boolean;
  /** A word that ended with * and has enough letters to be searched as a prefix. */
  prefix: boolean;
}

// A balanced "phrase", or a run of anything else up to the next space or quote.
const PART = /"([^"]*)"|([^\s"]+)/g;
const SEARCHABLE = /[\p{L}\p{N}]/u;
/** Shorter prefixes match a large part of the dictionary: searched as plain words instead. */
const MIN_PREFIX = 2;

/** The terms of a search; none when nothing searchable remains (only punctuation): such a search matches no comment. */
export function searchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const m of input.matchAll(PART)) {
    const [, phrase, word] = m;
    if (phrase !== undefined) {
      if (SEARCHABLE.test(phrase)) terms.push({ text: phrase, phrase: true, prefix: false });
      continue;
    }
    const stem = word!.replace(/\*+$/, '');
    if (!SEARCHABLE.test(stem)) continue;
    const prefix = stem.length < word!.length && [...stem.matchAll(/[\p{L}\p{N}]/gu)].length >= MIN_PREFIX;
    terms.push({ text: stem, phrase: false, prefix });
  }
  return terms;
}
