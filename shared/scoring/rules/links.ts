/**
 * Links: a comment carrying several links, or a shortened one, or one link
 * with a call to follow it that sells ("cliquez", "visitez notre site",
 * "earn money"), is the usual shape of spam on news sites. A reader citing a
 * source links without selling it ("visitez le site du HCR").
 */
import type { Evidence } from '../../types.js';
import type { Analysis } from '../analyse.js';
import { keyAt } from '../scope.js';
import { spanEvidence } from '../evidence.js';

const SHORTENERS = /^(?:https?:\/\/)?(?:www\.)?(?:bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd|buff\.ly|cutt\.ly|rebrand\.ly|shorturl\.at)\b/i;

/**
 * What an advertiser says to make the reader go: folded, as keys are. These sell whatever follows
 * them; a reader has little reason to tell others to buy, click or subscribe next to a link.
 */
const SELLING_CALLS: ReadonlySet<string> = new Set([
  'cliquez', 'achetez', 'commandez', 'gagnez', 'profitez', 'abonnez', 'inscrivez', 'click', 'buy', 'subscribe', 'signup',
]);
/** Calls a reader also makes to cite a source ("visitez le site du HCR", "check out the UN report"): spam only with a sales cue. */
const SHARING_CALLS: ReadonlySet<string> = new Set([
  'visitez', 'decouvrez', 'rejoignez', 'contactez', 'telechargez', 'visit', 'discover', 'join', 'contact', 'download', 'earn', 'order',
]);
/** Calls of several words, each word in order: "check out", "plus d'infos". */
const CALL_PHRASES: readonly { words: readonly string[]; selling: boolean }[] = [
  { words: ['sign', 'up'], selling: true },
  { words: ['check', 'out'], selling: false },
  { words: ['more', 'info'], selling: false },
  { words: ['plus', "d'", 'infos'], selling: false },
  { words: ['plus', "d'", 'informations'], selling: false },
];
/**
 * Sales cues: the advertiser's own site or group ("notre site", "contactez-nous", "my blog") — a source is
 * someone else's —, what is sold, and the clickbait of hidden truths ("ce que les médias vous cachent").
 * Money written as a sign ("500 $", "50 %") is seen on the raw text.
 */
const SALES_CUES: ReadonlySet<string> = new Set([
  'notre', 'nos', 'nous', 'mon', 'ma', 'mes', 'our', 'us', 'my',
  'gratuit', 'gratuite', 'gratuitement', 'argent', 'offre', 'offres', 'promo', 'promotion', 'reduction', 'prix', 'cher', 'chers', 'bonus', 'casino', 'bitcoin',
  'free', 'money', 'cash', 'offer', 'offers', 'discount', 'deal', 'deals', 'price', 'cheap', 'income',
  'cachent', 'cache', 'secret', 'secrets', 'hide', 'hiding',
]);
const MONEY_SIGN = /[$€£%]/;

interface Call {
  first: number;
  last: number;
  selling: boolean;
}

/** Length of the phrase starting at token i, or 0. */
function phraseAt(a: Analysis, i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) if (keyAt(a, i + k) !== words[k]) return 0;
  return words.length;
}

/** The first call to action, with the tokens it spans. */
function callToAction(a: Analysis): Call | undefined {
  for (let i = 0; i < a.tokens.length; i++) {
    const key = keyAt(a, i);
    if (key === undefined) continue;
    if (SELLING_CALLS.has(key) || SHARING_CALLS.has(key)) return { first: i, last: i, selling: SELLING_CALLS.has(key) };
    for (const phrase of CALL_PHRASES) {
      const length = phraseAt(a, i, phrase.words);
      if (length) return { first: i, last: i + length - 1, selling: phrase.selling };
    }
  }
  return undefined;
}

function hasSalesCue(a: Analysis): boolean {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    if (t.kind === 'url') continue;
    if (SALES_CUES.has(keyAt(a, i) ?? '') || MONEY_SIGN.test(t.raw)) return true;
  }
  return false;
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
  const found = urls.length ? callToAction(a) : undefined;
  const call = found && (found.selling || hasSalesCue(a)) ? found : undefined;
  const spam = urls.length >= a.rules.thresholds.spamLinks || shortened || call !== undefined;
  const evidence: Evidence[] = [];
  if (call) evidence.push(spanEvidence(a, call.first, call.last, 'link', 'link.call_to_action', 1));
  if (urls.length) {
    for (const t of a.tokens) {
      if (t.kind !== 'url') continue;
      evidence.push({ start: t.start, end: t.end, kind: 'link', rule: SHORTENERS.test(t.raw) ? 'link.shortener' : 'link.url', match: t.raw, weight: spam ? 1 : 0 });
    }
  }
  return { urls, spam, evidence };
}
