// Types for the natural submodules imported by nlp.ts (natural only types its package root).
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/sentiment/SentimentAnalyzer.js' {
  export default class SentimentAnalyzer {
    constructor(language: string, stemmer: { stem(word: string): string } | null, type: string);
    getSentiment(words: string[]): number;
  }
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_fr.js' {
  export default class AggressiveTokenizerFr {
    tokenize(text: string): string[];
  }
}
