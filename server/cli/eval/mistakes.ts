/**
 * `--errors N`: misclassified examples for the engine developer to study.
 * Goes to stderr only and never into docs/: the rows are the evaluation data,
 * which must not end up in the repository.
 *
 * Examples are spread over the whole file and over the kinds of mistake
 * (false positives and negatives, or each gold→predicted confusion) rather
 * than taken from the top, which in HateCheck would all share one
 * functionality.
 */
import type { CommentScore } from '../../../shared/types.js';
import { FILES, type Example, type HateExample } from './datasets.js';
import type { Scored, ScoredDatasets } from './measure.js';

interface Group<E> {
  name: string;
  items: E[];
}

/** `k` items evenly spaced through `items`, in order. */
function spread<E>(items: E[], k: number): E[] {
  return Array.from({ length: Math.min(k, items.length) }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / k)] as E);
}

/** Up to `n` items in all, shared out between groups in turn. */
export function pickBalanced<E>(groups: Group<E>[], n: number): { name: string; items: E[] }[] {
  const quota = groups.map(() => 0);
  let left = n;
  while (left > 0 && groups.some((g, k) => (quota[k] ?? 0) < g.items.length)) {
    groups.forEach((g, k) => {
      if (left > 0 && (quota[k] ?? 0) < g.items.length) {
        quota[k] = (quota[k] ?? 0) + 1;
        left--;
      }
    });
  }
  return groups.map((g, k) => ({ name: g.name, items: spread(g.items, quota[k] ?? 0) }));
}

const MAX_TEXT = 300;
const quote = (text: string) => JSON.stringify(text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

/** Evidence worth seeing to understand a verdict: what was matched, and by which rule. */
const SHOWN_EVIDENCE = new Set(['insult', 'profanity', 'threat', 'identity', 'damping', 'tone', 'negation', 'sarcasm']);

function describe(s: CommentScore): string {
  const reasons = s.reasons.length ? s.reasons.join(',') : 'none';
  const evidence = s.evidence
    .filter((e) => SHOWN_EVIDENCE.has(e.kind) && e.weight !== 0)
    .map((e) => `${e.rule} ${JSON.stringify(e.match)} ${e.weight.toFixed(2)}`);
  return [
    `    lang ${s.lang} tone ${s.tone.score.toFixed(2)} (${s.tone.label}) insult ${s.insult.score.toFixed(2)} toxicity ${s.toxicity.score.toFixed(2)} reasons ${reasons}`,
    ...(evidence.length ? [`    evidence: ${evidence.join('; ')}`] : []),
  ].join('\n');
}

function block<E extends Scored<Example<unknown>>>(file: string, total: number, groups: Group<E>[], n: number, label: (e: E) => string): string {
  const picked = pickBalanced(groups, n);
  const shown = picked.reduce((sum, g) => sum + g.items.length, 0);
  const lines = [`== ${file}: ${shown} of ${total} misclassified (${groups.map((g) => `${g.items.length} ${g.name}`).join(', ')}) ==`];
  for (const g of picked) {
    for (const e of g.items) lines.push(`${label(e)} line ${e.line}: ${quote(e.text)}\n${describe(e.score)}`);
  }
  return lines.join('\n');
}

function binary<E extends Scored<Example<boolean>>>(file: string, examples: E[], n: number, tag: (e: E) => string = () => ''): string {
  const fp = examples.filter((e) => !e.gold && e.score.toxicity.flag);
  const fn = examples.filter((e) => e.gold && !e.score.toxicity.flag);
  const groups = [
    { name: 'false positives', items: fp },
    { name: 'false negatives', items: fn },
  ];
  return block(file, fp.length + fn.length, groups, n, (e) => `${e.gold ? 'FN' : 'FP'}${tag(e)}`);
}

export function mistakesReport(scored: ScoredDatasets, n: number): string {
  const parts = [
    binary(FILES.toxifrench, scored.toxifrench, n),
    binary<Scored<HateExample>>(FILES.hatecheck, scored.hatecheck, n, (e) => ` [${e.functionality}]`),
  ];
  for (const s of scored.sentiment) {
    const wrong = s.examples.filter((e) => e.score.tone.label !== e.gold);
    const cells = new Map<string, typeof wrong>();
    for (const e of wrong) {
      const key = `${e.gold}→${e.score.tone.label}`;
      const cell = cells.get(key);
      if (cell) cell.push(e);
      else cells.set(key, [e]);
    }
    const groups = [...cells].sort(([a], [b]) => a.localeCompare(b)).map(([name, items]) => ({ name, items }));
    parts.push(block(s.lang === 'fr' ? FILES.sentimentFr : FILES.sentimentEn, wrong.length, groups, n, (e) => `${e.gold}→${e.score.tone.label}`));
  }
  return parts.join('\n\n') + '\n';
}
