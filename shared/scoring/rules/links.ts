/**
 * Links: a comment carrying several links, or a shortened one, or one link
 * with a call to follow it ("visitez", "rejoignez", "check out", "earn"), is
 * the usual shape of spam on news sites. A reader citing a source links
 * without selling it.
 */
import type { Evidence } from '../../types.js';
import type { Analysis } from '../analyse.js';
import { keyAt } from '../scope.js';

const SHORTENERS = /^(?:https?:\/\/)?(?:www\.)?(?:bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd|buff\.ly|cutt\.ly|rebrand\.ly|shorturl\.at)\b/i;

/** What an advertiser says to make the reader go: folded, as keys are. */
const CALLS_TO_ACTION: ReadonlySet<string> = new Set([
  'visitez', 'cliquez', 'decouvrez', 'rejoignez', 'inscrivez', 'abonnez', 'contactez', 'commandez', 'achetez', 'gagnez', 'telechargez', 'profitez',
  'visit', 'click', 'join', 'subscribe', 'earn', 'buy', 'order', 'download', 'signup',
]);
/** Two-word calls: "check out", "sign up", "plus d'infos". */
const CALL_PAIRS: ReadonlyMap<string, string> = new Map([['check', 'out'], ['sign', 'up'], ['more', 'info'], ['plus', "d'"]]);

/** Token index of the first call to action, or -1. */
function callToAction(a: Analysis): number {
  for (let i = 0; i < a.tokens.length; i++) {
    const key = keyAt(a, i);
    if (key === undefined) continue;
    if (CALLS_TO_ACTION.has(key) || (CALL_PAIRS.has(key) && keyAt(a, i + 1) === CALL_PAIRS.get(key))) return i;
  }
  return -1;
}

export interface LinkResult {
  urls: string[];
  spam: boolean;
  evidence: Evidence[];
}

export function findLinks(a: Analysis): LinkResult {
  // Loops rather than filter and map: most comments have no link, and get their empty lists without a closure.
  const urls: string[] = [];
  let shortened = false;
  for (const t of a.tokens) {
    if (t.kind !== 'url') continue;
    urls.push(t.raw);
    if (SHORTENERS.test(t.raw)) shortened = true;
  }
  const call = urls.length ? callToAction(a) : -1;
  const spam = urls.length >= a.rules.thresholds.spamLinks || shortened || call >= 0;
  const evidence: Evidence[] = [];
  if (call >= 0) {
    const t = a.tokens[call]!;
    evidence.push({ start: t.start, end: t.end, kind: 'link', rule: 'link.call_to_action', match: t.raw, weight: 1 });
  }
  if (urls.length) {
    for (const t of a.tokens) {
      if (t.kind !== 'url') continue;
      evidence.push({ start: t.start, end: t.end, kind: 'link', rule: SHORTENERS.test(t.raw) ? 'link.shortener' : 'link.url', match: t.raw, weight: spam ? 1 : 0 });
    }
  }
  return { urls, spam, evidence };
}
