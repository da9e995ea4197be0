/**
 * Scraped article pages (`.txt`, the format of ../shared/seeds). The page's
 * article is identified by the file name without its extension
 * ("000_e75a08747d6a9f21"), so re-importing the same files finds the same
 * articles. The page prints no comment ids: repeats are recognised by
 * article, author, time and text.
 */
import { basename, extname } from 'node:path';
import type { ImportItem } from './readers.js';
import { parseSeedPage } from './seedPage.js';

export function pageArticleId(file: string): string {
  return basename(file, extname(file));
}

export function readPage(file: string, text: string): ImportItem[] {
  if (!text.trim()) return [{ kind: 'error', file, line: 1, message: 'the file is empty' }];
  const page = parseSeedPage(text);
  const article = {
    id: pageArticleId(file),
    ...(page.title ? { title: page.title } : {}),
    ...(page.section ? { section: page.section } : {}),
    ...(page.publishedAt ? { published_at: page.publishedAt } : {}),
  };
  const items: ImportItem[] = page.problems.map((p) => ({ kind: 'error', file, line: p.line, message: p.message }));
  for (const c of page.comments) {
    items.push({ kind: 'comment', file, line: c.line, record: { article, author: c.author, text: c.text, posted_at: c.postedAt } });
  }
  // A page without comments is still an article.
  if (page.comments.length === 0) items.push({ kind: 'article', file, line: 1, article });
  return items.sort((a, b) => a.line - b.line);
}
