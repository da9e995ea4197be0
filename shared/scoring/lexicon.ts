/**
 * Every word list the engine knows, merged into one trie per language so a
 * token is looked up once and learns all it is (tone word, insult, group,
 * negator…). Built once per Rules object and cached.
 */
import type { Rules } from './rules.js';
import { fold, lemmaCandidates } from './fold.js';
import { tokenize } from './tokenize.js';
import { englishAfinn, frenchAdjectives } from './nlp.js';
import { EN, FR, type FunctionWords } from './lexicons/function-words.js';
import { frAbuse } from './lexicons/fr-abuse.js';
import { frWebAbuse } from './lexicons/fr-web-abuse.js';
import { enAbuse } from './lexicons/en-abuse.js';
import { frTone } from './lexicons/fr-tone.js';
import { emojiTone } from './lexicons/emoji-tone.js';

export type AbuseKind = 'insult' | 'profanity' | 'slur' | 'dehumanising';

export interface AbuseInfo {
  kind: AbuseKind;
  /** 1 name-calling, 2 coarse, 3 slur / dehumanising. */
  severity: 1 | 2 | 3;
  /** Also an ordinary adjective ("nul", "lâche"): an insult only when aimed at someone. */
  weak: boolean;
  /** Added by the newsroom's block/flag lists. */
  custom?: boolean;
  /** A dehumanising noun that can only mean people ("sous-homme"): aimed at whoever an article introduces it for. */
  human?: boolean;
}

export interface LexEntry {
  tone?: number;
  toneRule?: string;
  /**
   * What the tone rule counts when it differs from `tone`, which the other
   * rules read as the source gives it: a Pattern adjective weighed by how much
   * it judges rather than describes (Pattern's subjectivity: "nouveau",
   * "dernier" describe, "génial" judges). Where our own list values its
   * lemma, that value is both.
   */
  valence?: number;
  abuse?: AbuseInfo;
  group?: 'identity' | 'political';
  figure?: 'name' | 'title' | 'villain';
  negator?: boolean;
  /** A negator that is a word of its own ("manque", "refuse"): negated itself, it affirms. */
  lack?: boolean;
  intensifier?: number;
  contrast?: boolean;
  concessive?: boolean;
  secondPerson?: boolean;
  /** The speaker or the reader: "je", "me", "nous", "tu", "vous". */
  firstOrSecondPerson?: boolean;
  copula?: boolean;
  reporting?: boolean;
  hateVerb?: boolean;
  worth?: boolean;
  /** Suffered or felt ("épuisés", "blessés"): a group's plight, not a derogation. */
  plight?: boolean;
  tolerateVerb?: boolean;
  groupDeterminer?: boolean;
  introducer?: boolean;
  person?: boolean;
  determiner?: boolean;
  counterSpeech?: boolean;
  speechVerb?: boolean;
  /** An innocent phrase that hides the abusive words inside it ("pain bâtard"). */
  allow?: boolean;
}

/**
 * An entry with every field of LexEntry, in one order, unset ones undefined.
 * Entries are built by merging patches in whatever order the lists come, which
 * gave them some fifty different shapes: V8 then reads a field of an entry
 * through a slow generic lookup, and the rules read entries all the time. With
 * one shape, every such read is a plain load.
 */
export function lexEntry(e: LexEntry): LexEntry {
  // Typed with every field required, so a field added to LexEntry and forgotten here fails to compile.
  const all: { [K in keyof Required<LexEntry>]: LexEntry[K] | undefined } = {
    tone: e.tone,
    toneRule: e.toneRule,
    valence: e.valence,
    abuse: e.abuse,
    group: e.group,
    figure: e.figure,
    negator: e.negator,
    lack: e.lack,
    intensifier: e.intensifier,
    contrast: e.contrast,
    concessive: e.concessive,
    secondPerson: e.secondPerson,
    firstOrSecondPerson: e.firstOrSecondPerson,
    copula: e.copula,
    reporting: e.reporting,
    hateVerb: e.hateVerb,
    worth: e.worth,
    plight: e.plight,
    tolerateVerb: e.tolerateVerb,
    groupDeterminer: e.groupDeterminer,
    introducer: e.introducer,
    person: e.person,
    determiner: e.determiner,
    counterSpeech: e.counterSpeech,
    speechVerb: e.speechVerb,
    allow: e.allow,
  };
  return all;
}

/** Gives every entry of the trie the one shape of lexEntry. */
function reshapeEntries(map: Map<string, TrieNode>): void {
  for (const node of map.values()) {
    if (node.entry) node.entry = lexEntry(node.entry);
    if (node.next) reshapeEntries(node.next);
  }
}

export interface TrieNode {
  entry?: LexEntry;
  next?: Map<string, TrieNode>;
}

export interface CompiledLexicon {
  lang: 'fr' | 'en';
  /** Unique to this lexicon: what words.ts keeps its lookups by, so they keep no lexicon alive. */
  id: number;
  words: FunctionWords;
  root: Map<string, TrieNode>;
  /** Keys that stand after the first word of some phrase: the only words a phrase can go on with. */
  phraseWords: Set<string>;
  /** Misspellings of abusive and hateful words by one deleted or swapped letter → the word. */
  typos: Map<string, string>;
  /** Abusive words by length, for masked spellings ("c*nnard"). */
  byLength: Map<number, string[]>;
  pejorativePrefixes: string[];
  pejorativeRoots: Set<string>;
  figureStems: string[];
  acronyms: Set<string>;
  /** Length of the longest acronym. */
  longestAcronym: number;
  /** Whether a word as written is an acronym (isAcronym), by the word; cleared when it grows past a bound. */
  acronymAnswers: Map<string, boolean>;
  stopwords: Set<string>;
  /** Looked-up words, by the token as written; cleared when it grows past a bound. */
  cache: Map<string, unknown>;
}

/** Splits a lexicon term into the keys its tokens will have in a comment. */
export function termKeys(term: string): string[] {
  // A lone elided word ("l'", "qu'") has no following letter to be cut as an elision.
  if (/^\p{L}+['’]$/u.test(term)) return [fold(term).replace(/’$/, "'")];
  return tokenize(freshCopy(term)).tokens.map((t) => tokenKey(t.raw, t.kind === 'elision'));
}

/**
 * The term followed by a line break, in a newly built string. The terms are
 * string literals, which V8 stores apart from strings read at run time; once
 * the tokenizer has seen thousands of both, V8 stops specialising its reads
 * of the text and every comment tokenized after the build is about 1.7× as
 * slow. A final line break cuts nothing: the tokenizer reads it as it reads
 * the end of a text.
 */
function freshCopy(term: string): string {
  return [term, ''].join('\n');
}

export function tokenKey(raw: string, elision: boolean): string {
  const folded = fold(raw);
  return elision ? folded.slice(0, -1) + "'" : folded;
}

function add(root: Map<string, TrieNode>, term: string, patch: LexEntry): void {
  const keys = termKeys(term);
  if (!keys.length) return;
  let map = root;
  let node: TrieNode | undefined;
  for (const [i, key] of keys.entries()) {
    node = map.get(key);
    if (!node) map.set(key, (node = {}));
    if (i < keys.length - 1) map = node.next ??= new Map();
  }
  const entry = (node!.entry ??= {});
  // A later, more specific source wins for tone; abuse keeps the most severe reading.
  if (patch.abuse && entry.abuse && entry.abuse.severity > patch.abuse.severity && !patch.abuse.custom) delete patch.abuse;
  Object.assign(entry, patch);
}

/**
 * A plural or feminine that a grammatical list spells out ("mensonges", a word of counter-speech) gets its own
 * entry, which the lookup then finds instead of the lemma's: without this, "des mensonges" would carry none of
 * "mensonge"'s tone. Not the verbs of hatred ("détestes"): the hatred rule reads them, and their tone would
 * make a hatred blamed on the reader ("tu détestes les X ?") the speaker's own anger.
 */
function inheritLemmaTone(root: Map<string, TrieNode>): void {
  for (const [key, node] of root) {
    const e = node.entry;
    if (!e || e.tone !== undefined || e.hateVerb) continue;
    for (const lemma of lemmaCandidates(key)) {
      const source = root.get(lemma)?.entry;
      if (source?.tone === undefined) continue;
      e.tone = source.tone;
      e.toneRule = source.toneRule;
      e.valence = source.valence;
      break;
    }
  }
}

/** Every key of the trie below its first level, for CompiledLexicon.phraseWords. */
function phraseWordsOf(map: Map<string, TrieNode>, into = new Set<string>()): Set<string> {
  for (const node of map.values()) {
    if (!node.next) continue;
    for (const key of node.next.keys()) into.add(key);
    phraseWordsOf(node.next, into);
  }
  return into;
}

export function lookupEntry(lex: CompiledLexicon, key: string): LexEntry | undefined {
  return lex.root.get(key)?.entry;
}

const INFLECTIONS = ['s', 'x', 'e', 'es'];

/**
 * Adds a lemma, and its inflected forms where another list already spells
 * them out: otherwise Pattern's "arriérée" (an adjective form with a tone)
 * would hide that "arriéré" is an insult.
 */
function addInflected(root: Map<string, TrieNode>, term: string, patch: () => LexEntry): void {
  add(root, term, patch());
  const key = fold(term);
  if (key.includes(' ')) return;
  for (const ending of INFLECTIONS) if (root.has(key + ending)) add(root, key + ending, patch());
}

function addAbuse(root: Map<string, TrieNode>, terms: readonly string[], kind: AbuseKind, severity: 1 | 2 | 3, ambiguous: ReadonlySet<string>, human?: true): void {
  for (const term of terms) {
    const weak = kind === 'insult' && severity === 1 && ambiguous.has(fold(term));
    addInflected(root, term, () => ({ abuse: human ? { kind, severity, weak, human } : { kind, severity, weak } }));
  }
}

/**
 * One-edit misspellings of a word: two adjacent letters swapped (Damerau:
 * "cnonard", "imbceile"), then one letter left out ("conard"). Swaps come
 * first: they keep every letter, so when a form could be either ("tuer"
 * swapped or "tueur" cut short) the swap is the likelier reading. Four-letter
 * words only get swaps past their first letter ("mrot"): cutting one short
 * leaves three letters, too few to tell anything apart.
 */
function typoVariants(word: string, kind: 'swap' | 'cut'): string[] {
  const out: string[] = [];
  if (kind === 'swap') {
    for (let i = word.length < TYPO_MIN_LENGTH ? 1 : 0; i < word.length - 1; i++) {
      if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  } else if (word.length >= TYPO_MIN_LENGTH) {
    for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  }
  return out;
}

function build(lang: 'fr' | 'en', rules: Rules): CompiledLexicon {
  const words = lang === 'fr' ? FR : EN;
  const root = new Map<string, TrieNode>();
  const ambiguous = new Set(words.ambiguousInsults);

  // Tone, from the broadest source to the most specific (later wins).
  if (lang === 'fr') {
    // Pattern gives small polarities to grammatical words ("tout", "petit"): noise, left out.
    const stop = new Set(words.stopwords);
    for (const [w, { polarity, subjectivity }] of Object.entries(frenchAdjectives)) {
      // Pattern leaves the subjectivity of the nouns it lists ("bonheur", "rire") at 0: unknown, not descriptive.
      const opinion = subjectivity > 0 ? Math.min(1, subjectivity / FULL_SUBJECTIVITY) : 1;
      if (Math.abs(polarity) >= MIN_PATTERN_POLARITY && !stop.has(fold(w))) add(root, w, { tone: polarity, toneRule: 'tone.pattern', valence: polarity * opinion });
    }
    for (const [w, v] of Object.entries(frTone)) add(root, w, { tone: v, toneRule: 'tone.lexicon', valence: undefined });
    // Our value for a lemma also holds for the forms Pattern spells out ("nul" → "nuls", "nulle"), so one word reads the same in every
    // form, for every rule: "les X sont pitoyables" is as derogatory as "pitoyable".
    for (const [w, v] of Object.entries(frTone)) {
      const key = fold(w);
      if (key.includes(' ') || key.includes("'")) continue;
      for (const ending of INFLECTIONS) {
        const e = root.get(key + ending)?.entry;
        if (e?.toneRule === 'tone.pattern') e.tone = e.valence = v;
      }
    }
  } else {
    for (const [w, v] of Object.entries(englishAfinn)) add(root, w, { tone: v / 5, toneRule: 'tone.afinn', valence: undefined });
    for (const [w, v] of Object.entries(enAbuse.tone)) add(root, w, { tone: v, toneRule: 'tone.lexicon', valence: undefined });
  }
  for (const [w, v] of Object.entries(emojiTone)) add(root, w, { tone: v, toneRule: 'tone.emoji', valence: undefined });

  // Abuse. French comments borrow English swearing; the reverse is rare and
  // French words collide with English ones ("con", "pet"), so it is one-way.
  const abuse = lang === 'fr' ? frAbuse : enAbuse;
  addAbuse(root, abuse.insultMild, 'insult', 1, ambiguous);
  addAbuse(root, abuse.insultStrong, 'insult', 2, ambiguous);
  addAbuse(root, abuse.profanity, 'profanity', 1, ambiguous);
  addAbuse(root, abuse.slurs, 'slur', 3, ambiguous);
  addAbuse(root, abuse.dehumanising, 'dehumanising', 3, ambiguous);
  addAbuse(root, abuse.subhuman, 'dehumanising', 3, ambiguous, true);
  if (lang === 'fr') {
    addAbuse(root, frWebAbuse.insultMild, 'insult', 1, ambiguous);
    addAbuse(root, frWebAbuse.insultStrong, 'insult', 2, ambiguous);
    addAbuse(root, frWebAbuse.profanity, 'profanity', 1, ambiguous);
    addAbuse(root, frWebAbuse.slurs, 'slur', 3, ambiguous);
    addAbuse(root, frWebAbuse.dehumanising, 'dehumanising', 3, ambiguous);
    // A French name for a people is French, whatever English makes of it: "homo" is neutral here, a slur in English.
    const frenchGroups = new Set([...frAbuse.groups, ...frAbuse.politicalCamps].map(fold));
    const french = (t: string) => root.has(fold(t)) || frenchGroups.has(fold(t)) || FRENCH_WORDS_IN_ENGLISH_ABUSE.has(fold(t));
    addAbuse(root, enAbuse.insultStrong.filter((t) => !french(t)), 'insult', 2, ambiguous);
    addAbuse(root, enAbuse.profanity.filter((t) => !french(t)), 'profanity', 1, ambiguous);
    addAbuse(root, enAbuse.slurs.filter((t) => !french(t)), 'slur', 3, ambiguous);
  }
  for (const g of abuse.groups) addInflected(root, g, () => ({ group: 'identity' }));
  for (const g of abuse.politicalCamps) addInflected(root, g, () => ({ group: 'political' }));
  for (const t of abuse.figureTitles) add(root, t, { figure: 'title' });
  for (const n of [...frAbuse.figureNames, ...rules.words.figures]) add(root, n, { figure: 'name' });
  for (const n of frAbuse.villainNames) add(root, n, { figure: 'villain' });

  // Function words last: a word's grammatical role must not be lost to a list.
  for (const w of words.negators) add(root, w, { negator: true });
  for (const w of words.lackVerbs) add(root, w, { negator: true, lack: true });
  for (const [w, m] of Object.entries(words.intensifiers)) add(root, w, { intensifier: m });
  for (const w of words.contrast) add(root, w, { contrast: true });
  for (const w of words.concessive) add(root, w, { concessive: true });
  for (const w of words.secondPerson) add(root, w, { secondPerson: true, firstOrSecondPerson: true });
  for (const w of words.firstPerson) add(root, w, { firstOrSecondPerson: true });
  for (const w of words.copulas) add(root, w, { copula: true });
  for (const w of words.reporting) add(root, w, { reporting: true });
  for (const w of words.hateVerbs) add(root, w, { hateVerb: true });
  for (const w of words.worthWords) add(root, w, { worth: true });
  // Marks the words the lexicon reads already; a word it does not know carries no tone to discount.
  for (const w of words.plight) for (const form of [w, ...INFLECTIONS.map((e) => w + e)]) root.get(form)?.entry && add(root, form, { plight: true });
  for (const w of words.tolerateVerbs) add(root, w, { tolerateVerb: true });
  for (const w of words.groupDeterminers) add(root, w, { groupDeterminer: true });
  for (const w of words.insultIntroducers) add(root, w, { introducer: true });
  for (const w of words.personNouns) add(root, w, { person: true });
  for (const w of words.determiners) add(root, w, { determiner: true });
  for (const w of words.counterSpeech) add(root, w, { counterSpeech: true });
  for (const w of words.speechVerbs) add(root, w, { speechVerb: true });

  // The newsroom's own lists come last and win.
  for (const w of rules.words.flag) add(root, w, { abuse: { kind: 'insult', severity: 1, weak: false, custom: true } });
  for (const w of rules.words.block) add(root, w, { abuse: { kind: 'insult', severity: 2, weak: false, custom: true } });
  for (const w of [...abuse.allowPhrases, ...rules.words.allow]) {
    const keys = termKeys(w);
    if (keys.length > 1) add(root, w, { allow: true });
    else {
      const entry = root.get(keys[0] ?? '')?.entry;
      if (entry) delete entry.abuse;
    }
  }

  inheritLemmaTone(root);
  reshapeEntries(root);

  const typos = new Map<string, string>();
  /** A form to misspell, and the key its misspellings stand for. */
  const typoSources: [string, string][] = [];
  const byLength = new Map<number, string[]>();
  for (const [key, node] of root) {
    const e = node.entry;
    if (!e) continue;
    if ((e.abuse && !e.abuse.weak) || e.hateVerb) {
      const list = byLength.get(key.length) ?? [];
      list.push(key);
      byLength.set(key.length, list);
    }
    // Misspelt on purpose or not, these words still carry their meaning ("maalde", "muslman", "respct").
    const typoWorthy = !!e.abuse || e.hateVerb || e.tolerateVerb || e.group === 'identity' || Math.abs(e.tone ?? 0) >= TYPO_MIN_TONE;
    // Four-letter words only when they weigh heavily: "mort", "tuer", not every mild word.
    const typoLength = key.length >= TYPO_MIN_LENGTH || (key.length === TYPO_MIN_LENGTH - 1 && isHeavy(e));
    if (typoWorthy && typoLength && !key.includes(' ')) {
      typoSources.push([key, key]);
      // A group is most often named in the plural, which the lexicon reads through its lemma: "femms" is "femmes".
      // Not for short lemmas: one letter off "homos" is Homs, a city these comments name every day.
      if (e.group === 'identity' && key.length >= TYPO_MIN_LENGTH && !/[sx]$/.test(key) && !root.has(key + 's')) typoSources.push([key + 's', key]);
    }
  }
  // All swaps before any cut, so a swap wins a form both could make.
  for (const kind of ['swap', 'cut'] as const) {
    for (const [form, key] of typoSources) for (const v of typoVariants(form, kind)) if (!root.has(v) && !typos.has(v)) typos.set(v, key);
  }

  const acronyms = new Set(rules.words.acronyms.map((a) => a.toUpperCase()));
  return {
    lang,
    id: ++lexiconsBuilt,
    words,
    root,
    phraseWords: phraseWordsOf(root),
    typos,
    byLength,
    pejorativePrefixes: lang === 'fr' ? frAbuse.pejorativePrefixes.map(fold).sort((a, b) => b.length - a.length) : [],
    pejorativeRoots: new Set(lang === 'fr' ? frAbuse.pejorativeRoots.map(fold) : []),
    figureStems: frAbuse.figureNames.map(fold).filter((n) => n.length >= 5 && !n.includes(' ')),
    acronyms,
    longestAcronym: [...acronyms].reduce((longest, a) => Math.max(longest, a.length), 0),
    acronymAnswers: new Map(),
    stopwords: new Set(words.stopwords),
    cache: new Map(),
  };
}

/**
 * English abusive words that are everyday French words: "plus tard" (later),
 * "une douche" (a shower), "un fagot" (a bundle of sticks), "un cracker", "le
 * nonce" (the nuncio). Not imported into the French lexicon.
 */
const FRENCH_WORDS_IN_ENGLISH_ABUSE = new Set(['tard', 'douche', 'fagot', 'cracker', 'nonce']);
const MIN_PATTERN_POLARITY = 0.15;
/** Pattern's subjectivity from which an adjective counts in full: half opinion, half description. */
const FULL_SUBJECTIVITY = 0.5;
const TYPO_MIN_TONE = 0.3;
const TYPO_MIN_LENGTH = 5;
const SHORT_TYPO_MIN_TONE = 0.6;
const isHeavy = (e: LexEntry) => (!!e.abuse && !e.abuse.weak) || !!e.hateVerb || Math.abs(e.tone ?? 0) >= SHORT_TYPO_MIN_TONE;

const compiled = new WeakMap<Rules, Map<'fr' | 'en', CompiledLexicon>>();
let lexiconsBuilt = 0;

/** The lexicon for a language under these rules; built on first use and kept while the Rules object lives. */
export function lexiconFor(rules: Rules, lang: 'fr' | 'en'): CompiledLexicon {
  let byLang = compiled.get(rules);
  if (!byLang) compiled.set(rules, (byLang = new Map()));
  let lex = byLang.get(lang);
  if (!lex) byLang.set(lang, (lex = build(lang, rules)));
  return lex;
}

