/** A comment's scores as a moderator would read them in a terminal. */
import type { CommentScore, Evidence, EvidenceKind } from '../../shared/types.js';

const COLOURS: Partial<Record<EvidenceKind, string>> = {
  insult: '\x1b[1;31m',
  identity: '\x1b[1;35m',
  threat: '\x1b[1;41;97m',
  profanity: '\x1b[31m',
  shouting: '\x1b[33m',
  tone: '\x1b[36m',
  sarcasm: '\x1b[35m',
  link: '\x1b[34m',
};
const RESET = '\x1b[0m';
const HIGHLIGHTED: EvidenceKind[] = ['threat', 'identity', 'insult', 'profanity', 'sarcasm', 'tone', 'link'];

/** The text with evidence spans marked: colours on a terminal, [brackets] otherwise. */
export function highlight(text: string, evidence: readonly Evidence[], colour: boolean): string {
  const spans = evidence
    .filter((e) => HIGHLIGHTED.includes(e.kind) && !(e.kind === 'tone' && e.weight === 0))
    .sort((a, b) => HIGHLIGHTED.indexOf(a.kind) - HIGHLIGHTED.indexOf(b.kind));
  const chosen: Evidence[] = [];
  for (const s of spans) if (!chosen.some((c) => c.start < s.end && s.start < c.end)) chosen.push(s);
  chosen.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of chosen) {
    out += text.slice(pos, s.start);
    const inner = text.slice(s.start, s.end);
    out += colour ? `${COLOURS[s.kind] ?? ''}${inner}${RESET}` : `[${inner}]`;
    pos = s.end;
  }
  return out + text.slice(pos);
}

const bar = (x: number) => '█'.repeat(Math.round(Math.abs(x) * 10)).padEnd(10, '·');

export function formatScore(text: string, s: CommentScore, colour = false): string {
  const lines = [
    highlight(text, s.evidence, colour),
    '',
    `language   ${s.lang} (confidence ${s.langConfidence})`,
    `tone       ${bar(s.tone.score)} ${s.tone.score.toFixed(2)} ${s.tone.label}`,
    `shouting   ${bar(s.shouting.score)} ${s.shouting.score.toFixed(2)}${s.shouting.flag ? '  SHOUTING' : ''}`,
    `insult     ${bar(s.insult.score)} ${s.insult.score.toFixed(2)}${s.insult.flag ? `  ${s.insult.severity}, aimed at ${s.insult.target}` : ''}`,
    `toxicity   ${bar(s.toxicity.score)} ${s.toxicity.score.toFixed(2)}  (profanity ${s.toxicity.profanity}, threat ${s.toxicity.threat}, identity attack ${s.toxicity.identityAttack})`,
    `links      ${s.links.count}`,
    `flagged    ${s.flagged ? 'yes: ' + s.reasons.join(', ') : 'no'}`,
    '',
    'evidence',
    ...s.evidence.map((e) => `  ${String(e.start).padStart(4)}-${String(e.end).padEnd(4)} ${e.kind.padEnd(11)} ${e.rule.padEnd(30)} ${String(e.weight).padStart(6)}  «${e.match}»`),
    '',
    'how tone was built',
    ...s.breakdown.tone.map((b) => `  ${b.rule.padEnd(30)} ${String(b.value).padStart(7)}${b.note ? '  ' + b.note : ''}`),
  ];
  return lines.join('\n');
}
