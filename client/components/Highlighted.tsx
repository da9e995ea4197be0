/**
 * A comment's text with the spans that moved its scores marked, one colour
 * per kind of signal; hovering a span shows every rule that fired on it with
 * its weight. Always rendered as text nodes: a comment cannot inject HTML.
 */
import { memo } from 'react';
import type { Evidence } from '../../shared/types.js';
import { useI18n, type I18n } from '../i18n/i18n.js';

/** When spans overlap, the colour of the gravest signal wins. */
const PRIORITY: Record<string, number> = { threat: 6, identity: 5, insult: 4, profanity: 4, link: 3, shouting: 2, negative: 1, positive: 1, modifier: 0 };

function cssKind(e: Evidence): string {
  switch (e.kind) {
    case 'threat':
    case 'identity':
    case 'insult':
    case 'profanity':
    case 'shouting':
    case 'link':
      return e.kind;
    case 'tone':
    case 'sarcasm':
      return e.weight < 0 || e.kind === 'sarcasm' ? 'negative' : 'positive';
    default:
      return 'modifier';
  }
}

export interface Segment {
  text: string;
  evidence: Evidence[];
}

/** Cuts `text` at every span boundary; each piece lists the evidence covering it. */
export function segment(text: string, evidence: readonly Evidence[]): Segment[] {
  const spans = evidence.filter((e) => e.end > e.start && e.start >= 0 && e.end <= text.length);
  if (spans.length === 0) return [{ text, evidence: [] }];
  const cuts = [...new Set([0, text.length, ...spans.flatMap((e) => [e.start, e.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    out.push({ text: text.slice(from, to), evidence: spans.filter((e) => e.start <= from && e.end >= to) });
  }
  return out;
}

function describe(e: Evidence, i18n: I18n): string {
  const target = e.target ? ` · ${i18n.t(`target.${e.target}`)}` : '';
  return i18n.t('evidence.title', { kind: i18n.t(`evidence.kind.${e.kind}`), rule: e.rule, weight: i18n.number(e.weight, 2) }) + target;
}

export const Highlighted = memo(function Highlighted({ text, evidence }: { text: string; evidence: readonly Evidence[] }) {
  const i18n = useI18n();
  return (
    <>
      {segment(text, evidence).map((s, i) => {
        if (s.evidence.length === 0) return s.text;
        const kind = s.evidence.map(cssKind).reduce((a, b) => ((PRIORITY[b] ?? 0) > (PRIORITY[a] ?? 0) ? b : a));
        return (
          <mark key={i} className={`ev-${kind}`} data-kind={kind} title={s.evidence.map((e) => describe(e, i18n)).join('\n')}>
            {s.text}
          </mark>
        );
      })}
    </>
  );
});
