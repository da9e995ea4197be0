/**
 * The review API's vocabulary, shared by the server and the dashboard: what
 * a queue page may ask for, what a decision sends, and the shapes that come
 * back besides CommentSummary (shared/events.ts).
 */
import { z } from 'zod/v4';
import { FLAG_REASONS, LANGS, DECISIONS, MODERATION_STATUSES, QUEUE_SORTS, QUEUE_STATUSES, type ModerationStatus } from './types.js';
import type { CommentSummary } from './events.js';
import { commentTextSchema, langSchema, pageLimitSchema } from './schemas.js';
import { rulesBodySchema } from './insights.js';

// Declared with the other vocabularies in types.ts, which the dashboard's first page can import without zod.
export { QUEUE_SORTS, QUEUE_STATUSES, type QueueSort, type QueueStatus } from './types.js';

/** Comments in one bulk decision: a screenful of selections, and one short transaction. */
export const MAX_BULK_IDS = 500;
export const MAX_REASON_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2_000;
/** Full-text queries longer than this are a paste, not a search. */
export const MAX_SEARCH_LENGTH = 200;

/** What a line of the audit log records: a new status, or 'undo'. */
export const AUDIT_ACTIONS = [...MODERATION_STATUSES, 'undo'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: number;
  commentId: number;
  actor: string;
  action: AuditAction;
  /** The status before this line; null on lines older than the field. */
  previous: ModerationStatus | null;
  reason: string | null;
  note: string | null;
  at: string;
  /** On an 'undo' line: the id of the line it reverted. */
  undoes: number | null;
}

export interface CommentDetail extends CommentSummary {
  source: string;
  externalId: string | null;
  articleUrl: string | null;
  rulesVersion: number;
  /** Every line of the audit log about this comment, oldest first. */
  history: AuditEntry[];
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

// Query strings arrive as text: ids and limits are read as numbers here.
const id = z.coerce.number({ error: 'must be a number' }).int('must be an integer').positive('must be positive');
const cursor = z.string().min(1).max(500);
const isoTime = z
  .string()
  .max(40)
  .transform((s, ctx) => {
    const time = Date.parse(s);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
    ctx.issues.push({ code: 'custom', message: 'must be an ISO 8601 date, e.g. 2024-03-01T12:00:00Z', input: s });
    return z.NEVER;
  });

/** Filters shared by the queue page and the CSV export. */
export const queueFilterSchema = z
  .object({
    status: z.enum(QUEUE_STATUSES).default('flagged'),
    reason: z.enum(FLAG_REASONS).optional(),
    article: id.optional(),
    commenter: id.optional(),
    lang: z.enum(LANGS).optional(),
    q: z.string().trim().max(MAX_SEARCH_LENGTH, `is longer than ${MAX_SEARCH_LENGTH} characters`).optional(),
    sort: z.enum(QUEUE_SORTS).default('severity'),
  })
  .strict();

export const queueQuerySchema = queueFilterSchema.extend({
  cursor: cursor.optional(),
  limit: pageLimitSchema,
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

const decisionFields = {
  action: z.enum(DECISIONS, { error: `must be one of ${DECISIONS.join(', ')}` }),
  reason: z.string().trim().max(MAX_REASON_LENGTH).optional(),
  note: z.string().trim().max(MAX_NOTE_LENGTH).optional(),
};

export const decisionBodySchema = z.object(decisionFields).strict();
export type DecisionBody = z.infer<typeof decisionBodySchema>;

export const bulkDecisionBodySchema = z
  .object({
    ids: z
      .array(z.number().int().positive())
      .min(1, 'must hold at least one id')
      .max(MAX_BULK_IDS, `holds at most ${MAX_BULK_IDS} ids`)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id'),
    ...decisionFields,
  })
  .strict();
export type BulkDecisionBody = z.infer<typeof bulkDecisionBodySchema>;

/** One id's outcome in a bulk decision. */
export type BulkResult = { id: number; ok: true; status: ModerationStatus; previous: ModerationStatus } | { id: number; ok: false; error: 'not_found' };

export const auditQuerySchema = z
  .object({
    actor: z.string().trim().min(1).max(100).optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    from: isoTime.optional(),
    to: isoTime.optional(),
    cursor: cursor.optional(),
    limit: pageLimitSchema,
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const idParamSchema = z.object({ id }).strict();

/** `POST /api/score`: the rules page's live preview; `rules` (admins only) are candidate rules, not saved, to score with. */
export const scoreBodySchema = z.object({ text: commentTextSchema, lang: langSchema.optional(), rules: rulesBodySchema.optional() }).strict();
