/**
 * zod schemas for every input that crosses an edge (CLI, HTTP, socket,
 * import files). Types are inferred from them so the check and the type
 * never drift apart.
 */
// zod's v4 engine (shipped inside zod 3.25): it validates an ingested comment about 6× faster than v3.
import { z } from 'zod/v4';
import { MAX_AUTHOR_LENGTH, MAX_BATCH, MAX_COMMENT_LENGTH, MAX_ID_LENGTH, MAX_TITLE_LENGTH, PAGE_DEFAULT, PAGE_MAX } from './limits.js';

const wordList = z.array(z.string().trim().min(1).max(100)).max(5_000);
const unit = z.number().min(0).max(1);

export const rulesSchema = z
  .object({
    version: z.number().int().nonnegative(),
    /** Language assumed when a comment has no clue (the site's language). */
    defaultLang: z.enum(['fr', 'en']),
    thresholds: z
      .object({
        /** Tone at or below is "negative", at or above `tonePositive` is "positive". */
        toneNegative: z.number().min(-1).max(0),
        tonePositive: z.number().min(0).max(1),
        /** Tone at or below flags `very_negative`. */
        veryNegative: z.number().min(-1).max(0),
        shouting: unit,
        /** Capitalised words needed before a comment can be shouting. */
        shoutingMinWords: z.number().int().min(1).max(50),
        insult: unit,
        toxicity: unit,
        threat: unit,
        identityAttack: unit,
        profanity: unit,
        /** Links at or above this count flag `spam_link`. */
        spamLinks: z.number().int().min(1).max(50),
      })
      .strict(),
    words: z
      .object({
        /** Always an insult (strong), whatever the context. */
        block: wordList,
        /** An insult (mild): flagged, for a moderator to look at. */
        flag: wordList,
        /** Never counted as abuse, even when a built-in list has it. */
        allow: wordList,
        /** Written in capitals by convention: never shouting. */
        acronyms: wordList,
        /** Extra names of public figures, for insult targets. */
        figures: wordList,
      })
      .strict(),
  })
  .strict();

export type Rules = z.infer<typeof rulesSchema>;

export const langSchema = z.enum(['fr', 'en']);

export const commentTextSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
  .max(MAX_COMMENT_LENGTH, `is longer than ${MAX_COMMENT_LENGTH} characters`);

/** One line of `npm run score -- --jsonl`. */
export const scoreRequestSchema = z.object({
  id: z.unknown().optional(),
  text: commentTextSchema,
  lang: langSchema.optional(),
});
export type ScoreRequest = z.infer<typeof scoreRequestSchema>;

/** "text: is required" — a zod error as one line naming the field. */
/** Any zod error (v3 from the CLIs' argument schemas, v4 from these) has issues with a path and a message. */
export interface ZodIssues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

export function describeZodError(error: ZodIssues): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message}`).join('; ');
}

const isoDate = z
  .string()
  .max(40)
  .transform((s, ctx) => {
    const time = Date.parse(s);
    if (Number.isNaN(time)) {
      ctx.issues.push({ code: 'custom', message: 'must be an ISO 8601 date, e.g. 2015-10-07T18:21:00Z', input: s });
      return z.NEVER;
    }
    return new Date(time).toISOString();
  });

const externalId = z.union([z.string().trim().min(1).max(MAX_ID_LENGTH), z.number().int().nonnegative()]).transform(String);

/** One comment as a news site's backend (or an import file) sends it. */
export const commentInputSchema = z
  .object({
    external_id: externalId.optional(),
    article: z
      .object({
        id: externalId,
        title: z.string().trim().max(MAX_TITLE_LENGTH).optional(),
        url: z.string().url().max(2_000).optional(),
        section: z.string().trim().max(MAX_TITLE_LENGTH).optional(),
        published_at: isoDate.optional(),
      })
      .strict(),
    author: z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') }).trim().min(1, 'must not be empty').max(MAX_AUTHOR_LENGTH),
    text: commentTextSchema.refine((t) => t.trim().length > 0, 'must not be empty'),
    posted_at: isoDate.optional(),
  })
  .strict();
export type CommentInput = z.infer<typeof commentInputSchema>;

/** `POST /api/comments`: one comment, or `{"comments": [...]}`. */
export const ingestBodySchema = z.union([
  z.object({ comments: z.array(z.unknown()).min(1, 'must hold at least one comment').max(MAX_BATCH, `holds at most ${MAX_BATCH} comments`) }).strict(),
  z.record(z.string(), z.unknown()),
]);

export interface FieldError {
  index: number;
  field: string;
  message: string;
}

/** Every problem of every comment in a batch, each naming its index and field. */
export function validateComments(items: readonly unknown[]): { ok: true; comments: CommentInput[] } | { ok: false; errors: FieldError[] } {
  const comments: CommentInput[] = [];
  const errors: FieldError[] = [];
  items.forEach((item, index) => {
    const r = commentInputSchema.safeParse(item);
    if (r.success) comments.push(r.data);
    else for (const i of r.error.issues) errors.push({ index, field: i.path.map(String).join('.') || '(comment)', message: i.message });
  });
  return errors.length ? { ok: false, errors } : { ok: true, comments };
}

/** `?limit=` of any list; query strings arrive as text. */
export const pageLimitSchema = z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(1).max(PAGE_MAX).default(PAGE_DEFAULT);
