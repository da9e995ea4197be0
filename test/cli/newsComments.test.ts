/** How `npm run eval:comments` reads and measures its labelled comments (server/cli/eval/newsComments.ts). */
import { describe, expect, test } from 'vitest';
import { isHeldOut, loadNewsComments, measure } from '../../server/cli/eval/newsComments.js';
import { scoreComment } from '../../shared/scoring/index.js';

const row = (over: object = {}) =>
  JSON.stringify({
    id: 'h001',
    group: 'civil',
    lang: 'fr',
    text: 'Merci pour cet article.',
    expect: { tone: 'positive', insult: false, target: null, severity: 'none', identity_attack: false, threat: false, shouting: false, flagged: false },
    ...over,
  });

describe('the labelled news comments', () => {
  test('all 300 load, half of them held out', () => {
    const rows = loadNewsComments();
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((r) => r.id)).size).toBe(300);
    expect(rows.filter(isHeldOut)).toHaveLength(150);
  });

  test('a bad line is refused with its number and the field at fault', () => {
    expect(() => loadNewsComments(`${row()}\n${row({ lang: 'de' })}`)).toThrow(/line 2: lang/);
    expect(() => loadNewsComments('{oops')).toThrow(/line 1: not JSON/);
  });

  test('a flag the engine raises where the label has none is a false positive', () => {
    const [quiet, abusive] = loadNewsComments(`${row()}\n${row({ id: 'h002', text: 'Espèce de connard.' })}`);
    const m = measure([quiet!, abusive!].map((r) => ({ row: r, score: scoreComment(r.text) })));
    const flagged = m.flags.find((f) => f.name === 'flagged')!;
    expect(flagged).toMatchObject({ tp: 0, fp: 1, fn: 0, tn: 1 });
  });
});
