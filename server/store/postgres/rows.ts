/** Rows of the PostgreSQL tables and their mapping to the shared types (the SQLite twin: ../sqlite/rows.ts). */
import type { Article, Commenter, CommentScore, InsultTarget, Lang, ModerationStatus, Severity, StoredComment, ToneLabel } from '../../../shared/types.js';

export interface ArticleRow {
  id: number;
  source: string;
  external_id: string;
  title: string | null;
  url: string | null;
  section: string | null;
  /** Timestamps come back as ISO strings (db.ts). */
  published_at: string | null;
}

export interface CommenterRow {
  id: number;
  key: string;
  display_name: string;
  first_seen: string;
  last_seen: string;
}

/** The score part of a comments row, as written (JSON columns as values, not text) and read back. */
export interface ScoreColumns {
  lang: Lang;
  lang_confidence: number;
  tone: number;
  tone_label: ToneLabel;
  shouting: number;
  shouting_flag: boolean;
  insult: number;
  insult_flag: boolean;
  insult_severity: Severity;
  insult_target: InsultTarget | null;
  toxicity: number;
  toxicity_flag: boolean;
  profanity: number;
  threat: number;
  identity_attack: number;
  links: CommentScore['links'];
  flagged: boolean;
  reasons: CommentScore['reasons'];
  evidence: CommentScore['evidence'];
  breakdown: CommentScore['breakdown'];
  fingerprint: string;
}

export interface CommentRow extends ScoreColumns {
  id: number;
  article_id: number;
  commenter_id: number;
  source: string;
  external_id: string | null;
  dedup_key: string | null;
  text: string;
  posted_at: string | null;
  received_at: string;
  status: ModerationStatus;
  rules_version: number;
}

/** Every score column with its SQL type, checked complete by the compiler. */
export const SCORE_COLUMN_TYPES: Record<keyof ScoreColumns, string> = {
  lang: 'text',
  lang_confidence: 'double precision',
  tone: 'double precision',
  tone_label: 'text',
  shouting: 'double precision',
  shouting_flag: 'boolean',
  insult: 'double precision',
  insult_flag: 'boolean',
  insult_severity: 'text',
  insult_target: 'text',
  toxicity: 'double precision',
  toxicity_flag: 'boolean',
  profanity: 'double precision',
  threat: 'double precision',
  identity_attack: 'double precision',
  links: 'json',
  flagged: 'boolean',
  reasons: 'text[]',
  evidence: 'json',
  breakdown: 'json',
  fingerprint: 'text',
};
export const SCORE_FIELDS = Object.keys(SCORE_COLUMN_TYPES) as (keyof ScoreColumns)[];

/** The columns a comment is read with: all but the full-text vector, which only searches read, inside PostgreSQL. */
export const COMMENT_COLUMNS = [
  'id', 'article_id', 'commenter_id', 'source', 'external_id', 'dedup_key', 'text', 'posted_at', 'received_at', 'status', 'rules_version',
  ...SCORE_FIELDS,
] as const;
/** The same, on the alias `c`. */
export const commentColumns = (alias = 'c') => COMMENT_COLUMNS.map((column) => `${alias}.${column}`).join(', ');

export const toArticle = (r: ArticleRow): Article => ({
  id: r.id,
  source: r.source,
  externalId: r.external_id,
  title: r.title,
  url: r.url,
  section: r.section,
  publishedAt: r.published_at,
});

export const toCommenter = (r: CommenterRow): Commenter => ({
  id: r.id,
  key: r.key,
  displayName: r.display_name,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
});

export function scoreColumns(s: CommentScore): ScoreColumns {
  return {
    lang: s.lang,
    lang_confidence: s.langConfidence,
    tone: s.tone.score,
    tone_label: s.tone.label,
    shouting: s.shouting.score,
    shouting_flag: s.shouting.flag,
    insult: s.insult.score,
    insult_flag: s.insult.flag,
    insult_severity: s.insult.severity,
    insult_target: s.insult.target,
    toxicity: s.toxicity.score,
    toxicity_flag: s.toxicity.flag,
    profanity: s.toxicity.profanity,
    threat: s.toxicity.threat,
    identity_attack: s.toxicity.identityAttack,
    links: s.links,
    flagged: s.flagged,
    reasons: s.reasons,
    evidence: s.evidence,
    breakdown: s.breakdown,
    fingerprint: s.fingerprint,
  };
}

export function toScore(r: ScoreColumns): CommentScore {
  return {
    lang: r.lang,
    langConfidence: r.lang_confidence,
    tone: { score: r.tone, label: r.tone_label },
    shouting: { score: r.shouting, flag: r.shouting_flag },
    insult: { score: r.insult, flag: r.insult_flag, severity: r.insult_severity, target: r.insult_target },
    toxicity: { score: r.toxicity, flag: r.toxicity_flag, profanity: r.profanity, threat: r.threat, identityAttack: r.identity_attack },
    links: r.links,
    fingerprint: r.fingerprint,
    flagged: r.flagged,
    reasons: r.reasons,
    evidence: r.evidence,
    breakdown: r.breakdown,
  };
}

export const toStoredComment = (r: CommentRow): StoredComment => ({
  id: r.id,
  articleId: r.article_id,
  commenterId: r.commenter_id,
  source: r.source,
  externalId: r.external_id,
  text: r.text,
  postedAt: r.posted_at,
  receivedAt: r.received_at,
  status: r.status,
  rulesVersion: r.rules_version,
  score: toScore(r),
});
