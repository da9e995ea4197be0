/** Rows of the SQLite tables and their mapping to the shared types. */
import type { Article, Commenter, CommentScore, InsultTarget, Lang, ModerationStatus, Severity, StoredComment, ToneLabel } from '../../../shared/types.js';

export interface ArticleRow {
  id: number;
  source: string;
  external_id: string;
  title: string | null;
  url: string | null;
  section: string | null;
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
export interface ScoreColumns {
  lang: Lang;
  lang_confidence: number;
  tone: number;
  tone_label: ToneLabel;
  shouting: number;
  shouting_flag: number;
  insult: number;
  insult_flag: number;
  insult_severity: Severity;
  insult_target: InsultTarget | null;
  toxicity: number;
  toxicity_flag: number;
  profanity: number;
  threat: number;
  identity_attack: number;
  links: string;
  flagged: number;
  reasons: string;
  evidence: string;
  breakdown: string;
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
    shouting_flag: s.shouting.flag ? 1 : 0,
    insult: s.insult.score,
    insult_flag: s.insult.flag ? 1 : 0,
    insult_severity: s.insult.severity,
    insult_target: s.insult.target,
    toxicity: s.toxicity.score,
    toxicity_flag: s.toxicity.flag ? 1 : 0,
    profanity: s.toxicity.profanity,
    threat: s.toxicity.threat,
    identity_attack: s.toxicity.identityAttack,
    links: JSON.stringify(s.links),
    flagged: s.flagged ? 1 : 0,
    reasons: JSON.stringify(s.reasons),
    evidence: JSON.stringify(s.evidence),
    breakdown: JSON.stringify(s.breakdown),
    fingerprint: s.fingerprint,
  };
}

function toScore(r: CommentRow): CommentScore {
  return {
    lang: r.lang,
    langConfidence: r.lang_confidence,
    tone: { score: r.tone, label: r.tone_label },
    shouting: { score: r.shouting, flag: r.shouting_flag === 1 },
    insult: { score: r.insult, flag: r.insult_flag === 1, severity: r.insult_severity, target: r.insult_target },
    toxicity: {
      score: r.toxicity,
      flag: r.toxicity_flag === 1,
      profanity: r.profanity,
      threat: r.threat,
      identityAttack: r.identity_attack,
    },
    links: JSON.parse(r.links) as CommentScore['links'],
    fingerprint: r.fingerprint,
    flagged: r.flagged === 1,
    reasons: JSON.parse(r.reasons) as CommentScore['reasons'],
    evidence: JSON.parse(r.evidence) as CommentScore['evidence'],
    breakdown: JSON.parse(r.breakdown) as CommentScore['breakdown'],
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
