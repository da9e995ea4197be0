/**
 * Who an insult is aimed at. In order: the insult's own words (a slur names
 * a group, "petit Hitler" a figure), a group word or a figure's name right
 * next to it ("l'arriérée asiatique", "nain poutinien"), a named figure in
 * the same sentence, the reader addressed in it ("tu", "vous", "@nom"),
 * a group the sentence generalises about, then a figure named in the
 * sentence before ("Obama n'a pas la capacité… Trop mollasson !").
 */
import type { InsultTarget } from '../../types.js';
import type { Analysis, Match } from '../analyse.js';
import { entryAt, sentenceHas } from '../scope.js';

function neighbourEntries(a: Analysis, m: Match, reach: number) {
  const out = [];
  for (let j = m.first - reach; j <= m.last + reach; j++) {
    if (j < 0 || j >= a.tokens.length || (j >= m.first && j <= m.last)) continue;
    if (a.tokens[j]!.sentence !== a.tokens[m.first]!.sentence) continue;
    const e = entryAt(a, j);
    if (e) out.push(e);
  }
  return out;
}

function addressesReader(a: Analysis, sentence: number): boolean {
  for (const t of a.tokens) {
    if (t.sentence === sentence && t.kind === 'mention') return true;
  }
  return sentenceHas(a, sentence, (e) => !!e.secondPerson);
}

export function findTarget(a: Analysis, m: Match): InsultTarget {
  const e = m.entry;
  if (e.abuse?.kind === 'slur' || e.group) return 'group';
  if (e.figure) return 'public_figure';
  const near = neighbourEntries(a, m, 1);
  if (near.some((n) => n.group)) return 'group';
  if (near.some((n) => n.figure === 'name' || n.figure === 'title')) return 'public_figure';
  const s = a.tokens[m.first]!.sentence;
  if (sentenceHas(a, s, (n) => n.figure === 'name' || n.figure === 'title')) return 'public_figure';
  if (addressesReader(a, s)) return 'reader';
  if (sentenceHas(a, s, (n, i) => !!n.group && !!entryAt(a, i - 1)?.groupDeterminer)) return 'group';
  if (s > 0 && sentenceHas(a, s - 1, (n) => n.figure === 'name' || n.figure === 'title')) return 'public_figure';
  return 'unknown';
}
