/**
 * The dashboard as `npm run bench:ui` measures it: built with Vite's API into
 * a folder of the benchmark's own (a developer's dist/ is left alone), the
 * scripts its index.html makes every visitor download, and a page without
 * any script for the baseline.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  /** The address the browser asks for, e.g. /assets/index-3f2a.js. */
  file: string;
  raw: number;
  gzip: number;
}

const VITE_CONFIG = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));

/** Raw and gzip (level 9, what a well-configured proxy sends) sizes of a body. */
export function sizeOf(file: string, body: Buffer): FileSize {
  return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

export async function buildDashboard(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** The entry script and the modulepreload links of the built index.html: what every page load fetches before any lazy chunk. */
export function indexScripts(dir: string): FileSize[] {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const urls = tags.flatMap((tag) => {
    const src = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    const isScript = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    return src && (isScript || isPreload) ? [src] : [];
  });
  if (urls.length === 0) throw new Error(`no module script in ${path.join(dir, 'index.html')}`);
  return [...new Set(urls)].map((url) => sizeOf(url, readFileSync(path.join(dir, url.replace(/^\//, '')))));
}

/** Every script of the build, by address. */
export function builtScripts(dir: string): FileSize[] {
  const assets = path.join(dir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => sizeOf(`/assets/${f}`, readFileSync(path.join(assets, f))));
}

export interface BaselineComment {
  author: string;
  articleTitle: string | null;
  text: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The same comments as static HTML, no script and no stylesheet: what the
 * browser alone needs to show them, served by the same server. With every
 * comment of a long list, it is what a list that is not virtualised puts in
 * the DOM (at the least: the queue's cards hold more elements each).
 */
export function writeBaselinePage(dir: string, comments: readonly BaselineComment[], file = 'baseline.html'): string {
  const articles = comments.map(
    (c) => `<article><h2>${escapeHtml(c.author)}</h2><p><small>${escapeHtml(c.articleTitle ?? '')}</small></p><p>${escapeHtml(c.text)}</p></article>`,
  );
  const html = `<!doctype html>\n<html lang="fr"><head><meta charset="UTF-8"><link rel="icon" href="data:,"><title>Vigie baseline</title></head>\n<body><main>\n${articles.join('\n')}\n</main></body></html>\n`;
  writeFileSync(path.join(dir, file), html);
  return `/${file}`;
}
