/**
 * A moderator's search box (../searchTerms.ts) to an FTS5 query. Every word
 * becomes a quoted string, so nothing the user types can be an operator or a
 * syntax error; a phrase stays one quoted string, and a prefix gets FTS5's *.
 */
import { searchTerms } from '../searchTerms.js';

/** Null when nothing searchable remains (only punctuation): the search matches no comment. */
export function ftsQuery(input: string): string | null {
  // Inside an FTS5 string only the quote is special, and the terms hold none: the tokenizer splits the rest.
  const parts = searchTerms(input).map((t) => `"${t.text}"${t.prefix ? '*' : ''}`);
  return parts.length ? parts.join(' ') : null;
}
