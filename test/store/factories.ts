/** Builders for the store tests: scored comments without re-scoring, temporary database files. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommentInput } from '../../shared/schemas.js';
import { scoreComment } from '../../shared/scoring/index.js';
import type { CommentScore } from '../../shared/types.js';
import type { ScoredInput } from '../../server/store/store.js';

/** Between them, every flag reason, both languages and the whole tone range. */
export const TEMPLATES = {
  polite: 'Merci pour cet article très clair et bien documenté.',
  insult: 'Quel ramassis de crétins, ces lecteurs qui applaudissent !',
  shouting: 'CE GOUVERNEMENT EST UNE HONTE TOTALE ET TOUT LE MONDE LE SAIT',
  links: 'Lisez plutôt ceci http://example.com/a et http://example.org/b',
  veryNegative: "C'est absolument horrible, une catastrophe, un désastre épouvantable.",
  english: 'Great reporting, thank you for covering this story.',
  threat: 'Je vais te retrouver et te tuer',
  identity: 'Ces immigrés sont des rats',
  profanity: 'Putain de merde',
} as const;
export type Template = keyof typeof TEMPLATES;

const scores = new Map<Template, CommentScore>();
/** Each template is scored once per test file; the score objects are shared by every comment built on them. */
export function scoreOf(template: Template): CommentScore {
  let score = scores.get(template);
  if (!score) scores.set(template, (score = scoreComment(TEMPLATES[template])));
  return score;
}

export const RECEIVED_AT = '2024-03-01T12:00:00.000Z';

export function scored(input: Partial<CommentInput> = {}, template: Template = 'polite', extra: Partial<ScoredInput> = {}): ScoredInput {
  return {
    input: { article: { id: 'article-1' }, author: 'Lecteur', text: TEMPLATES[template], ...input },
    score: scoreOf(template),
    rulesVersion: 1,
    receivedAt: RECEIVED_AT,
    ...extra,
  };
}

/** A fresh folder in the OS temporary directory; `remove` deletes it with everything SQLite wrote (-wal, -shm). */
export function tempDir(): { dir: string; file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-store-'));
  return { dir, file: join(dir, 'vigie.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
