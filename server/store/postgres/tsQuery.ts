/**
 * A moderator's search box (../searchTerms.ts) to PostgreSQL text-search
 * queries, one per language configuration, as SQL over bound values — the
 * user's text is never part of the SQL. Each word or phrase goes through
 * phraseto_tsquery, which reads it with the same parser, accent folding and
 * stemmer as the comments were indexed with ("l'État" is 'l' <-> 'etat', as
 * in the text); the terms are ANDed. A prefix is the one term built here: its
 * letters and digits only, quoted, with :*, for to_tsquery — no character of
 * tsquery's syntax can reach it.
 */
import { searchTerms } from '../searchTerms.js';

/** The configuration each language's comments are indexed with (migrations/postgres/001_init.sql). */
export const TS_CONFIGS = { fr: 'vigie_french', en: 'vigie_english', other: 'vigie_simple' } as const;

export interface TsQuery {
  /** The values to bind, in order. */
  values: string[];
  /** The tsquery for a configuration, its values bound from `$first` on. */
  sql(config: string, first: number): string;
}

/** Null when nothing searchable remains: the search matches no comment. */
export function tsQuery(input: string): TsQuery | null {
  const terms = searchTerms(input);
  if (!terms.length) return null;
  const parts = terms.map((t) => {
    if (!t.prefix) return { fn: 'phraseto_tsquery', value: t.text };
    const runs = t.text.match(/[\p{L}\p{N}]+/gu)!;
    return { fn: 'to_tsquery', value: runs.map((r, i) => `'${r}'${i === runs.length - 1 ? ':*' : ''}`).join(' <-> ') };
  });
  return {
    values: parts.map((p) => p.value),
    sql: (config, first) => `(${parts.map((p, i) => `${p.fn}('${config}', $${first + i})`).join(' && ')})`,
  };
}
