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
  const links = a.tokens.filter((t) => t.kind === 'url');
  const shortened = links.some((t) => SHORTENERS.test(t.raw));
  const spam = links.length >= a.rules.thresholds.spamLinks || shortened;
  return {
    urls: links.map((t) => t.raw),
    spam,
    evidence: links.map((t) => ({
      start: t.start,
      end: t.end,
      kind: 'link',
      rule: SHORTENERS.test(t.raw) ? 'link.shortener' : 'link.url',
      match: t.raw,
      weight: spam ? 1 : 0,
    })),
  };
}
