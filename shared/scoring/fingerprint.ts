/**
 * A fingerprint of a comment's words: the same for reposts that differ only
 * in case, accents, spacing, punctuation or stretched letters, so a later
 * step can spot one text posted again and again. FNV-1a over the folded
 * words, twice with different seeds for 64 bits; no crypto needed, and it
 * runs the same in the browser.
 */
import type { Token } from './tokenize.js';
import { fold } from './fold.js';

const WORDISH = new Set(['word', 'number', 'elision', 'mention', 'hashtag', 'url', 'emoji']);

function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function fingerprintOf(tokens: readonly Token[]): string {
  const words: string[] = [];
  for (const t of tokens) if (WORDISH.has(t.kind)) words.push(fold(t.raw).replace(/(.)\1{2,}/g, '$1$1'));
  const canonical = words.join(' ');
  return fnv1a(canonical, 0x811c9dc5) + fnv1a(canonical, 0x050c5d1f);
}
