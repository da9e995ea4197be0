/**
 * Rows of the articles, commenters and comments tables and their mapping to
 * the shared types, written once for both drivers. The drivers differ in two
 * kinds of column only: PostgreSQL returns booleans and JSON values, SQLite
 * 0/1 integers and JSON text. A row type names its driver (`Driver`) where it
 * is bound, and reads as either (the default) where it is mapped.
 */
import type { Article, Commenter, CommentScore, InsultTarget, Lang, ModerationStatus, Severity, StoredComment, ToneLabel } from '../../shared/types.js';

export type Driver = 'sqlite' | 'postgres';
/** A boolean column as the driver returns and binds it. */
export type Flag<D extends Driver = Driver> = D extends 'sqlite' ? number : boolean;
/** A JSON column as the driver returns and binds it. */
export type Json<T, D extends Driver = Driver> = D extends 'sqlite' ? string : T;

export const flag = (v: boolean | number): boolean => v === true || v === 1;
/** Only for columns holding arrays or objects: a JSON value that is itself a string would be parsed again. */
export const json = <T>(v: string | T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/** How a driver binds booleans and JSON values: the inverse of flag and json. */
export interface ColumnEncoding<D extends Driver> {
  flag(v: boolean): Flag<D>;
  json<T>(v: T): Json<T, D>;
}

export interface ArticleRow {
  id: number;
  source: string;
  external_id: string;
  title: string | null;
  url: string | null;
  section: string | null;
  /** PostgreSQL timestamps come back as ISO strings too (postgres/db.ts). */
  published_at: string | null;
}

export interface CommenterRow {
  id: number;
  key: string;
  display_name: string;
  first_seen: string;
  last_seen: string;
}

/** The score part of a comments row, as bound on insert and read back. */
export interface ScoreColumns<D extends Driver = Driver> {
  lang: Lang;
  lang_confidence: number;
  tone: number;
  tone_label: ToneLabel;
  shouting: number;
  shouting_flag: Flag<D>;
  insult: number;
  insult_flag: Flag<D>;
  insult_severity: Severity;
  insult_target: InsultTarget | null;
  toxicity: number;
  toxicity_flag: Flag<D>;
  profanity: number;
  threat: number;
  identity_attack: number;
  links: Json<CommentScore['links'], D>;
  flagged: Flag<D>;
  reasons: Json<CommentScore['reasons'], D>;
  evidence: Json<CommentScore['evidence'], D>;
  breakdown: Json<CommentScore['breakdown'], D>;
  fingerprint: string;
}

/** Every score column, checked complete by the compiler: a column added to ScoreColumns must be added here. */
const SCORE_COLUMNS: Record<keyof ScoreColumns, true> = {
  lang: true, lang_confidence: true, tone: true, tone_label: true, shouting: true, shouting_flag: true, insult: true, insult_flag: true,
  insult_severity: true, insult_target: true, toxicity: true, toxicity_flag: true, profanity: true, threat: true, identity_attack: true,
  links: true, flagged: true, reasons: true, evidence: true, breakdown: true, fingerprint: true,
};
export const SCORE_FIELDS = Object.keys(SCORE_COLUMNS) as (keyof ScoreColumns)[];

export interface CommentRow<D extends Driver = Driver> extends ScoreColumns<D> {
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

export function scoreColumns<D extends Driver>(s: CommentScore, encode: ColumnEncoding<D>): ScoreColumns<D> {
  return {
    lang: s.lang,
    lang_confidence: s.langConfidence,
    tone: s.tone.score,
    tone_label: s.tone.label,
    shouting: s.shouting.score,
    shouting_flag: encode.flag(s.shouting.flag),
    insult: s.insult.score,
    insult_flag: encode.flag(s.insult.flag),
    insult_severity: s.insult.severity,
    insult_target: s.insult.target,
    toxicity: s.toxicity.score,
    toxicity_flag: encode.flag(s.toxicity.flag),
    profanity: s.toxicity.profanity,
    threat: s.toxicity.threat,
    identity_attack: s.toxicity.identityAttack,
    links: encode.json(s.links),
    flagged: encode.flag(s.flagged),
    reasons: encode.json(s.reasons),
    evidence: encode.json(s.evidence),
    breakdown: encode.json(s.breakdown),
    fingerprint: s.fingerprint,
  };
}

export function toScore(r: ScoreColumns): CommentScore {
  return {
    lang: r.lang,
    langConfidence: r.lang_confidence,
    tone: { score: r.tone, label: r.tone_label },
    shouting: { score: r.shouting, flag: flag(r.shouting_flag) },
    insult: { score: r.insult, flag: flag(r.insult_flag), severity: r.insult_severity, target: r.insult_target },
    toxicity: {
      score: r.toxicity,
      flag: flag(r.toxicity_flag),
      profanity: r.profanity,
      threat: r.threat,
      identityAttack: r.identity_attack,
    },
    links: json(r.links),
    fingerprint: r.fingerprint,
    flagged: flag(r.flagged),
    reasons: json(r.reasons),
    evidence: json(r.evidence),
    breakdown: json(r.breakdown),
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
