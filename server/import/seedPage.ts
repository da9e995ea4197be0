/**
 * Reads a scraped article page of the kind in ../shared/seeds.
 *
 * News pages (L'Orient-Le Jour): a section line ("À La Une - Syrie"), the
 * title on the next line, and the reader comments listed after "Tous les
 * commentaires" — each a bullet with the text, then the author, then the
 * time ("21 h 21, le 07 octobre 2015", Beirut time). The newest comment also
 * appears once above that list; only the list is read, so it is not counted
 * twice.
 *
 * Other layouts are articles without comments: an aggregator page opens with
 * a dateline ("07/10/2015 wikistrike.com  8min #103072") and the title on the
 * next line; a wire-agency page opens with its title.
 */
import { beirutToUtc, parseDateline, parseFrenchCommentTime } from './frenchTime.js';

export interface ScrapedComment {
  text: string;
  author: string;
  /** ISO 8601, UTC. */
  postedAt: string;
  /** 1-based line of the comment's bullet in the page. */
  line: number;
}

export interface PageProblem {
  line: number;
  message: string;
}

export interface ScrapedPage {
  title: string;
  section: string | null;
  /** The page's own date (ISO, midnight UTC of the printed day), only when the page prints one at the top. */
  publishedAt: string | null;
  comments: ScrapedComment[];
  /** Bullets in the comment list that could not be read. */
  problems: PageProblem[];
}

const SECTION = /^(?:À La Une|A La Une|Moyen[- ]Orient et Monde|Liban|Économie|Sport|Culture|Monde)\s+-\s+.+$/u;
const LIST_START = /^Tous les commentaires$/;
const LIST_END = /^Retour en haut/;
const ANNOUNCED = /^commentaires \((\d+)\)$/i;
const BULLET = /^\s*•\s+/;
/** The section and the dateline are within the first few lines; further down they would be article text. */
const HEADER_LINES = 5;

interface NumberedLine {
  line: number;
  text: string;
}

export function parseSeedPage(page: string): ScrapedPage {
  const lines = page.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const { title, section, publishedAt } = readHeader(lines);
  const { comments, problems } = readCommentList(lines);
  return { title, section, publishedAt, comments, problems };
}

function readHeader(lines: string[]): Pick<ScrapedPage, 'title' | 'section' | 'publishedAt'> {
  const top: NumberedLine[] = [];
  for (let i = 0; i < lines.length && top.length < HEADER_LINES + 1; i++) {
    const text = lines[i]!.trim();
    if (text && text !== 'Rechercher') top.push({ line: i + 1, text });
  }
  const sectionAt = top.slice(0, HEADER_LINES).findIndex((l) => SECTION.test(l.text));
  let publishedAt: string | null = null;
  let titleAt = sectionAt >= 0 ? sectionAt + 1 : 0;
  // A dateline is metadata, not the title: the title is the next line.
  for (; titleAt < top.length; titleAt++) {
    const date = parseDateline(top[titleAt]!.text);
    if (!date) break;
    publishedAt ??= date;
  }
  return {
    title: top[titleAt]?.text ?? '',
    section: sectionAt >= 0 ? top[sectionAt]!.text : null,
    publishedAt,
  };
}

function readCommentList(lines: string[]): Pick<ScrapedPage, 'comments' | 'problems'> {
  const comments: ScrapedComment[] = [];
  const problems: PageProblem[] = [];
  const start = lines.findIndex((l) => LIST_START.test(l.trim()));
  if (start < 0) {
    // "commentaires (3)" with no list to read means a layout this reader does not know: say so rather than drop them.
    const announcedAt = lines.findIndex((l) => Number(ANNOUNCED.exec(l.trim())?.[1] ?? 0) > 0);
    if (announcedAt >= 0) {
      problems.push({ line: announcedAt + 1, message: `the page announces ${lines[announcedAt]!.trim()} but has no "Tous les commentaires" list to read them from` });
    }
    return { comments, problems };
  }
  let end = lines.findIndex((l, i) => i > start && LIST_END.test(l.trim()));
  if (end < 0) end = lines.length;

  let bullet = -1;
  for (let i = start + 1; i <= end; i++) {
    if (i < end && !BULLET.test(lines[i]!)) continue;
    if (bullet >= 0) {
      const r = readComment(lines.slice(bullet, i), bullet + 1);
      if ('message' in r) problems.push(r);
      else comments.push(r);
    }
    bullet = i;
  }
  return { comments, problems };
}

/** One bullet: paragraphs separated by blank lines — the text (one or more), the author, the time. */
function readComment(block: string[], line: number): ScrapedComment | PageProblem {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const raw of [block[0]!.replace(BULLET, ''), ...block.slice(1)]) {
    const text = raw.trim();
    if (text) current.push(text);
    else if (current.length) {
      paragraphs.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length) paragraphs.push(current.join('\n'));
  if (paragraphs.length < 3) {
    return { line, message: 'a comment needs its text, then the author, then the time, each separated by a blank line' };
  }
  const timeText = paragraphs[paragraphs.length - 1]!;
  const time = parseFrenchCommentTime(timeText);
  if (!time) {
    return { line, message: `"${timeText.slice(0, 60)}" is not a comment time like "21 h 21, le 07 octobre 2015"` };
  }
  return {
    text: paragraphs.slice(0, -2).join('\n\n'),
    author: paragraphs[paragraphs.length - 2]!,
    postedAt: beirutToUtc(time).toISOString(),
    line,
  };
}
