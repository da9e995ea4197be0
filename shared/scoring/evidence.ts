/** One place that turns token positions into an evidence span (offsets into the original text), and puts evidence in order. */
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

function byPosition(x: Evidence, y: Evidence): number {
  return x.start - y.start || y.end - x.end;
}

/** Up to this many, an insertion sort: quicker than Array.prototype.sort calling a comparator, on a comment's few dozen. */
const INSERTION_SORT_MAX = 64;

/**
 * Sorts evidence in text order, the longer span first where two start at the
 * same place, and otherwise as given (a stable sort).
 */
export function sortByPosition(evidence: Evidence[]): void {
  if (evidence.length > INSERTION_SORT_MAX) {
    evidence.sort(byPosition);
    return;
  }
  for (let i = 1; i < evidence.length; i++) {
    const e = evidence[i]!;
    let j = i - 1;
    for (; j >= 0 && byPosition(evidence[j]!, e) > 0; j--) evidence[j + 1] = evidence[j]!;
    evidence[j + 1] = e;
  }
}
