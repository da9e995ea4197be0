import { describe, expect, it } from 'vitest';
import { generateCorpus, MAX_WORDS, MIN_WORDS, mulberry32 } from '../../server/cli/benchCorpus.js';

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('generateCorpus', () => {
  it('gives the same corpus for the same seed, and another for another seed', () => {
    expect(generateCorpus(300, 7)).toEqual(generateCorpus(300, 7));
    expect(generateCorpus(300, 8)).not.toEqual(generateCorpus(300, 7));
  });

  it('makes exactly the number of comments asked for', () => {
    expect(generateCorpus(0, 1)).toHaveLength(0);
    expect(generateCorpus(1, 1)).toHaveLength(1);
    expect(generateCorpus(1234, 1)).toHaveLength(1234);
  });

  it('keeps every comment between 10 and 120 words, and uses the whole range', () => {
    const counts = generateCorpus(5000, 3).map((c) => wordsIn(c.text));
    expect(Math.min(...counts)).toBe(MIN_WORDS);
    expect(Math.max(...counts)).toBe(MAX_WORDS);
    expect(MIN_WORDS).toBe(10);
    expect(MAX_WORDS).toBe(120);
  });

  it('is about 70 % French and 30 % English', () => {
    const corpus = generateCorpus(10_000, 11);
    const french = corpus.filter((c) => c.lang === 'fr').length / corpus.length;
    expect(french).toBeGreaterThan(0.67);
    expect(french).toBeLessThan(0.73);
    expect(corpus.every((c) => c.lang === 'fr' || c.lang === 'en')).toBe(true);
  });

  it('includes the features that make comments costly to score', () => {
    const corpus = generateCorpus(5000, 5);
    const share = (re: RegExp, lang?: 'fr') => {
      const texts = corpus.filter((c) => !lang || c.lang === lang).map((c) => c.text);
      return texts.filter((t) => re.test(t)).length / texts.length;
    };
    expect(share(/^[^\p{Ll}]+$/u)).toBeGreaterThan(0.02); // all caps
    expect(share(/https?:\/\/|www\./i)).toBeGreaterThan(0.02);
    expect(share(/crétin|cretin|imbécile|imbecile|mollasson|idiot|moron/i)).toBeGreaterThan(0.02);
    expect(share(/!!!|\?\?\?|\.\.\./)).toBeGreaterThan(0.05);
    expect(share(/\b(l|qu|n)'/i, 'fr')).toBeGreaterThan(0.2);
    expect(share(/^[^éèêàçôû]*$/i, 'fr')).toBeGreaterThan(0.05); // accents dropped
  });
});

describe('mulberry32', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
