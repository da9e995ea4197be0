/**
 * POST /v1alpha1/comments:analyze — Perspective API's AnalyzeComment, answered
 * by Vigie's engine, so a platform that calls Perspective (Coral Talk's
 * "custom Perspective endpoint") can point at Vigie instead. Perspective's
 * request and response shapes and its error envelope
 * `{error: {code, message, status}}`; the API key as Perspective takes it
 * (`?key=`) or as Vigie's ingestion does (X-API-Key). Nothing is stored.
 *
 * Attributes, from the CommentScore:
 *   TOXICITY ← toxicity.score        INSULT ← insult.score
 *   PROFANITY ← toxicity.profanity   THREAT ← toxicity.threat
 *   IDENTITY_ATTACK ← toxicity.identityAttack
 *   SEVERE_TOXICITY ← the strongest of identity attack, threat and a severe insult
 * Span scores are the evidence of each attribute's kinds, with begin/end as
 * UTF-16 offsets (what JavaScript's String.slice takes).
 */
import { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import { z } from 'zod/v4';
import { MAX_COMMENT_LENGTH } from '../../../shared/limits.js';
import { scoreComment } from '../../../shared/scoring/index.js';
import type { CommentScore, EvidenceKind } from '../../../shared/types.js';
import type { Store } from '../../store/store.js';
import { HttpError } from '../errors.js';

interface Attribute {
  summary(s: CommentScore): number;
  spans: readonly EvidenceKind[];
}

export const PERSPECTIVE_ATTRIBUTES: Record<string, Attribute> = {
  TOXICITY: { summary: (s) => s.toxicity.score, spans: ['insult', 'profanity', 'threat', 'identity'] },
  SEVERE_TOXICITY: {
    summary: (s) => Math.max(s.toxicity.identityAttack, s.toxicity.threat, s.insult.severity === 'severe' ? s.insult.score : 0),
    spans: ['threat', 'identity'],
  },
  INSULT: { summary: (s) => s.insult.score, spans: ['insult'] },
  PROFANITY: { summary: (s) => s.toxicity.profanity, spans: ['profanity'] },
  THREAT: { summary: (s) => s.toxicity.threat, spans: ['threat'] },
  IDENTITY_ATTACK: { summary: (s) => s.toxicity.identityAttack, spans: ['identity'] },
};

// Loose objects: Perspective clients send fields Vigie has no use for (context, communityId, …).
const analyzeSchema = z
  .object({
    comment: z.object({ text: z.string().max(MAX_COMMENT_LENGTH, `is longer than ${MAX_COMMENT_LENGTH} characters`), type: z.enum(['PLAIN_TEXT', 'HTML']).optional() }).loose(),
    languages: z.array(z.string().max(35)).max(20).optional(),
    requestedAttributes: z.record(z.string(), z.object({ scoreType: z.literal('PROBABILITY').optional(), scoreThreshold: z.number().min(0).max(1).optional() }).loose()),
    spanAnnotations: z.boolean().optional(),
    doNotStore: z.boolean().optional(),
    clientToken: z.string().max(1_000).optional(),
    sessionId: z.string().max(1_000).optional(),
  })
  .loose();

const suggestSchema = z
  .object({ comment: z.object({ text: z.string().max(MAX_COMMENT_LENGTH) }).loose(), languages: z.array(z.string().max(35)).max(20).optional(), clientToken: z.string().max(1_000).optional() })
  .loose();

const invalid = (message: string) => new HttpError(400, 'INVALID_ARGUMENT', message);

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const r = schema.safeParse(body ?? {});
  if (r.success) return r.data;
  throw invalid(r.error.issues.map((i) => `${i.path.map(String).join('.') || 'request'}: ${i.message}`).join('; '));
}

/** "fr-FR", "FR", "en_US" → "fr", "en"; the first Vigie reads, or null when none. */
function supportedLanguage(languages: readonly string[]): 'fr' | 'en' | null {
  for (const l of languages) {
    const base = l.toLowerCase().split(/[-_]/)[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return null;
}

/** Tags blanked rather than removed, so span offsets still point into the text as sent. */
const plainText = (text: string, type?: string) => (type === 'HTML' ? text.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length)) : text);

const probability = (value: number) => ({ value, type: 'PROBABILITY' as const });

export function perspectiveRouter({ store }: { store: Store }): Router {
  const router = Router();

  // The colon is path-to-regexp's parameter sign: escaped, it is the literal ":analyze" of Google's URL.
  router.post('/comments\\:analyze', async (req, res) => {
    const body = parse(analyzeSchema, req.body);
    const requested = Object.entries(body.requestedAttributes);
    if (requested.length === 0) throw invalid('requestedAttributes: name at least one attribute, e.g. {"TOXICITY": {}}.');
    const unknown = requested.map(([name]) => name).filter((name) => !Object.hasOwn(PERSPECTIVE_ATTRIBUTES, name));
    if (unknown.length) throw invalid(`Unknown attribute${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Vigie answers ${Object.keys(PERSPECTIVE_ATTRIBUTES).join(', ')}.`);
    const lang = body.languages?.length ? supportedLanguage(body.languages) : undefined;
    if (lang === null) throw invalid(`Attribute ${requested[0]![0]} does not support request languages: ${body.languages!.join(', ')}. Vigie reads fr and en.`);

    const rules = await store.currentRules();
    const text = plainText(body.comment.text, body.comment.type);
    const detected = scoreComment(text, { rules });
    // Scored again only when the caller's language differs from the one detected.
    const score = lang && lang !== detected.lang ? scoreComment(text, { rules, lang }) : detected;

    const attributeScores: Record<string, object> = {};
    for (const [name, params] of requested) {
      const attribute = PERSPECTIVE_ATTRIBUTES[name]!;
      const value = attribute.summary(score);
      if (params.scoreThreshold !== undefined && value < params.scoreThreshold) continue;
      const spanScores = body.spanAnnotations
        ? score.evidence.filter((e) => attribute.spans.includes(e.kind)).map((e) => ({ begin: e.start, end: e.end, score: probability(Math.min(1, Math.max(0, e.weight))) }))
        : undefined;
      attributeScores[name] = { ...(spanScores ? { spanScores } : {}), summaryScore: probability(value) };
    }
    res.json({
      attributeScores,
      languages: [lang ?? (score.lang === 'other' ? rules.defaultLang : score.lang)],
      detectedLanguages: detected.lang === 'other' ? [] : [detected.lang],
      ...(body.clientToken === undefined ? {} : { clientToken: body.clientToken }),
    });
  });

  // Coral Talk sends its moderators' decisions here as feedback. Vigie learns from its own
  // moderators' decisions instead; the call is acknowledged so Coral logs no error.
  router.post('/comments\\:suggestscore', (req, res) => {
    const body = parse(suggestSchema, req.body);
    res.json({ ...(body.clientToken === undefined ? {} : { clientToken: body.clientToken }), ...(body.languages ? { requestedLanguages: body.languages } : {}) });
  });

  return router;
}

/** Perspective clients pass the key as `?key=`; Vigie's API-key check reads X-API-Key. */
export const perspectiveKeyFromQuery: RequestHandler = (req, _res, next) => {
  const key = req.query.key;
  if (req.get('x-api-key') === undefined && typeof key === 'string' && key !== '') req.headers['x-api-key'] = key;
  next();
};

const STATUS_NAMES: Record<number, string> = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 413: 'INVALID_ARGUMENT', 429: 'RESOURCE_EXHAUSTED' };

/** Errors under /v1alpha1 in Perspective's (Google's) envelope; server faults go on to the main handler, which logs them. */
export const perspectiveErrors: ErrorRequestHandler = (err, _req, res, next) => {
  const status: number = err instanceof HttpError ? err.status : typeof err?.status === 'number' ? err.status : 500;
  if (status >= 500 || !STATUS_NAMES[status]) return next(err);
  const message = err?.type === 'entity.parse.failed' ? 'Invalid JSON payload received.' : String(err?.message ?? 'Bad request');
  res.status(status).json({ error: { code: status, message, status: STATUS_NAMES[status] } });
};
