/** The demo generator: deterministic, valid input for the ingestion path, and a comment section that looks real. */
import { describe, expect, test } from 'vitest';
import { commentInputSchema } from '../../shared/schemas.js';
import { scoreComment } from '../../shared/scoring/index.js';
import { createRandom, generateComments, personaOf } from '../../server/demo/generate.js';
import { CAST } from '../../server/demo/personas.js';

const FROM = new Date('2016-02-20T00:00:00Z');
const TO = new Date('2016-02-27T00:00:00Z');
const generate = (seed: number, count: number) => [...generateComments({ seed, count, from: FROM, to: TO })];

const thousand = generate(2016, 1_000);
const scored = thousand.map((c) => ({ comment: c, persona: personaOf(c)!, score: scoreComment(c.text) }));

describe('generateComments', () => {
  test('the same seed gives the same comments; another seed, others', () => {
    expect(generate(42, 300)).toEqual(generate(42, 300));
    expect(generate(43, 300).map((c) => c.text)).not.toEqual(generate(42, 300).map((c) => c.text));
  });

  test('the PRNG is the same on every platform (mulberry32 reference values)', () => {
    const random = createRandom(1);
    expect([random(), random(), random()].map((x) => x.toFixed(8))).toEqual(['0.62707394', '0.00273572', '0.52744704']);
  });

  test('every generated comment is valid input for the ingestion path', () => {
    for (const c of thousand) expect(commentInputSchema.safeParse(c)).toMatchObject({ success: true });
  });

  test('external ids are stable and unique: demo-<seed>-<n>', () => {
    expect(thousand.slice(0, 3).map((c) => c.external_id)).toEqual(['demo-2016-0', 'demo-2016-1', 'demo-2016-2']);
    expect(new Set(thousand.map((c) => c.external_id)).size).toBe(thousand.length);
  });

  test('comments are spread over the period, oldest first, each after its article went online', () => {
    const times = thousand.map((c) => Date.parse(c.posted_at!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(FROM.getTime());
    expect(Math.max(...times)).toBeLessThanOrEqual(TO.getTime());
    // Spread out, not bunched: every day of the week has comments.
    expect(new Set(times.map((t) => new Date(t).getUTCDate())).size).toBe(7);
    for (const c of thousand) expect(Date.parse(c.article.published_at!)).toBeLessThan(Date.parse(c.posted_at!));
  });

  test('a handful of articles, each with a title, an example.com url, a section and a date', () => {
    const articles = new Map(thousand.map((c) => [c.article.id, c.article]));
    expect(articles.size).toBeGreaterThanOrEqual(6);
    expect(articles.size).toBeLessThanOrEqual(10);
    for (const a of articles.values()) {
      expect(a.title).toBeTruthy();
      expect(a.url).toMatch(/^https:\/\/example\.com\//);
      expect(a.section).toBeTruthy();
    }
  });
});

describe('the cast', () => {
  test('every persona appears in 500 comments', () => {
    const authors = new Set(generate(7, 500).map((c) => c.author));
    expect([...authors].sort()).toEqual(CAST.map((p) => p.author).sort());
  });

  test('the all-caps persona is always shouting; the polite regulars never are', () => {
    const shouter = scored.filter((s) => s.persona.kind === 'shouter');
    const regulars = scored.filter((s) => s.persona.kind === 'regular');
    expect(shouter.length).toBeGreaterThan(10);
    expect(regulars.length).toBeGreaterThan(200);
    for (const s of shouter) expect(s.score.shouting.flag, s.comment.text).toBe(true);
    for (const s of regulars) expect(s.score.shouting.flag, s.comment.text).toBe(false);
  });

  test('the polite regulars and the English speaker are never flagged at all', () => {
    const civil = scored.filter((s) => s.persona.kind === 'regular' || s.persona.kind === 'english');
    expect(civil.filter((s) => s.score.flagged).map((s) => s.comment.text)).toEqual([]);
  });

  test('the abusive personas get flagged for what they do', () => {
    const reasonsOf = (kind: string) => new Set(scored.filter((s) => s.persona.kind === kind).flatMap((s) => s.score.reasons));
    expect(reasonsOf('insulter')).toContain('insult');
    expect(reasonsOf('linker')).toContain('spam_link');
    expect(reasonsOf('troll')).toContain('insult');
    expect(reasonsOf('baiter')).toContain('insult');
  });

  test('between 5 % and 30 % of 1,000 comments are flagged (about one in seven)', () => {
    const share = scored.filter((s) => s.score.flagged).length / scored.length;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.3);
  });

  test('about three in four comments are in French, the rest in English', () => {
    const english = scored.filter((s) => s.score.lang === 'en').length / scored.length;
    expect(english).toBeGreaterThan(0.15);
    expect(english).toBeLessThan(0.35);
  });

  test('comments vary in length, from one sentence to six', () => {
    const sentences = (t: string) => t.split(/(?<=[.!?])\s+(?=\S)/).length;
    const lengths = new Set(scored.filter((s) => s.persona.kind === 'regular').map((s) => sentences(s.comment.text)));
    expect(lengths).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  test('templates leave no placeholder unfilled', () => {
    for (const c of thousand) expect(c.text).not.toMatch(/\{\w+\}/);
  });
});
