/**
 * The demo's recurring commenters. Every sentence here was written for Vigie;
 * a persona's comment is a few of its sentences picked at random, with the
 * article's subject, a public figure, a place or another reader slotted in.
 *
 * The cast is tuned so the stream looks like a real comment section: mostly
 * civil, about one comment in seven flagged, a quarter in English. Abuse stays
 * mild — name-calling of politicians, baiting, one obfuscated insult now and
 * then, very rarely a veiled threat — because that is what moderators of a
 * news site mostly see, and what the scoring engine must sort out.
 */

import { compose, join, type DemoLang, type Persona, type Pools } from './compose.js';
import { ENGLISH_SPEAKER, REGULARS } from './regulars.js';

export { PERSONA_KINDS, type DemoLang, type Persona, type PersonaKind, type Writer } from './compose.js';

// --- CITOYEN EN COLÈRE: everything in capitals, "!!!" everywhere --------------

const SHOUTER: Pools = {
  open: [
    'Ça suffit, on nous prend pour des enfants',
    'Réveillez-vous, {figure} se moque de nous depuis des années',
    'Personne ne dit la vérité sur {subject}',
    'Encore et toujours les mêmes promesses',
    'Je le répète depuis le premier jour et personne ne veut écouter',
    'Où est passé le courage de nos dirigeants',
  ],
  body: [
    'Et pendant ce temps le peuple paie tout deux fois',
    'Combien de familles devront encore fuir {place}',
    'Les médias nous cachent la moitié de ce qui se passe',
    'Tout le monde savait et personne n’a bougé le petit doigt',
    'Assez de discours, nous voulons des actes',
    'On nous parle de {subject} comme si tout allait bien',
    'Regardez qui profite vraiment de cette situation',
  ],
  close: [
    'Honte à eux tous',
    'Réveillez-vous les gens',
    'Le peuple n’oubliera pas',
    'Ça ne peut plus durer',
    'Ouvrez enfin les yeux',
  ],
};

const shouter: Persona = {
  id: 'shouter',
  kind: 'shouter',
  author: 'CITOYEN EN COLÈRE',
  handle: 'Citoyen',
  weight: 4,
  write: (w) =>
    compose(w, 'fr', SHOUTER, 2, 4)
      .map((s) => s.toUpperCase() + w.pick([' !!!', ' !!', ' !!!!', ' ?!!', ' !!!']))
      .join(' '),
};

// --- Le Franc-Tireur: insults public figures, mildly ---------------------------

const INSULTER: Pools = {
  open: [
    'Quel guignol, {figure} !',
    '{figure} est un incapable, tout simplement.',
    '{figure} ? Un pantin qui récite sa leçon.',
    'Franchement, {figure} fait rire tout le monde.',
    '{figure}, quelle girouette !',
  ],
  body: [
    'Même mon chat gérerait {subject} mieux que ça.',
    'Ce clown change d’avis comme de chemise.',
    'On dirait un mauvais acteur qui a oublié son texte.',
    'Bande d’incapables, tous autant qu’ils sont.',
    'Le courage d’une chaise vide, rien de plus.',
    'Un bouffon de plus sur cette scène.',
  ],
  close: ['Lamentable.', 'Quelle farce.', 'Rentrez chez vous, tous.', 'Rideau.', 'Et on s’étonne que plus personne ne vote.'],
};

const insulter: Persona = {
  id: 'insulter',
  kind: 'insulter',
  author: 'Le Franc-Tireur',
  handle: 'FrancTireur',
  weight: 5,
  write: (w) => join(compose(w, 'fr', INSULTER, 1, 4)),
};

// --- Socrate du Metn: baits the other readers ---------------------------------

const BAITER: Pools = {
  open: [
    'Vous les naïfs, vous croyez encore que {subject} va changer quelque chose ?',
    '@{reader} tu n’as rien compris, comme d’habitude.',
    'Je lis les commentaires et je souris : que de rêveurs ici.',
    'Allez @{reader}, explique-nous encore ta grande théorie sur {place}.',
    'Toujours les mêmes donneurs de leçons dans cette rubrique.',
  ],
  body: [
    'Ceux qui applaudissent aujourd’hui pleureront demain.',
    'Relisez vos propres commentaires d’il y a un an, vous verrez.',
    'Mais bien sûr, {figure} va tout arranger, on y croit tous.',
    '@{reader} encore toi ? Tu n’as rien de mieux à faire ?',
    'Il suffit d’ouvrir un livre d’histoire, mais c’est trop demander.',
  ],
  close: ['On en reparlera dans six mois.', 'Bonne nuit les rêveurs.', 'Je vous laisse méditer.', 'Prenez des notes.'],
};

const baiter: Persona = {
  id: 'baiter',
  kind: 'baiter',
  author: 'Socrate du Metn',
  handle: 'Socrate',
  weight: 7,
  write: (w) => join(compose(w, 'fr', BAITER, 1, 4)),
};

// --- Info-Vérité 24: posts links, sometimes two --------------------------------

const LINKER: Record<DemoLang, { one: readonly string[]; two: readonly string[] }> = {
  fr: {
    one: [
      'Ce que les médias ne vous disent pas sur {subject} : {link}',
      'Lisez ceci avant de commenter : {link}',
      'La vidéo complète est ici {link}',
      'Tout est expliqué sur notre site {link}',
    ],
    two: ['Tout est expliqué ici {link} et là {link}', 'Première partie : {link} — la suite : {link}', 'Les preuves : {link} Partagez avant censure {link}'],
  },
  en: {
    one: ['The truth about {subject} they will not show you: {link}', 'Must read before commenting {link}', 'Full video here {link}'],
    two: ['Part one {link} and part two {link}', 'Read this {link} then this {link}'],
  },
};

const linker: Persona = {
  id: 'linker',
  kind: 'linker',
  author: 'Info-Vérité 24',
  handle: 'InfoVerite24',
  weight: 5,
  write: (w) => {
    const lang: DemoLang = w.chance(0.35) ? 'en' : 'fr';
    const pool = w.chance(0.4) ? LINKER[lang].two : LINKER[lang].one;
    return w.fill(w.pick(pool), lang);
  },
};

// --- The troll: provocation, an obfuscated insult, rarely a veiled threat -----

const TROLL_FR = [
  'Encore un article pour rien.',
  'Les commentateurs ici sont tous pareils.',
  'Lol, vous y croyez vraiment ?',
  'Personne ne lit vos pavés.',
  'Continuez à vous disputer, c’est très drôle.',
];
const TROLL_INSULT_FR = ['Espèce de c0nnard.', 'T’es qu’un i d i o t.', 'Quel cr3tin celui qui a écrit ça.', 'Pauvre b.o.u.f.f.o.n.'];
const TROLL_EN = ['lol nobody cares about your opinions', 'What a pointless article, honestly.', 'You people will believe anything.'];
const TROLL_INSULT_EN = ['What an 1d1ot.', 'Typical m0ron comment.'];
// Veiled, and kept rare: enough for the threat panel to show something.
const TROLL_THREAT = ['Fais attention à toi, on sait où tu habites.', 'Continue comme ça et on va te retrouver.'];

const troll: Persona = {
  id: 'troll',
  kind: 'troll',
  author: 'xX_Ombre_Xx',
  handle: 'Ombre',
  weight: 3,
  write: (w) => {
    const en = w.chance(0.25);
    const parts = [en ? w.pick(TROLL_EN) : w.pick(TROLL_FR)];
    if (w.chance(0.55)) parts.push(en ? w.pick(TROLL_INSULT_EN) : w.pick(TROLL_INSULT_FR));
    if (!en && w.chance(0.08)) parts.push(w.pick(TROLL_THREAT));
    return (w.chance(0.5) ? `@${w.fill('{reader}', 'fr')} ` : '') + parts.join(' ');
  },
};

/** Everyone, in a fixed order (the generator's picks depend on it). */
export const CAST: readonly Persona[] = [shouter, insulter, baiter, linker, troll, ...REGULARS, ENGLISH_SPEAKER];
