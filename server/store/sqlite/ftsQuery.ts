/**
 * A moderator's search box to an FTS5 query. Every word becomes a quoted
 * string, so nothing the user types can be an operator (AND, OR, NOT, NEAR,
 * column filters, ^, parentheses) or a syntax error: the words are all
 * required, in any order. Two things keep their meaning: "a quoted phrase"
 * (the words together, in order) and a trailing * (a prefix, `gouvern*`).
 */

// A balanced "phrase", or a run of anything else up to the next space or quote.
const PART = /"([^"]*)"|([^\s"]+)/g;
const SEARCHABLE = /[\p{L}\p{N}]/u;
/** Shorter prefixes match a large part of the dictionary: searched as plain words instead. */
const MIN_PREFIX = 2;

/** Null when nothing searchable remains (only punctuation): the search matches no comment. */
export function ftsQuery(input: string): string | null {
  const parts: string[] = [];
  for (const m of input.matchAll(PART)) {
    const [, phrase, word] = m;
    if (phrase !== undefined) {
      if (SEARCHABLE.test(phrase)) parts.push(`"${phrase}"`);
      continue;
    }
    const stem = word!.replace(/\*+$/, '');
    if (!SEARCHABLE.test(stem)) continue;
    // Inside an FTS5 string only the quote is special, and there are none left: the tokenizer splits the rest.
    const prefix = stem.length < word!.length && [...stem.matchAll(/[\p{L}\p{N}]/gu)].length >= MIN_PREFIX;
    parts.push(`"${stem}"${prefix ? '*' : ''}`);
  }
  return parts.length ? parts.join(' ') : null;
}
