/**
 * Shouting: the share of capital letters among the letters of words of two
 * or more letters, acronyms left out. A capitalised word or two is emphasis,
 * not shouting, so a comment also needs `shoutingMinWords` capitalised words;
 * runs of "!!!" or "???" add a little.
 */
import type { BreakdownItem, Evidence } from '../../types.js';
import type { Analysis } from '../analyse.js';
import { isAcronym } from '../scope.js';
import { round } from '../math.js';

export interface ShoutingResult {
  score: number;
  flag: boolean;
  evidence: Evidence[];
  breakdown: BreakdownItem[];
}

const PUNCT_RUN = /^[!?]{2,}$/;
/** Whether a punctuation token is a run of "!" or "?": most are one character, answered without the regex. */
const isPunctRun = (raw: string) => raw.length > 1 && PUNCT_RUN.test(raw);
const PUNCT_RUN_BONUS = 0.05;
const PUNCT_RUN_MAX = 0.15;

export function scoreShouting(a: Analysis): ShoutingResult {
  let letters = 0;
  let upper = 0;
  let capsWords = 0;
  let runs = 0;
  const capsSpans: [number, number][] = [];
  let runStart = -1;
  let runEnd = -1;

  for (const t of a.tokens) {
    if (t.kind === 'punct') {
      if (isPunctRun(t.raw)) runs++;
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'elision') continue;
    if (t.letters < 2 || (t.upper === t.letters && isAcronym(a, t.raw))) continue;
    letters += t.letters;
    upper += t.upper;
    if (t.upper === t.letters) {
      capsWords++;
      if (runStart < 0) runStart = t.start;
      runEnd = t.end;
    } else if (runStart >= 0) {
      capsSpans.push([runStart, runEnd]);
      runStart = -1;
    }
  }
  if (runStart >= 0) capsSpans.push([runStart, runEnd]);

  const share = letters ? upper / letters : 0;
  const bonus = share > 0 ? Math.min(PUNCT_RUN_MAX, runs * PUNCT_RUN_BONUS) : 0;
  const score = round(Math.min(1, share + bonus));
  const th = a.rules.thresholds;
  const flag = score >= th.shouting && capsWords >= th.shoutingMinWords;

  const evidence: Evidence[] = [];
  if (flag) {
    for (const [start, end] of capsSpans) {
      evidence.push({ start, end, kind: 'shouting', rule: 'shouting.caps', match: a.text.slice(start, end), weight: round(share) });
    }
    for (const t of a.tokens) {
      if (t.kind === 'punct' && isPunctRun(t.raw)) {
        evidence.push({ start: t.start, end: t.end, kind: 'shouting', rule: 'shouting.punctuation', match: t.raw, weight: PUNCT_RUN_BONUS });
      }
    }
  }
  return {
    score,
    flag,
    evidence,
    breakdown: [
      { rule: 'shouting.caps', value: round(share), note: `${upper} capitals in ${letters} letters, ${capsWords} capitalised words` },
      { rule: 'shouting.punctuation', value: round(bonus), note: `${runs} runs of !!! or ???` },
    ],
  };
}
