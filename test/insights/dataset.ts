/**
 * A small dataset whose every figure is known: five commenters with distinct
 * habits on three articles over two days, ingested through the real path
 * (ingestComments: scored with the current rules, stored with aggregates).
 */
import type { CommentInput } from '../../shared/schemas.js';
import { scoreComment } from '../../shared/scoring/index.js';
import { ingestComments } from '../../server/services/ingest.js';
import type { Store } from '../../server/store/store.js';
import { TEMPLATES, type Template } from '../store/factories.js';

export const ARTICLES = { budget: 'Le budget 2024', ville: 'Municipales', meteo: 'Météo' } as const;
type ArticleKey = keyof typeof ARTICLES;

export interface Planned {
  author: string;
  article: ArticleKey;
  template: Template;
  at: string;
}

const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2024, 2, day, hour, minute)).toISOString();

/**
 * Alice: polite, four comments. Bob: two insults and a shouting comment.
 * Chloé: one very negative comment. Denis: twenty polite comments, then ten
 * very negative ones — a drift. Emma: twenty-five polite comments, steady.
 */
export const PLAN: Planned[] = [
  { author: 'Alice', article: 'budget', template: 'polite', at: at(1, 8) },
  { author: 'Alice', article: 'budget', template: 'polite', at: at(1, 9) },
  { author: 'Alice', article: 'ville', template: 'polite', at: at(1, 10) },
  { author: 'Alice', article: 'ville', template: 'english', at: at(1, 11) },
  { author: 'Bob', article: 'budget', template: 'insult', at: at(1, 9, 15) },
  { author: 'Bob', article: 'budget', template: 'insult', at: at(1, 9, 30) },
  { author: 'Bob', article: 'ville', template: 'shouting', at: at(1, 10, 30) },
  { author: 'Chloé', article: 'meteo', template: 'veryNegative', at: at(1, 13) },
  ...Array.from({ length: 20 }, (_, i): Planned => ({ author: 'Denis', article: 'meteo', template: 'polite', at: at(2, 8, i * 10) })),
  ...Array.from({ length: 10 }, (_, i): Planned => ({ author: 'Denis', article: 'meteo', template: 'veryNegative', at: at(2, 20, i) })),
  ...Array.from({ length: 25 }, (_, i): Planned => ({ author: 'Emma', article: 'budget', template: 'polite', at: at(2, 14, i) })),
];
export const AUTHORS = ['Alice', 'Bob', 'Chloé', 'Denis', 'Emma'] as const;

export const inputOf = (p: Planned, i: number): CommentInput => ({
  external_id: `insights-${i}`,
  article: { id: p.article, title: ARTICLES[p.article] },
  author: p.author,
  text: TEMPLATES[p.template],
  posted_at: p.at,
});

/** Stores the plan in one batch (commenters get ids 1–5 in AUTHORS order); returns the comment ids in plan order. */
export async function ingestDataset(store: Store): Promise<number[]> {
  const results = await ingestComments({ store }, 'site', PLAN.map(inputOf));
  return results.map((r) => r.id);
}

const scores = new Map<Template, ReturnType<typeof scoreComment>>();
export function scoreOf(template: Template) {
  let s = scores.get(template);
  if (!s) scores.set(template, (s = scoreComment(TEMPLATES[template])));
  return s;
}

/** The figures the aggregates should give, computed from the plan. */
export function expected(filter: (p: Planned) => boolean) {
  const rows = PLAN.filter(filter);
  const s = rows.map((p) => scoreOf(p.template));
  const comments = rows.length;
  const flagged = s.filter((x) => x.flagged).length;
  const toneSum = s.reduce((a, x) => a + x.tone.score, 0);
  return {
    comments,
    flagged,
    toneSum,
    toneMean: toneSum / comments,
    shouting: s.filter((x) => x.shouting.flag).length,
    insults: s.filter((x) => x.insult.flag).length,
  };
}
