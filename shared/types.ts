/**
 * Types both the server and the dashboard use. Enumerations are `as const`
 * objects so the runtime list and the type come from one declaration.
 */

export const LANGS = ['fr', 'en', 'other'] as const;
export type Lang = (typeof LANGS)[number];

export const TONE_LABELS = ['negative', 'neutral', 'positive'] as const;
export type ToneLabel = (typeof TONE_LABELS)[number];

export const INSULT_TARGETS = ['reader', 'public_figure', 'group', 'unknown'] as const;
export type InsultTarget = (typeof INSULT_TARGETS)[number];

/** mild = name-calling, strong = coarse insult, severe = slur / dehumanising / identity attack. */
export const SEVERITIES = ['none', 'mild', 'strong', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FLAG_REASONS = [
  'insult',
  'identity_attack',
  'threat',
  'profanity',
  'spam_link',
  'shouting',
  'very_negative',
] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export const EVIDENCE_KINDS = [
  'tone', // a word or expression that carries tone
  'negation', // flips the tone of what follows
  'intensifier', // strengthens or weakens the next tone word
  'contrast', // "mais", "but": the clause after weighs more
  'emphasis', // "!!!", a capitalised word
  'sarcasm', // scare quotes around a positive word
  'shouting',
  'insult',
  'profanity',
  'threat',
  'identity',
  'link',
  'damping', // a negated insult or reported speech
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** One span of the original text that moved a score. Offsets are UTF-16 indices into the text as given. */
export interface Evidence {
  start: number;
  end: number;
  kind: EvidenceKind;
  /** Stable rule id, e.g. `tone.lexicon`, `insult.portmanteau`, `threat.death_wish`. */
  rule: string;
  /** The original text of the span. */
  match: string;
  /** Signed contribution: valence for tone, strength for insults, etc. */
  weight: number;
  /** For insults, threats and attacks: who they are aimed at. */
  target?: InsultTarget;
}

/** How one score was built, rule by rule, for the "why" panel. */
export interface BreakdownItem {
  rule: string;
  value: number;
  note?: string;
}

export interface CommentScore {
  lang: Lang;
  /** How sure language detection was, 0..1 (1 when the caller set the language). */
  langConfidence: number;
  tone: { score: number; label: ToneLabel };
  shouting: { score: number; flag: boolean };
  insult: { score: number; flag: boolean; severity: Severity; target: InsultTarget | null };
  toxicity: {
    score: number;
    flag: boolean;
    profanity: number;
    threat: number;
    identityAttack: number;
  };
  links: { count: number; urls: string[] };
  /** Normalised text hash: equal for reposts that differ only in case, accents, spacing or punctuation. */
  fingerprint: string;
  flagged: boolean;
  reasons: FlagReason[];
  evidence: Evidence[];
  breakdown: {
    tone: BreakdownItem[];
    shouting: BreakdownItem[];
    insult: BreakdownItem[];
    toxicity: BreakdownItem[];
  };
}

export const MODERATION_STATUSES = ['pending', 'approved', 'rejected', 'escalated'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** The queue's tabs: 'flagged' is flagged by the engine and still pending — the moderators' to-do list. */
export const QUEUE_STATUSES = ['flagged', ...MODERATION_STATUSES, 'all'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** severity: toxicity, then insult, highest first. */
export const QUEUE_SORTS = ['severity', 'newest', 'oldest'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export interface Article {
  id: number;
  source: string;
  externalId: string;
  title: string | null;
  url: string | null;
  section: string | null;
  publishedAt: string | null;
}

export interface Commenter {
  id: number;
  /** Stable key from the displayed name: "LA LIBRE EXPRESSION" and "La Libre Expression" are one commenter. */
  key: string;
  displayName: string;
  firstSeen: string;
  lastSeen: string;
}

export interface StoredComment {
  id: number;
  articleId: number;
  commenterId: number;
  source: string;
  externalId: string | null;
  text: string;
  postedAt: string | null;
  receivedAt: string;
  status: ModerationStatus;
  rulesVersion: number;
  score: CommentScore;
}

/** Counts and sums kept up to date with every insert and decision, so no dashboard scans the comments. */
export interface Stats {
  comments: number;
  flagged: number;
  toneSum: number;
  /** Mean tone, or null without comments. */
  toneMean: number | null;
  /** Ten buckets over [-1, 1]: bucket i holds tones in [-1 + i/5, -1 + (i+1)/5). */
  toneHistogram: number[];
  reasons: Partial<Record<FlagReason, number>>;
  shouting: number;
  insults: number;
  statuses: Partial<Record<ModerationStatus, number>>;
  lastActivity: string | null;
  /** Hour buckets (ISO hour, UTC): comments, tone sum and flagged in that hour. */
  hourly: { hour: string; comments: number; toneSum: number; flagged: number }[];
}

export const ROLES = ['admin', 'moderator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is signed in: what the API and the socket know of a session. */
export interface SessionUser {
  id: number;
  username: string;
  role: Role;
}

export const DECISIONS = ['approve', 'reject', 'escalate'] as const;
export type Decision = (typeof DECISIONS)[number];
