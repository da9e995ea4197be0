import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';

const shouting = (text: string) => scoreComment(text).shouting;

describe('shouting', () => {
  test('a comment written in capitals is shouting', () => {
    const s = shouting('ARRÊTEZ DE NOUS MENTIR, TOUT LE MONDE SAIT CE QUI SE PASSE !');
    expect(s.flag).toBe(true);
    expect(s.score).toBeGreaterThan(0.9);
  });

  test('acronyms alone do not make a comment shouting', () => {
    expect(shouting("L'ONU, l'OTAN, les USA, l'UE et le FMI face à l'EI selon l'OSDH.").flag).toBe(false);
    expect(shouting('ONU OTAN USA UE FMI EI OSDH NATO').flag).toBe(false);
  });

  test('a single emphasised word is not shouting', () => {
    expect(shouting('Il ne faut JAMAIS négocier.').flag).toBe(false);
  });

  test('one capitalised sentence out of five is not shouting', () => {
    const text =
      'La situation reste confuse dans le nord du pays. Les négociations reprendront lundi. ' +
      "C'EST UNE HONTE TOTALE. Les observateurs restent prudents sur la suite. Rien n'est encore décidé.";
    expect(shouting(text).flag).toBe(false);
  });

  test('runs of !!! and ??? add to the score', () => {
    const calm = shouting('ARRÊTEZ DE NOUS MENTIR, vous tous.').score;
    expect(shouting('ARRÊTEZ DE NOUS MENTIR, vous tous !!! ???').score).toBeGreaterThan(calm);
  });

  test('shouting evidence marks the capitalised words', () => {
    const text = 'VOUS NE COMPRENEZ RIEN DU TOUT';
    const e = scoreComment(text).evidence.filter((x) => x.kind === 'shouting');
    expect(e.map((x) => text.slice(x.start, x.end))).toEqual([text]);
  });
});
