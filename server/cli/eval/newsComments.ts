/**
 * The labelled news-site comments of `npm run eval:comments`: 300 comments
 * shaped like the site's own (Lebanese and Syrian politics, 2015–2016; 70 %
 * French), written and labelled by a moderator's judgement for this project on
 * 2026-11-22 without running the engine. The odd ids were read to find the
 * engine's mistakes the day they were written; of the even ids, only six
 * quoted in the writer's report were seen (h002, h018, h096, h182, h190,
 * h196), so their figures are the held-out ones.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { INSULT_TARGETS, SEVERITIES, TONE_LABELS, type CommentScore } from '../../../shared/types.js';

export const NEWS_COMMENTS = fileURLToPath(new URL('./news-comments.jsonl', import.meta.url));

const rowSchema = z.object({
  id: z.string().regex(/^h\d+$/),
  group: z.string().min(1),
  lang: z.enum(['fr', 'en']),
  text: z.string().min(1),
  expect: z.object({
    tone: z.enum(TONE_LABELS),
    insult: z.boolean(),
    target: z.enum(INSULT_TARGETS).nullable(),
    severity: z.enum(SEVERITIES),
    identity_attack: z.boolean(),
    threat: z.boolean(),
    shouting: z.boolean(),
    flagged: z.boolean(),
  }),
});
export type Row = z.infer<typeof rowSchema>;

/** The labelled comments, each line checked; a bad line names its number and field. */
export function loadNewsComments(text: string = readFileSync(NEWS_COMMENTS, 'utf8')): Row[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, n) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`news-comments.jsonl line ${n + 1}: not JSON`);
      }
      const parsed = rowSchema.safeParse(json);
      if (!parsed.success) throw new Error(`news-comments.jsonl line ${n + 1}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** What the engine says for each labelled field; an identity attack is an insult at a group. */
const FLAGS = {
  flagged: (s: CommentScore) => s.flagged,
  insult: (s: CommentScore) => s.insult.flag || s.reasons.includes('identity_attack'),
  identity_attack: (s: CommentScore) => s.reasons.includes('identity_attack'),
  threat: (s: CommentScore) => s.reasons.includes('threat'),
  shouting: (s: CommentScore) => s.shouting.flag,
} as const;

interface Counts { tp: number; fp: number; fn: number; tn: number }
const f1 = ({ tp, fp, fn }: Counts) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

export function measure(rows: { row: Row; score: CommentScore }[]) {
  const flags = Object.entries(FLAGS).map(([name, got]) => {
    const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const { row, score } of rows) {
      const [want, said] = [row.expect[name as keyof typeof FLAGS], got(score)];
      c[want ? (said ? 'tp' : 'fn') : said ? 'fp' : 'tn']++;
    }
    return { name, ...c, precision: c.tp / Math.max(1, c.tp + c.fp), recall: c.tp / Math.max(1, c.tp + c.fn), f1: f1(c) };
  });
  const tone = rows.filter(({ row, score }) => row.expect.tone === score.tone.label).length / rows.length;
  const aimed = rows.filter(({ row, score }) => row.expect.target !== null && FLAGS.insult(score));
  const target = aimed.filter(({ row, score }) => row.expect.target === score.insult.target).length / Math.max(1, aimed.length);
  return { n: rows.length, flags, tone, target: { share: target, n: aimed.length } };
}

/** Held out: the even ids. */
export const isHeldOut = (row: Row) => Number(row.id.slice(1)) % 2 === 0;
