import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseSeedPage, type ScrapedComment } from '../../server/import/seedPage.js';

/** The sample pages shipped beside the repository (../shared/seeds). */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

export function seedComments(): ScrapedComment[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseSeedPage(readFileSync(join(SEEDS_DIR, f), 'utf8')).comments);
}
