/**
 * The demo's front page: a handful of invented articles in the style of a
 * Beirut daily in 2015–2016. Titles and wording are ours; the events they
 * echo were public news. Publication dates are set relative to the demo's
 * clock (see generate.ts) so that comments never predate their article.
 */

/** A phrase in both languages, so one template fits every article. */
export interface Bilingual {
  fr: string;
  en: string;
}

export interface DemoArticle {
  id: string;
  title: string;
  slug: string;
  section: string;
  /** How long before the demo's first comment the article went online. */
  hoursBeforeStart: number;
  /** "la trêve à Alep": what readers argue about, to slot into templates. */
  subject: Bilingual;
  /** Who readers praise or blame: one person each (templates say "{figure} est…"), a name or a title. */
  figures: Bilingual[];
  place: Bilingual;
  /** Background a well-read regular brings up (French): public facts of the time, in our words. */
  facts: readonly string[];
  /** Share of the discussion this article draws; the front-page story draws most. */
  weight: number;
}

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    id: 'demo-syrie-treve-alep',
    title: 'Alep : la trêve négociée par Moscou et Washington vacille dès le premier soir',
    slug: 'syrie/alep-la-treve-vacille',
    section: 'À La Une - Syrie',
    hoursBeforeStart: 6,
    subject: { fr: 'cette trêve', en: 'this ceasefire' },
    figures: [
      { fr: 'Poutine', en: 'Putin' },
      { fr: 'Assad', en: 'Assad' },
      { fr: 'Kerry', en: 'Kerry' },
    ],
    place: { fr: 'Alep', en: 'Aleppo' },
    facts: [
      'La trêve ne couvre ni l’État islamique ni le Front al-Nosra, ce qui laisse une large marge d’interprétation.',
      'Un centre de surveillance commun est censé recenser les violations signalées par chaque camp.',
    ],
    weight: 5,
  },
  {
    id: 'demo-liban-presidentielle',
    title: 'Présidentielle : trentième séance ajournée faute de quorum au Parlement',
    slug: 'liban/presidentielle-seance-ajournee',
    section: 'Liban - Politique',
    hoursBeforeStart: 20,
    subject: { fr: "l'élection du président", en: 'the presidential vote' },
    figures: [
      { fr: 'Aoun', en: 'Aoun' },
      { fr: 'Frangié', en: 'Frangieh' },
      { fr: 'le président de la Chambre', en: 'the Speaker' },
    ],
    place: { fr: 'Beyrouth', en: 'Beirut' },
    facts: [
      'La Constitution exige un quorum des deux tiers pour l’élection du président.',
      'Le siège est vacant depuis la fin du mandat de Michel Sleiman, en mai 2014.',
    ],
    weight: 4,
  },
  {
    id: 'demo-refugies-europe',
    title: "Réfugiés : l'Europe se divise sur les quotas, Berlin maintient sa porte ouverte",
    slug: 'monde/refugies-europe-quotas',
    section: 'Monde - Europe',
    hoursBeforeStart: 30,
    subject: { fr: "l'accueil des réfugiés", en: 'taking in refugees' },
    figures: [
      { fr: 'Merkel', en: 'Merkel' },
      { fr: 'Orban', en: 'Orban' },
      { fr: 'Hollande', en: 'Hollande' },
    ],
    place: { fr: "l'Europe", en: 'Europe' },
    facts: [
      'Le Liban accueille plus d’un million de réfugiés syriens enregistrés, soit environ un quart de sa population.',
      'Le mécanisme de relocalisation adopté en septembre 2015 porte sur 120 000 demandeurs d’asile.',
    ],
    weight: 3,
  },
  {
    id: 'demo-russie-frappes',
    title: 'Frappes russes en Syrie : le Kremlin revendique des centaines de cibles « terroristes »',
    slug: 'syrie/frappes-russes-cibles',
    section: 'À La Une - Syrie',
    hoursBeforeStart: 44,
    subject: { fr: "l'intervention russe", en: 'the Russian campaign' },
    figures: [
      { fr: 'Poutine', en: 'Putin' },
      { fr: 'Lavrov', en: 'Lavrov' },
      { fr: 'Obama', en: 'Obama' },
    ],
    place: { fr: 'la Syrie', en: 'Syria' },
    facts: [
      'Les premières frappes russes datent du 30 septembre 2015.',
      'L’aviation russe opère depuis la base de Hmeimim, près de Lattaquié.',
    ],
    weight: 4,
  },
  {
    id: 'demo-usa-primaires',
    title: 'Primaires américaines : Trump et Clinton creusent l’écart après le « Super Tuesday »',
    slug: 'monde/primaires-super-tuesday',
    section: 'Monde - États-Unis',
    hoursBeforeStart: 56,
    subject: { fr: 'cette campagne', en: 'this campaign' },
    figures: [
      { fr: 'Trump', en: 'Trump' },
      { fr: 'Clinton', en: 'Clinton' },
    ],
    place: { fr: 'Washington', en: 'Washington' },
    facts: [
      'Le Super Tuesday fait voter une douzaine d’États le même jour.',
      'Il faut 1 237 délégués pour obtenir l’investiture républicaine.',
    ],
    weight: 3,
  },
  {
    id: 'demo-liban-dechets',
    title: 'Crise des déchets : les ordures s’amoncellent de nouveau à la sortie de Beyrouth',
    slug: 'liban/crise-des-dechets',
    section: 'Liban - Société',
    hoursBeforeStart: 70,
    subject: { fr: 'la crise des déchets', en: 'the garbage crisis' },
    figures: [
      { fr: 'le gouvernement', en: 'the government' },
      { fr: 'le ministre', en: 'the minister' },
      { fr: 'Salam', en: 'Salam' },
    ],
    place: { fr: 'Beyrouth', en: 'Beirut' },
    facts: [
      'La décharge de Naamé a fermé en juillet 2015 ; tout part de là.',
      'Depuis l’été, plusieurs plans ont été présentés, sans résultat durable.',
    ],
    weight: 3,
  },
  {
    id: 'demo-economie-petrole',
    title: 'Le baril sous les 30 dollars : les économies du Golfe serrent la ceinture',
    slug: 'economie/baril-sous-30-dollars',
    section: 'Économie',
    hoursBeforeStart: 90,
    subject: { fr: 'la chute du pétrole', en: 'the oil slump' },
    figures: [
      { fr: 'le ministre des Finances', en: 'the finance minister' },
      { fr: 'le ministre du Pétrole', en: 'the oil minister' },
    ],
    place: { fr: 'le Golfe', en: 'the Gulf' },
    facts: [
      'Le cours du baril a perdu plus de la moitié de sa valeur en un an et demi.',
      'Plusieurs pays du Golfe ont relevé le prix de l’essence et réduit leurs budgets.',
    ],
    weight: 2,
  },
  {
    id: 'demo-geneve-negociations',
    title: 'Genève : régime et opposition syrienne se parlent, sans se voir, par l’envoyé de l’ONU',
    slug: 'syrie/geneve-negociations-indirectes',
    section: 'À La Une - Syrie',
    hoursBeforeStart: 110,
    subject: { fr: 'ces négociations', en: 'these talks' },
    figures: [
      { fr: 'de Mistura', en: 'de Mistura' },
      { fr: 'Assad', en: 'Assad' },
      { fr: 'Lavrov', en: 'Lavrov' },
    ],
    place: { fr: 'Genève', en: 'Geneva' },
    facts: [
      'La résolution 2254 du Conseil de sécurité prévoit des élections dans un délai de dix-huit mois.',
      'Les délégations ne se croisent pas : l’envoyé de l’ONU fait la navette entre deux salles.',
    ],
    weight: 3,
  },
];

export function articleUrl(a: DemoArticle): string {
  return `https://example.com/${a.slug}`;
}
