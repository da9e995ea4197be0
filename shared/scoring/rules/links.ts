/**
 * Links: a comment carrying several links, or a shortened one, is the
 * usual shape of spam on news sites.
 */
import type { Evidence } from '../../types.js';
import type { Analysis } from '../analyse.js';

const SHORTENERS = /^(?:https?:\/\/)?(?:www\.)?(?:bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd|buff\.ly|cutt\.ly|rebrand\.ly|shorturl\.at)\b/i;

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
  const spam = urls.length >= a.rules.thresholds.spamLinks || shortened;
  const evidence: Evidence[] = [];
  if (urls.length) {
    for (const t of a.tokens) {
      if (t.kind !== 'url') continue;
      evidence.push({ start: t.start, end: t.end, kind: 'link', rule: SHORTENERS.test(t.raw) ? 'link.shortener' : 'link.url', match: t.raw, weight: spam ? 1 : 0 });
    }
  }
  return { urls, spam, evidence };
}
