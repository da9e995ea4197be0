/**
 * The civil majority of the demo's comment section: four regulars writing in
 * French — one hopeful, one gloomy, one who brings facts, one who weighs both
 * sides — and a reader of the diaspora writing in English. Their comments
 * must never be flagged: the gloomy one is negative, never abusive, which is
 * exactly the line the tone chart has to draw.
 */
import { compose, join, type Persona, type Pools } from './compose.js';

const HOPEFUL: Pools = {
  open: [
    'Merci pour cet article clair et bien documenté.',
    'Enfin une analyse qui prend le temps d’expliquer {subject}.',
    'Très bon papier, nuancé comme il faut.',
    'Je salue le travail de votre correspondant sur place.',
  ],
  body: [
    'Il y a quand même des raisons d’espérer, même modestes.',
    'Les gens de terrain font un travail remarquable, loin des caméras.',
    'Si {figure} tient parole, ce serait un vrai pas en avant.',
    'Je reste optimiste : ce pays a déjà traversé bien des épreuves.',
    'On oublie trop souvent les initiatives locales qui fonctionnent.',
    'La société civile a souvent une longueur d’avance sur la classe politique.',
    'Les témoignages recueillis par votre journaliste sont précieux.',
  ],
  close: ['Bonne continuation à la rédaction.', 'Espérons que ce soit le début de quelque chose.', 'Merci encore.', 'À suivre, avec un peu d’espoir.'],
};

const GLOOMY: Pools = {
  open: [
    'Je doute que {subject} change grand-chose sur le terrain.',
    'Difficile de rester optimiste en lisant cela.',
    'Encore une occasion manquée, hélas.',
    'Les annonces se suivent et se ressemblent.',
  ],
  body: [
    'Ce sont toujours les civils qui paient le prix de ces calculs.',
    '{figure} promet beaucoup mais les résultats se font attendre.',
    'La confiance est rompue et elle ne reviendra pas avec des communiqués.',
    'On a l’impression que personne ne veut vraiment de solution.',
    'Les jeunes partent les uns après les autres, et on les comprend.',
    'J’ai connu d’autres crises et je reconnais les mêmes erreurs.',
  ],
  close: ['C’est triste, tout simplement.', 'J’aimerais me tromper.', 'Je ne suis pas très optimiste.', 'Mais je garde un peu d’espoir, malgré tout.'],
};

// {fact} is the article's own background (articles.ts): two of them give two different facts.
const INFORMED: Pools = {
  open: [
    'Pour rappel, {subject} s’inscrit dans un contexte plus large.',
    'Quelques précisions utiles pour comprendre l’article.',
    'Un point de contexte, pour ceux qui découvrent le dossier.',
    'Petite correction : la date citée au deuxième paragraphe semble erronée.',
  ],
  body: [
    '{fact}',
    '{fact}',
    'Les chiffres officiels sont publiés régulièrement et consultables par tous.',
    '{figure} a déjà pris position sur ce sujet l’an dernier.',
    'Il serait utile que l’article cite ses sources plus précisément.',
    'Les précédents invitent à la prudence sur les calendriers annoncés.',
  ],
  close: ['Les sources sont publiques pour qui veut vérifier.', 'Cela aide à relativiser certains chiffres.', 'Voilà pour le contexte.'],
};

const BALANCED: Pools = {
  open: [
    'D’un côté je comprends la prudence, de l’autre on ne peut pas attendre indéfiniment.',
    'Article intéressant, même si je ne partage pas toutes ses conclusions.',
    'La situation est plus compliquée qu’il n’y paraît.',
    '@{reader} je rejoins votre analyse, en partie du moins.',
  ],
  body: [
    '{figure} n’a pas tous les torts, mais ne tient pas non plus toutes les cartes.',
    'Il faudrait entendre davantage ceux qui vivent la situation au quotidien.',
    'Les solutions existent, c’est la volonté politique qui manque.',
    'Comparer avec 2006 me semble un peu rapide.',
    'Le compromis n’est pas une faiblesse, c’est souvent la seule issue.',
    'Je serais curieuse de lire l’avis d’un économiste sur la question.',
  ],
  close: ['Bref, restons prudents.', 'Le débat mérite mieux que des slogans.', 'Merci pour ce débat plutôt courtois.', 'Wait and see, comme on dit.'],
};

const DIASPORA: Pools = {
  open: [
    'Great piece, thanks for the context.',
    'I am not convinced {subject} will change much on the ground.',
    'Reading this from abroad, it is heartbreaking.',
    'Interesting article, though the headline is a bit misleading.',
    'I follow the news from {place} closely, and this worries me.',
  ],
  body: [
    '{figure} has played this very cleverly, whether we like it or not.',
    'The real question is who pays for reconstruction.',
    'Western coverage rarely gets the local politics right.',
    'People on the ground just want electricity, jobs and some quiet.',
    'I wish the diaspora had more of a say in all this.',
    'Nobody seems to have a plan for the day after.',
    'My parents still remember the last time everyone promised a quick solution.',
    'To be fair, the article gives both sides a hearing.',
  ],
  close: ['Let us hope for the best.', 'Thanks for keeping us informed.', 'Time will tell.', 'Stay safe, everyone.'],
};

const regular = (id: string, author: string, handle: string, weight: number, pools: Pools): Persona => ({
  id,
  kind: 'regular',
  author,
  handle,
  weight,
  write: (w) => join(compose(w, 'fr', pools, 1, 6)),
});

export const REGULARS: readonly Persona[] = [
  regular('hopeful', 'Nadia K.', 'Nadia', 13, HOPEFUL),
  regular('gloomy', 'Hélène de Beyrouth', 'Hélène', 12, GLOOMY),
  regular('informed', 'Prof. Antoun', 'Antoun', 13, INFORMED),
  regular('balanced', 'Joëlle M.', 'Joëlle', 12, BALANCED),
];

export const ENGLISH_SPEAKER: Persona = {
  id: 'english',
  kind: 'english',
  author: 'Jad in London',
  handle: 'Jad',
  weight: 22,
  write: (w) => join(compose(w, 'en', DIASPORA, 1, 5)),
};
