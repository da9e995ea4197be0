/**
 * Folding turns a written word into the keys the lexicons are stored under:
 * lower case, no accents, ligatures spelled out. "Mosquée", "MOSQUEE" and
 * "mosquee" all fold to "mosquee", because commenters drop accents (and
 * capitals carry none).
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ı: 'i', ﬁ: 'fi', ﬂ: 'fl' };
const COMBINING_MARKS = /\p{M}+/gu;
const LIGATURE_CHARS = /[œæßıﬁﬂ]/g;
const FOLD_CACHE_LIMIT = 20_000;
const FOLD_CACHE_MAX_LENGTH = 64;
/** Folds of non-ASCII words (the slow path), cleared when it grows past a bound. */
const foldCache = new Map<string, string>();

/** A copy of `s` that does not point into a larger string (V8 slices long substrings instead of copying them). */
const detached = (s: string): string => (' ' + s).slice(1);

export function fold(word: string): string {
  // ASCII fast path: lower case is all there is to do, except for "`", read as an apostrophe.
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 || c === 0x60) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word.toLowerCase();
  // Only words are worth caching; a long text is folded afresh and not kept.
  const cacheable = word.length <= FOLD_CACHE_MAX_LENGTH;
  let folded = cacheable ? foldCache.get(word) : undefined;
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    folded = word
      .toLowerCase()
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(LIGATURE_CHARS, (c) => LIGATURES[c] ?? c)
      .replace(/[’ʼ´`]/g, "'");
    // Stored as copies: a word cut from a comment may share the comment's memory, which the cache must not keep alive.
    if (cacheable) foldCache.set(detached(word), detached(folded));
  }
  return folded;
}

/**
 * Leetspeak and symbol substitutions seen in obfuscated insults ("c0nnard",
 * "$alaud", "@brut1", "cr3tin"). "1" is read as "i" first and "l" second.
 */
const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', $: 's', '€': 'e', '|': 'l', '!': 'i', '£': 'l',
};
const LEET_CHARS = /[0-9@$€|!£]/;
const HAS_LETTER = /[a-z]/;

/** Candidate spellings of a folded token after undoing leetspeak; empty when there is nothing to undo. */
export function unleet(folded: string): string[] {
  if (!LEET_CHARS.test(folded) || !HAS_LETTER.test(folded)) return [];
  const first = folded.replace(/[0-9@$€|!£]/g, (c) => LEET[c] ?? c);
  const out = [first];
  if (folded.includes('1')) out.push(folded.replace(/[0-9@$€|!£]/g, (c) => (c === '1' ? 'l' : (LEET[c] ?? c))));
  return out;
}

const STRETCH = /(\p{L})\1{2,}/gu;

/**
 * "connnnard" → ["connard", "conard"]: a letter written three or more times is
 * read as a double letter first, then as a single one.
 */
export function unstretch(folded: string): string[] {
  if (!STRETCH.test(folded)) return [];
  STRETCH.lastIndex = 0;
  return [folded.replace(STRETCH, '$1$1'), folded.replace(STRETCH, '$1')];
}

/** Inflection candidates: plural -s/-x, feminine -e, -es. "arriérées" → "arrierees", "arrieree", "arriere". */
export function lemmaCandidates(form: string): string[] {
  const out: string[] = [];
  const n = form.length;
  if (n <= 3) return out;
  const last = form[n - 1];
  if (last === 's' || last === 'x') {
    const sing = form.slice(0, -1);
    out.push(sing);
    if (sing.endsWith('e') && n > 4) out.push(sing.slice(0, -1));
    if (form.endsWith('aux')) out.push(form.slice(0, -3) + 'al');
  } else if (last === 'e' && n > 4) {
    // Not for short words: "rate" is not a female "rat", nor "cone" a "con".
    out.push(form.slice(0, -1));
  }
  return out;
}

/**
 * English comparatives, superlatives and adverbs keep their adjective's tone
 * ("cutest", "happier", "sadly", "happily"): AFINN lists some forms and not
 * others. Plain "-er" is left out: it names a doer as often as it compares
 * ("stranger", "banner", "dinner"). Candidates only; the caller keeps those
 * the lexicon knows.
 */
const doubled = (w: string) => w.length >= 2 && w[w.length - 1] === w[w.length - 2];

export function englishDegreeCandidates(form: string): string[] {
  const out: string[] = [];
  const n = form.length;
  if (n < 5 || !/^[a-z]+$/.test(form)) return out;
  const strip = (suffix: string) => (form.endsWith(suffix) ? form.slice(0, n - suffix.length) : undefined);
  const stem = strip('iest') ?? strip('ier') ?? strip('ily');
  if (stem !== undefined) {
    // "happiest", "funnier", "happily" → "happy".
    if (stem.length >= 2) out.push(stem + 'y');
    return out;
  }
  const superlative = strip('est');
  if (superlative !== undefined && superlative.length >= 3) {
    out.push(superlative + 'e', superlative); // "cutest", "greatest" → "cute", "great"
    if (doubled(superlative)) out.push(superlative.slice(0, -1)); // "biggest" → "big"
    return out;
  }
  const adverb = strip('ly');
  if (adverb !== undefined && adverb.length >= 3) out.push(adverb); // "sadly", "badly", "proudly"
  return out;
}
