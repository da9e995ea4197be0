/** One place that turns token positions into an evidence span (offsets into the original text). */
import type { Evidence, EvidenceKind, InsultTarget } from '../types.js';
import type { Analysis } from './analyse.js';

export function spanEvidence(
  a: Analysis,
  first: number,
  last: number,
  kind: EvidenceKind,
  rule: string,
  weight: number,
  target?: InsultTarget,
): Evidence {
  const start = a.tokens[first]!.start;
  const end = a.tokens[last]!.end;
  // Fields written out, not spread: this runs for every tone word and spreading is slow and leaves garbage.
  const e: Evidence = { start, end, kind, rule, match: a.text.slice(start, end), weight };
  if (target) e.target = target;
  return e;
}
