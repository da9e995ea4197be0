/**
 * zod schemas for every input that crosses an edge (CLI, HTTP, socket,
 * import files). Types are inferred from them so the check and the type
 * never drift apart.
 */
import { z } from 'zod';
import { MAX_COMMENT_LENGTH } from './limits.js';

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
  .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
  .max(MAX_COMMENT_LENGTH, `is longer than ${MAX_COMMENT_LENGTH} characters`);

/** One line of `npm run score -- --jsonl`. */
export const scoreRequestSchema = z.object({
  id: z.unknown().optional(),
  text: commentTextSchema,
  lang: langSchema.optional(),
});
export type ScoreRequest = z.infer<typeof scoreRequestSchema>;

/** "text: is required" — a zod error as one line naming the field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}
