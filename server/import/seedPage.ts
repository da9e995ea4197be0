/**
 * Reads a scraped article page of the kind in ../shared/seeds: the section
 * line ("À La Une - Syrie"), the title, and the reader comments listed after
 * "Tous les commentaires" — each a bullet with the text, then the author,
 * then the time ("21 h 21, le 07 octobre 2015", Beirut time). The newest
 * comment also appears once above that list; only the list is read, so it is
 * not counted twice. Pages of other layouts come back with no comments.
 */
import { beirutToUtc, parseFrenchCommentTime } from './frenchTime.js';

export interface ScrapedComment {
  text: string;
  author: string;
  /** ISO 8601, UTC. */
  postedAt: string;
}

export interface ScrapedPage {
  title: string;
  section: string | null;
  comments: ScrapedComment[];
}

const SECTION = /^(?:À La Une|A La Une|Moyen[- ]Orient et Monde|Liban|Économie|Sport|Culture|Monde)\s+-\s+.+$/u;
const LIST_START = /^Tous les commentaires\s*$/m;
const LIST_END = /^Retour en haut/m;
const BULLET = /^\s*•\s+/;

export function parseSeedPage(page: string): ScrapedPage {
  const lines = page.split(/\r?\n/).map((l) => l.trim());
  const meaningful = lines.filter((l) => l && l !== 'Rechercher');
  const sectionIndex = meaningful.findIndex((l) => SECTION.test(l));
  const section = sectionIndex >= 0 ? meaningful[sectionIndex]! : null;
  const title = (sectionIndex >= 0 ? meaningful[sectionIndex + 1] : meaningful[0]) ?? '';

  const start = page.search(LIST_START);
  if (start < 0) return { title, section, comments: [] };
  const rest = page.slice(start);
  const end = rest.search(LIST_END);
  const list = end >= 0 ? rest.slice(0, end) : rest;

  const comments: ScrapedComment[] = [];
  const blocks = list.split(/\n(?=\s*•\s)/).filter((b) => BULLET.test(b));
  for (const block of blocks) {
    const parts = block
      .replace(BULLET, '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length < 3) continue;
    const time = parseFrenchCommentTime(parts[parts.length - 1]!);
    if (!time) continue;
    comments.push({
      text: parts.slice(0, -2).join('\n\n'),
      author: parts[parts.length - 2]!,
      postedAt: beirutToUtc(time).toISOString(),
    });
  }
  return { title, section, comments };
}
