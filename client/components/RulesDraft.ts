/**
 * The rules page's edits: what the inputs hold (text, so a half-typed number
 * is not lost), the candidate Rules they make once valid, and what differs
 * from the saved rules. Ranges come from the shared zod schema, the one the
 * server validates with, so the page never accepts what the server refuses.
 */
import { rulesSchema, type Rules } from '../../shared/schemas.js';

export type ThresholdKey = keyof Rules['thresholds'];
export type WordListKey = keyof Rules['words'];
type Lang = Rules['defaultLang'];

const thresholdShapes = rulesSchema.shape.thresholds.shape;

export interface ThresholdRange {
  min: number;
  max: number;
  integer: boolean;
  step: number;
}

export function rangeOf(key: ThresholdKey): ThresholdRange {
  const s = thresholdShapes[key];
  const integer = s.isInt;
  return { min: s.minValue ?? -Infinity, max: s.maxValue ?? Infinity, integer, step: integer ? 1 : 0.05 };
}

/** Thresholds grouped as the engine's rules are: tone, capitals, abuse, links. */
export const THRESHOLD_GROUPS: { key: 'tone' | 'shouting' | 'abuse' | 'links'; fields: ThresholdKey[] }[] = [
  { key: 'tone', fields: ['toneNegative', 'tonePositive', 'veryNegative'] },
  { key: 'shouting', fields: ['shouting', 'shoutingMinWords'] },
  { key: 'abuse', fields: ['insult', 'toxicity', 'threat', 'identityAttack', 'profanity'] },
  { key: 'links', fields: ['spamLinks'] },
];

export const WORD_LISTS: WordListKey[] = ['block', 'flag', 'allow', 'acronyms', 'figures'];
const MAX_WORD = 100;
const MAX_WORDS = 5_000;

export interface Draft {
  defaultLang: Lang;
  thresholds: Record<ThresholdKey, string>;
  words: Record<WordListKey, string>;
}

export function draftOf(rules: Rules): Draft {
  const thresholds = Object.fromEntries(Object.entries(rules.thresholds).map(([k, v]) => [k, String(v)])) as Draft['thresholds'];
  const words = Object.fromEntries(WORD_LISTS.map((k) => [k, rules.words[k].join('\n')])) as Draft['words'];
  return { defaultLang: rules.defaultLang, thresholds, words };
}

/** One entry a line; blank lines and surrounding spaces do not count. */
export const entriesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export type FieldError = { kind: 'number' } | { kind: 'integer' } | { kind: 'range'; min: number; max: number } | { kind: 'wordLength'; line: number; max: number } | { kind: 'tooMany'; max: number };

export interface Candidate {
  /** Null while a field is invalid. */
  rules: Rules | null;
  errors: Partial<Record<ThresholdKey | WordListKey, FieldError>>;
}

export function candidateOf(draft: Draft, version: number): Candidate {
  const errors: Candidate['errors'] = {};
  const thresholds = {} as Rules['thresholds'];
  for (const key of Object.keys(draft.thresholds) as ThresholdKey[]) {
    const text = draft.thresholds[key].trim().replace(',', '.');
    const value = text === '' ? NaN : Number(text);
    const range = rangeOf(key);
    if (!Number.isFinite(value)) errors[key] = { kind: 'number' };
    else if (range.integer && !Number.isInteger(value)) errors[key] = { kind: 'integer' };
    else if (value < range.min || value > range.max) errors[key] = { kind: 'range', min: range.min, max: range.max };
    thresholds[key] = value;
  }
  const words = {} as Rules['words'];
  for (const key of WORD_LISTS) {
    const list = entriesOf(draft.words[key]);
    const long = draft.words[key].split(/\r?\n/).findIndex((line) => line.trim().length > MAX_WORD);
    if (long >= 0) errors[key] = { kind: 'wordLength', line: long + 1, max: MAX_WORD };
    else if (list.length > MAX_WORDS) errors[key] = { kind: 'tooMany', max: MAX_WORDS };
    words[key] = list;
  }
  if (Object.keys(errors).length) return { rules: null, errors };
  const rules: Rules = { version, defaultLang: draft.defaultLang, thresholds, words };
  // The schema has the last word: anything it refuses is not a candidate, whatever the checks above missed.
  return rulesSchema.safeParse(rules).success ? { rules, errors } : { rules: null, errors };
}

export interface ListChange {
  added: string[];
  removed: string[];
}

export interface Changes {
  defaultLang: boolean;
  thresholds: ThresholdKey[];
  words: Partial<Record<WordListKey, ListChange>>;
  count: number;
}

/** What the draft changes from the saved rules: fields, and entries added or removed per list. */
export function changesOf(draft: Draft, saved: Rules): Changes {
  const thresholds = (Object.keys(saved.thresholds) as ThresholdKey[]).filter((k) => {
    const text = draft.thresholds[k].trim().replace(',', '.');
    return text === '' || Number(text) !== saved.thresholds[k];
  });
  const words: Changes['words'] = {};
  for (const key of WORD_LISTS) {
    const now = entriesOf(draft.words[key]);
    const before = saved.words[key];
    const nowSet = new Set(now);
    const beforeSet = new Set(before);
    const added = now.filter((w) => !beforeSet.has(w));
    const removed = before.filter((w) => !nowSet.has(w));
    // Reordering alone changes nothing the engine sees, but a save would store it: it counts.
    if (added.length || removed.length || now.join('\n') !== before.join('\n')) words[key] = { added, removed };
  }
  const defaultLang = draft.defaultLang !== saved.defaultLang;
  return { defaultLang, thresholds, words, count: thresholds.length + Object.keys(words).length + (defaultLang ? 1 : 0) };
}
