/**
 * Generated comments for the demo: pure and deterministic — the same seed,
 * clock origin and posting times give the same comments, on every platform,
 * so a bug seen in a demo database can be reproduced from its seed.
 */
import type { CommentInput } from '../../shared/schemas.js';
import { articleUrl, DEMO_ARTICLES, type DemoArticle } from './articles.js';
import { CAST, type DemoLang, type Persona, type Writer } from './personas.js';

export type Random = () => number;

/** mulberry32: tiny, fast, and enough for a demo; `Math.random` cannot be seeded. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pickWeighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  let r = random() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1]!;
}

// Reserved for documentation (RFC 2606): the links look real and lead nowhere.
const LINK_DOMAINS = ['verite-cachee.example', 'infos-libres.example', 'le-vrai-dossier.example', 'truth-daily.example'];

function writerFor(random: Random, persona: Persona, article: DemoArticle): Writer {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  // Civil readers answer civil readers; the baiter and the troll go after anyone.
  const civil = (p: Persona) => p.kind === 'regular' || p.kind === 'english';
  const others = CAST.filter((p) => p !== persona && (!civil(persona) || civil(p)));
  // Successive {fact}s in one comment are different facts.
  let fact = Math.floor(random() * article.facts.length);
  const slot = (name: string, lang: DemoLang): string => {
    switch (name) {
      case 'subject':
        return article.subject[lang];
      case 'place':
        return article.place[lang];
      case 'figure':
        return pick(article.figures)[lang];
      case 'fact':
        return article.facts[fact++ % article.facts.length]!;
      case 'reader':
        return pick(others).handle;
      case 'link':
        return `http://${pick(LINK_DOMAINS)}/${article.slug.split('/').pop()}-${between(100, 9999)}`;
      default:
        throw new Error(`unknown placeholder {${name}} in a demo template`);
    }
  };
  return {
    pick,
    between,
    chance: (p) => random() < p,
    fill: (template, lang) => {
      const text = template.replace(/\{(\w+)\}/g, (_, name: string) => slot(name, lang));
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
  };
}

export interface GeneratorOptions {
  seed: number;
  /** Articles went online some hours before this instant: the start of a fill, or of a stream. */
  origin: Date;
  /** external_id is `<idPrefix>-<n>`; `demo-<seed>` by default. */
  idPrefix?: string;
}

export interface CommentGenerator {
  /** The next comment, posted at `postedAt`. */
  next(postedAt: Date): CommentInput;
  /** The generator's own seeded randomness, for callers that need more of it (timing jitter). */
  random: Random;
}

export function createCommentGenerator(options: GeneratorOptions): CommentGenerator {
  const random = createRandom(options.seed);
  const prefix = options.idPrefix ?? `demo-${options.seed}`;
  const origin = options.origin.getTime();
  let n = 0;
  return {
    random,
    next(postedAt) {
      const persona = pickWeighted(random, CAST);
      const article = pickWeighted(random, DEMO_ARTICLES);
      const text = persona.write(writerFor(random, persona, article));
      return {
        external_id: `${prefix}-${n++}`,
        article: {
          id: article.id,
          title: article.title,
          url: articleUrl(article),
          section: article.section,
          published_at: new Date(origin - article.hoursBeforeStart * 3_600_000).toISOString(),
        },
        author: persona.author,
        text,
        posted_at: postedAt.toISOString(),
      };
    },
  };
}

export interface FillOptions {
  seed: number;
  count: number;
  /** Comments are spread evenly, with jitter, over [from, to], oldest first. */
  from: Date;
  to: Date;
  idPrefix?: string;
}

/** `count` comments spread over a past period, lazily, so a fill of millions never holds them all. */
export function* generateComments(options: FillOptions): Generator<CommentInput> {
  const gen = createCommentGenerator({ seed: options.seed, origin: options.from, idPrefix: options.idPrefix });
  const from = options.from.getTime();
  const span = Math.max(0, options.to.getTime() - from);
  for (let i = 0; i < options.count; i++) {
    yield gen.next(new Date(from + Math.floor(((i + gen.random()) / options.count) * span)));
  }
}

/** The persona behind a generated comment (tests and stats group by it). */
export function personaOf(comment: Pick<CommentInput, 'author'>): Persona | undefined {
  return CAST.find((p) => p.author === comment.author);
}
