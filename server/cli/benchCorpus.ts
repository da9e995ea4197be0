/**
 * A synthetic corpus of reader comments for `npm run bench:score`. Generated
 * from a seed, never read from disk, so every machine benchmarks the same
 * text and no real reader's words end up in a benchmark. It imitates what
 * makes comments costly to score, not what makes them realistic to read:
 * both languages, elisions, dropped accents, capitals, punctuation runs,
 * links and insults.
 */

export interface BenchComment {
  lang: 'fr' | 'en';
  text: string;
}

export const FRENCH_SHARE = 0.7;
export const MIN_WORDS = 10;
export const MAX_WORDS = 120;

/** mulberry32: tiny, fast and good enough to pick words; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Vocabulary {
  function: string[];
  /** Elided or contracted forms, one whitespace-separated word each. */
  joined: string[];
  nouns: string[];
  verbs: string[];
  adjectives: string[];
  /** Insult phrases; `*` is replaced by an insult. */
  insultFrames: string[];
  insults: string[];
}

const FR: Vocabulary = {
  function: (
    'le la les un une des de du et ou mais donc que qui pour avec sans dans sur par en au aux ce cette ces ' +
    'il elle ils nous on vous ne pas plus très trop encore aussi déjà toujours jamais tout rien comme quand ' +
    'après avant contre entre même là ici bien alors est sont a ont sera était fait faut peut doit leur notre'
  ).split(' '),
  joined: (
    "l'armée l'État l'Iran l'ONU l'Europe l'article l'opposition l'ambassade l'aéroport qu'il qu'on qu'elle " +
    "qu'ils n'est n'a n'y n'ont c'est d'accord d'ailleurs j'ai s'il jusqu'à aujourd'hui d'un d'une m'étonne"
  ).split(' '),
  nouns: (
    'gouvernement président ministre guerre régime armée frappes réfugiés frontière Liban Syrie Damas Beyrouth ' +
    'Alep Hezbollah Israël Iran Russie Turquie Kurdes rebelles civils cessez-le-feu négociations élections ' +
    'Assemblée député journaliste journal rédaction commentaire lecteurs pays population économie inflation ' +
    'crise électricité banque port explosion enquête justice diplomatie sanctions Washington Moscou Paris ' +
    'Macron ONU village hôpital école enfants familles soldats milices drones missiles bombardements trêve ' +
    'otages reconstruction corruption réforme manifestants police opinion vérité propagande médias histoire ' +
    'avenir paix sécurité dirigeants chrétiens sunnites chiites Liban-Sud camp'
  ).split(' '),
  verbs: (
    'pense crois dit veut sait comprends oublie soutient condamne accuse refuse attaque bombarde négocie ' +
    'protège ment explique répète vote défend trahit oublient paient souffrent meurent partent reviennent ' +
    'mérite change continue regarde lis écrit espère craint'
  ).split(' '),
  adjectives: (
    'bon mauvais honteux scandaleux excellent intéressant ridicule lamentable juste injuste triste terrible ' +
    'formidable courageux lâche incompétent corrompu faible fort clair faux vrai dangereux inutile remarquable ' +
    'pathétique tragique absurde nul génial magnifique horrible catastrophique responsable naïf heureux ' +
    'malheureux désolant honnête'
  ).split(' '),
  insultFrames: ['quel *', 'espèce de *', 'vous êtes un *', 'ce * de ministre', 'le président est un *', 'bande de *'],
  insults: 'crétin imbécile mollasson idiot abruti guignol bouffon minable incapable'.split(' '),
};

const EN: Vocabulary = {
  function: (
    'the a an and or but so that which who for with without in on by of to at from this these it he she ' +
    'they we you not no more very too still also already always never all nothing like when after before ' +
    'against between even there here well is are was were has have will would can must should just their'
  ).split(' '),
  joined: "don't isn't it's they're can't won't that's he's doesn't didn't we're I'm".split(' '),
  nouns: (
    'government president minister war regime army strikes refugees border Lebanon Syria Damascus Beirut ' +
    'Aleppo Hezbollah Israel Iran Russia Turkey Kurds rebels civilians ceasefire talks elections parliament ' +
    'journalist article newspaper readers country people economy inflation crisis electricity bank port ' +
    'explosion inquiry justice diplomacy sanctions Washington Moscow UN EU village hospital schools children ' +
    'families soldiers militias drones missiles shelling truce hostages aid reconstruction corruption reform ' +
    'protesters police opinion truth propaganda media history future peace security leaders'
  ).split(' '),
  verbs: (
    'think believe says wants knows understand forget supports condemns blames refuses attacks bombs ' +
    'negotiates protects lies explains repeats votes defends betrays pay suffer die leave deserve changes ' +
    'continues read wrote hope fear'
  ).split(' '),
  adjectives: (
    'good bad shameful outrageous excellent interesting ridiculous pathetic fair unfair sad terrible great ' +
    'brave cowardly incompetent corrupt weak strong clear wrong true dangerous useless remarkable tragic ' +
    'absurd awful brilliant horrible disastrous responsible naive happy honest'
  ).split(' '),
  insultFrames: ['what a *', 'you are a *', 'this * of a minister', 'the president is a *', 'bunch of *'],
  insults: 'idiot moron clown fool imbecile loser coward muppet'.split(' '),
};

const LINKS = [
  'https://www.lorientlejour.com/article/',
  'http://bit.ly/',
  'https://www.lemonde.fr/international/article/',
  'www.youtube.com/watch?v=',
  'https://twitter.com/status/',
  'https://en.wikipedia.org/wiki/Lebanon#',
];

const CALM_ENDINGS = ['.', '.', '.', '.', '.', '!', '?'];
/** Runs are what the emphasis and shouting rules look at. */
const HEATED_ENDINGS = ['.', '.', '!', '?', '...', '...', '!!!', '???', '!?'];

// Per-comment and per-word odds, chosen so that each feature shows up in a few
// percent of comments at least, as it does on a news site's comment thread.
const P = { heated: 0.25, allCaps: 0.05, capsWord: 0.04, insult: 0.15, link: 0.05, noAccents: 0.15, comma: 0.07 };

const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

function commentOf(rng: () => number, lang: 'fr' | 'en'): string {
  const v = lang === 'fr' ? FR : EN;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const wordCount = MIN_WORDS + Math.floor(rng() * (MAX_WORDS - MIN_WORDS + 1));

  const words: string[] = [];
  while (words.length < wordCount) {
    const r = rng();
    const bucket = r < 0.45 ? v.function : r < 0.7 ? v.nouns : r < 0.83 ? v.verbs : r < 0.95 ? v.adjectives : v.joined;
    words.push(pick(bucket));
  }
  if (rng() < P.insult) {
    const phrase = pick(v.insultFrames).replace('*', pick(v.insults)).split(' ');
    words.splice(Math.floor(rng() * (wordCount - phrase.length + 1)), phrase.length, ...phrase);
  }
  if (rng() < P.link) words[Math.floor(rng() * wordCount)] = pick(LINKS) + Math.floor(rng() * 1e6).toString(36);

  const endings = rng() < P.heated ? HEATED_ENDINGS : CALM_ENDINGS;
  // Punctuation sticks to the word before it so the word count stays exact.
  let sentenceLeft = 0;
  for (let i = 0; i < wordCount; i++) {
    let w = words[i] as string;
    if (sentenceLeft === 0) {
      sentenceLeft = 4 + Math.floor(rng() * 13);
      w = w.charAt(0).toUpperCase() + w.slice(1);
    }
    if (rng() < P.capsWord) w = w.toUpperCase();
    sentenceLeft--;
    if (sentenceLeft === 0 || i === wordCount - 1) w += pick(endings);
    else if (rng() < P.comma) w += ',';
    words[i] = w;
  }

  let text = words.join(' ');
  if (lang === 'fr' && rng() < P.noAccents) text = stripAccents(text);
  if (rng() < P.allCaps) text = text.toUpperCase();
  return text;
}

/** `count` comments, the same ones for the same seed on every machine. */
export function generateCorpus(count: number, seed: number): BenchComment[] {
  const rng = mulberry32(seed);
  const out: BenchComment[] = [];
  for (let i = 0; i < count; i++) {
    const lang = rng() < FRENCH_SHARE ? 'fr' : 'en';
    out.push({ lang, text: commentOf(rng, lang) });
  }
  return out;
}
