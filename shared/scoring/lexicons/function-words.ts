/**
 * Grammatical words the rules hang on: negation, intensity, contrast, who is
 * addressed, reported speech. Written folded (no accents, lower case) because
 * they are compared with folded tokens. Elided forms end with an apostrophe
 * ("n'"), as the tokenizer emits them.
 */

export interface FunctionWords {
  /** What a group is denied in dehumanising speech: "n'ont aucune valeur", "ne méritent pas de vivre". */
  worthWords: readonly string[];
  /**
   * What people suffer or feel — "épuisés", "désespérés", "blessés", "furieux":
   * said of a group, it reports its plight, it does not blame it for what it
   * is, so it is never a derogatory predicate. Lemmas; the inflected forms the
   * lexicon knows follow. Not the words whose folded form is a judgement or a
   * noun ("indigné" / "indigne", "menacé" / "menace", "ruiné" / "ruine"), nor
   * those used as slurs ("des malades").
   */
  plight: readonly string[];
  /** Words that tell the language apart; only words frequent in one language and rare in the other. */
  stopwords: readonly string[];
  negators: readonly string[];
  /** Words that deny what follows as a negator does ("un manque de respect", "je refuse de…"), and are undone when negated themselves ("ne manque pas de"). */
  lackVerbs: readonly string[];
  /** Words that, right before a negator, cancel it ("non seulement", "pas que"): the key is the negator. */
  negationBreakers: Readonly<Record<string, readonly string[]>>;
  /** Multiplier applied to the next tone word. */
  intensifiers: Readonly<Record<string, number>>;
  /** The clause after these weighs more than the clause before. */
  contrast: readonly string[];
  /** The clause before these weighs more (English "although" style). */
  concessive: readonly string[];
  /** Forms that address the reader directly. */
  secondPerson: readonly string[];
  /** The speaker: "je", "me", "nous". */
  firstPerson: readonly string[];
  /** Forms of "to be" and "to become": "X est un idiot". */
  copulas: readonly string[];
  /** Markers of reported speech: "selon l'AFP", "a traité X de", "according to". */
  reporting: readonly string[];
  /** Verbs of hatred and contempt aimed at a group: "je déteste les X". */
  hateVerbs: readonly string[];
  /** Verbs that, negated, say the same: "je ne supporte pas les X", "aucun respect pour". */
  tolerateVerbs: readonly string[];
  /** Determiners and words that make a group noun a generic subject ("les", "tous les", "ces"). */
  groupDeterminers: readonly string[];
  /** Words that introduce an insult as a name: "espèce de", "bande de", "quel", "sale". */
  insultIntroducers: readonly string[];
  /** Nouns for people in general ("ces gens", "ces types"): a subject an insult can be said of, as a group or a figure is. */
  personNouns: readonly string[];
  /** Articles: "un lâche", "l'arriérée" make a noun of an adjective. */
  determiners: readonly string[];
  /** Words that condemn what is quoted or reported: the comment argues against the abuse it cites. */
  counterSpeech: readonly string[];
  /** Verbs that introduce what someone says or thinks: "dire que", "saying". */
  speechVerbs: readonly string[];
  /**
   * Insults whose ordinary sense is common in news comments ("un match nul",
   * "incapable de", "arriérés de salaire", "a stupid decision"): they count
   * only when aimed at someone.
   */
  ambiguousInsults: readonly string[];
  /**
   * Tone verbs that are also prepositions or fillers ("looks like rain",
   * "people like him", "it was like, huge"): they carry tone only after one
   * of `verbSubjects` ("I like it", "would like", "don't like").
   */
  prepositionVerbs: readonly string[];
  /** Subjects, auxiliaries and "to": what marks the word after them (or after one adverb) as a verb. */
  verbSubjects: readonly string[];
  /**
   * Hashtags that declare irony ("Super journée #ironie", "Love Mondays #not"):
   * the praise in the comment means its opposite. Folded, without the "#".
   */
  ironyTags: readonly string[];
}

export const FR: FunctionWords = {
  stopwords: [
    'le', 'la', 'les', 'des', 'du', 'un', 'une', 'est', 'et', 'que', 'qui', 'pas', 'ne', "n'", "l'", "d'", "qu'", "c'", "j'", "s'",
    'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'tu', 'ce', 'cette', 'ces', 'sont', 'pour', 'dans', 'sur', 'avec',
    'mais', 'ou', 'donc', 'au', 'aux', 'leur', 'leurs', 'sa', 'son', 'ses', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre',
    'votre', 'plus', 'tres', 'tout', 'tous', 'toute', 'rien', 'fait', 'etre', 'avoir', 'ont', 'avait', 'etait', 'sera',
    'aussi', 'comme', 'quand', 'sans', 'sous', 'entre', 'vers', 'chez', 'cela', 'ca', 'ici', 'deja', 'encore', 'jamais',
    'toujours', 'parce', 'alors', 'apres', 'avant', 'depuis', 'pourquoi', 'quoi', 'oui', 'non', 'merci', 'bien', 'peu',
    'beaucoup', 'trop', 'moins', 'faut', 'peut', 'suis', 'es', 'sommes', 'etes', 'ai', 'avons', 'avez', 'meme', 'autres',
    'quel', 'quelle', 'dont', 'lui', 'moi', 'toi', 'eux', 'y', 'tres', 'voila', 'chaque', 'selon', 'contre', 'encore',
  ],
  negators: ['ne', "n'", 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'non', 'nullement', 'guere'],
  lackVerbs: ['manque', 'manquent', 'manquez', 'refuse', 'refuses', 'refusent', 'refusons', 'refusez', 'refuser'],
  // "sans doute": no doubt, certainty; "n'est sans doute pas un imbécile" is one denial, "c'est sans doute un imbécile" none.
  negationBreakers: { non: ['seulement'], pas: ['que'], sans: ['doute'] },
  intensifiers: {
    tres: 1.4, trop: 1.4, vraiment: 1.4, tellement: 1.5, si: 1.3, super: 1.4, hyper: 1.5, ultra: 1.5, extremement: 1.6,
    completement: 1.5, totalement: 1.5, absolument: 1.5, particulierement: 1.3, profondement: 1.4, terriblement: 1.5,
    carrement: 1.4, franchement: 1.3, vachement: 1.4, grave: 1.3, tout: 1.2, bien: 1.2, fort: 1.3, plus: 1.2,
    vraie: 1.3, vrai: 1.3, veritable: 1.3, pire: 1.3, enorme: 1.3, immensement: 1.6, incroyablement: 1.5,
    peu: 0.5, assez: 0.8, plutot: 0.8, legerement: 0.6, presque: 0.7, moyennement: 0.6, relativement: 0.7, quelque: 0.7,
  },
  contrast: ['mais', 'pourtant', 'cependant', 'toutefois', 'neanmoins', 'or', 'sauf', 'malgre'],
  concessive: ['bien que', 'meme si', 'quoique'],
  firstPerson: ['je', "j'", 'me', "m'", 'moi', 'nous', 'mon', 'ma', 'mes', 'notre', 'nos'],
  secondPerson: ['tu', 'te', "t'", 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos', 'es', 'etes', 'venez', 'allez', 'taisez', 'tais'],
  copulas: [
    'est', 'es', 'suis', 'sont', 'etes', 'sommes', 'etait', 'etaient', 'sera', 'seront', 'serait', 'reste', 'restent', 'devient',
    'deviennent', "c'", 'ce',
    // Verbs of worth: "ne valent rien", "ne méritent pas de vivre" judge like a copula does.
    'vaut', 'valent', 'merite', 'meritent', 'meritez',
    // "devraient être enfermés": the infinitive after a modal.
    'etre',
  ],
  // Not "droit" or "place": "les réfugiés n'ont aucun droit au travail" is news about refugees, not hatred of them.
  plight: [
    'epuise', 'desespere', 'triste', 'decu', 'fatigue', 'las', 'lasse', 'blesse', 'affame', 'inquiet',
    'inquiete', 'terrifie', 'effraye', 'apeure', 'epouvante', 'horrifie', 'traumatise', 'choque', 'bouleverse', 'meurtri',
    'abandonne', 'oublie', 'seul', 'isole', 'demuni', 'deplace', 'exile', 'persecute', 'opprime', 'assiege',
    'bombarde', 'massacre', 'tue', 'disparu', 'emprisonne', 'torture', 'humilie', 'maltraite', 'exploite',
    'discrimine', 'stigmatise', 'marginalise', 'malheureux', 'malheureuse', 'endeuille', 'endette', 'desempare',
    'perdu', 'anxieux', 'anxieuse', 'angoisse', 'stresse', 'vulnerable', 'fragile', 'affaibli', 'decourage', 'deprime',
    'desabuse', 'amer', 'amere', 'inconsolable', 'furieux', 'furieuse', 'revolte', 'excede', 'scandalise',
    'pauvre', 'faible', 'mort', 'morte', 'detruit', 'detruite', 'ruine', 'decime', 'extermine', 'assassine', 'expulse', 'deporte',
    'noye', 'egorge', 'viole', 'brule', 'ecrase', 'chasse', 'enleve', 'kidnappe', 'affaibli', 'encercle', 'pris au piege',
    'victime', 'otage', 'cible', 'esclave', 'tragedie', 'drame', 'malheur', 'orphelin', 'orpheline', 'sans abri', 'sans-abri',
  ],
  worthWords: ['valeur', 'importance', 'leur place', 'sa place', 'vivre', 'dignite', 'humain', 'humains', 'humaine', 'humaines', 'egal', 'egaux', 'egale', 'egales', 'exister', 'vaut', 'valent'],
  reporting: ['selon', "d'apres", 'traite', 'traites', 'qualifie', 'qualifies', 'accuse', 'accuses', 'rapporte', 'cite', 'affirme', 'declare', 'insulte', 'injurie'],
  hateVerbs: [
    'deteste', 'detestes', 'detestez', 'detestent', 'detester', 'detestons', 'hais', 'hait', 'haissez', 'haissent', 'hair', 'haissons', 'haine', 'meprise', 'meprisez',
    'meprisent', 'mepriser', 'mepris', 'meprisable', 'dedain', 'vomis', 'vomir', 'gerbe', 'gerber', 'abhorre', 'abhorrer',
    'execre', 'execrent', 'execrer', 'degout', 'degoutent', 'degoute', 'degoutee', 'degoutant', 'ecoeure', 'ecoeurent',
    'ecoeurant', 'horreur', 'repugnant', 'repugnent', 'insupportable', 'insupportables', 'marre', 'debarrasser', 'debarrassons',
  ],
  tolerateVerbs: [
    'supporte', 'supportent', 'supporter', 'tolere', 'tolerer', 'respect', 'respecte', 'respecter', 'aime', 'aimer', 'apprecie',
    'apprecier', 'accepte', 'accepter', 'veux', 'voulons',
  ],
  groupDeterminers: ['les', 'ces', 'tous', 'toutes', 'vos', 'leurs', 'des', 'aux', 'ceux', 'celles'],
  insultIntroducers: ['espece', 'bande', 'quel', 'quelle', 'quels', 'quelles', 'sale', 'sales', 'gros', 'grosse', 'pauvre', 'petit', 'petite', 'vieux', 'vieille', 'sacre', 'sacree', 'vrai', 'vraie', 'veritable', 'trop', 'tete', 'face', 'nouveau', 'nouvel', 'nouvelle', 'cet', 'ce', 'cette', 'ces'],
  personNouns: ['gens', 'type', 'types', 'mec', 'mecs', 'individu', 'individus', 'gars', 'bonhomme', 'bonshommes', 'meuf', 'meufs', 'nana', 'nanas', 'gamin', 'gamins', 'gamine', 'gamines', 'gosse', 'gosses', 'citoyens'],
  determiners: ['un', 'une', 'le', 'la', "l'", 'les', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'ton', 'ta', 'tes', 'votre', 'vos', 'leur', 'leurs', 'son', 'sa', 'ses'],
  counterSpeech: [
    'sectaire', 'intolerant', 'blessant', 'blessants', 'blessante', 'blessantes', 'deshumanisant', 'insultant', 'injurieux',
    'diffamatoire', 'tolerable', 'haineuses', 'propos', 'denoncer', 'signaler', 'bloque', 'bloques', 'bloquees', 'exclure',
    'raciste', 'racistes', 'racisme', 'homophobe', 'homophobie', 'sexiste', 'sexisme', 'misogyne', 'misogynie', 'xenophobe',
    'antisemite', 'antisemitisme', 'islamophobe', 'islamophobie', 'transphobe', 'haineux', 'haineuse', 'inacceptable',
    'intolerable', 'inadmissible', 'scandaleux', 'honteux', 'condamne', 'condamner', 'denonce', 'denoncer', 'faux', 'tort',
    'arretez', 'arrete', 'cessez', 'stop', 'bigot', 'ignoble', 'abject', 'degueulasse', 'choquant', 'odieux',
    'lamentable', 'indigne', 'propagande', 'mensonge', 'mensonges', 'amalgame',
  ],
  speechVerbs: [
    'dire', 'dit', 'dis', 'dites', 'disent', 'disant', 'ecrire', 'ecrit', 'ecrivent', 'ecrivez', 'affirmer', 'affirme', 'pretendre',
    'pretend', 'crier', 'appeler', 'appelez', 'appelle', 'appelles', 'traiter', 'traitez', 'traite', 'traites', 'qualifier', 'qualifiez',
    'menacer', 'menace', 'menacez', 'insulter', 'insultez', 'croire',
  ],
  ambiguousInsults: [
    'moche', 'laid', 'hideux', 'nul', 'lache', 'incapable', 'incompetent', 'naif', 'naive', 'ignorant', 'inculte', 'arriere', 'demeure', 'fanatique',
    'enrage', 'hysterique', 'pervers', 'senile', 'aigri', 'minable', 'opportuniste', 'bandit', 'voleur', 'voleuse', 'assiste',
    'planque', 'illumine', 'pretentieux', 'moralisateur', 'propagandiste', 'tyran', 'despote', 'satrape', 'mafieux', 'profiteur',
    'troll', 'valet', 'pantin', 'marionnette', 'charlot', 'clown', 'traitre', 'menteur', 'menteuse', 'hypocrite', 'cingle',
    'sauvage', 'fou', 'malade', 'faible', 'mou', 'ridicule', 'sot', 'bete', 'gland', 'cornichon', 'gourde', 'cruche', 'dinde',
    'buse', 'oie blanche', 'mouton', 'fantoche', 'nain', 'collabo', 'pitre', 'tricheur', 'arriviste', 'carrieriste', 'bigot',
    'boucher', 'bourreau', 'folle', 'fou furieux', 'momie',
  ],
  // French "aimer" is never a preposition ("comme" is, and has no tone).
  prepositionVerbs: [],
  verbSubjects: [],
  ironyTags: ['ironie', 'ironique', 'sarcasme', 'sarcastique', 'seconddegre', 'second_degre', 'not', 'irony', 'sarcasm'],
};

export const EN: FunctionWords = {
  stopwords: [
    'the', 'and', 'is', 'are', 'of', 'to', 'in', 'that', 'it', 'for', 'with', 'was', 'were', 'not', 'this', 'you', 'they',
    'have', 'has', 'be', 'been', 'on', 'at', 'by', 'from', 'but', 'or', 'what', 'who', 'which', 'will', 'would', 'should',
    'can', 'could', 'their', 'there', 'them', 'he', 'she', 'his', 'her', 'we', 'our', 'my', 'your', 'i', 'me', 'just',
    'about', 'all', 'so', 'if', 'do', 'does', 'did', "don't", "doesn't", "can't", "it's", "i'm", 'no', 'yes', 'how', 'why',
    'when', 'more', 'than', 'then', 'only', 'very', 'some', 'any', 'into', 'over', 'after', 'before', 'because', 'these',
    'those', 'get', 'got', 'like', 'out', 'up', 'one', 'its', 'him', 'an', 'had', 'being', 'am', 'today', 'tomorrow',
  ],
  negators: ['not', "n't", 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly', 'barely', 'cannot', "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "mustn't", "needn't", "ain't", 'aint', 'havent', 'hasnt', 'hadnt', 'nvr', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'wont', 'cant', 'couldnt', 'shouldnt'],
  lackVerbs: ['lack', 'lacks', 'refuse', 'refuses', 'refused'],
  negationBreakers: { no: ['doubt'], not: ['only'] },
  intensifiers: {
    very: 1.4, really: 1.4, so: 1.3, too: 1.3, extremely: 1.6, totally: 1.5, absolutely: 1.5, completely: 1.5, utterly: 1.6,
    incredibly: 1.5, especially: 1.3, particularly: 1.3, truly: 1.4, super: 1.4, fucking: 1.5, damn: 1.3, most: 1.3,
    highly: 1.4, deeply: 1.4, seriously: 1.3, quite: 1.1, real: 1.2, such: 1.2, more: 1.2,
    slightly: 0.6, somewhat: 0.7, barely: 0.5, kinda: 0.7, sorta: 0.7, fairly: 0.8, partly: 0.7, little: 0.7, rather: 0.8,
  },
  contrast: ['but', 'however', 'yet', 'nevertheless', 'nonetheless', 'though', 'except'],
  concessive: ['although', 'even though', 'despite'],
  firstPerson: ['i', 'me', 'my', 'we', 'us', 'our', "i'm", 'im', "i've", "i'll"],
  secondPerson: ['you', 'your', 'yours', 'yourself', 'yourselves', "you're", 'youre', 'u', 'ur'],
  copulas: ['is', 'are', 'am', 'was', 'were', 'be', 'being', 'been', "he's", "she's", "you're", "they're", "it's", "i'm", 'become', 'becomes', 'remain', 'deserve', 'deserves', 'worth'],
  plight: [
    'exhausted', 'desperate', 'sad', 'disappointed', 'tired', 'poor', 'sick', 'ill', 'injured', 'wounded', 'hurt', 'hungry',
    'starving', 'worried', 'afraid', 'scared', 'frightened', 'terrified', 'horrified', 'traumatized', 'traumatised', 'shocked',
    'devastated', 'heartbroken', 'abandoned', 'forgotten', 'lonely', 'alone', 'isolated', 'homeless', 'displaced', 'persecuted',
    'oppressed', 'threatened', 'besieged', 'bombed', 'killed', 'dead', 'missing', 'imprisoned', 'tortured', 'humiliated',
    'mistreated', 'exploited', 'discriminated', 'marginalized', 'marginalised', 'unhappy', 'grieving', 'ruined', 'lost',
    'anxious', 'stressed', 'vulnerable', 'fragile', 'discouraged', 'depressed', 'suffering', 'angry', 'furious', 'outraged', 'upset',
    'dying', 'drowning', 'struggling', 'mourning', 'bleeding', 'betrayed', 'murdered', 'slaughtered', 'massacred',
    'attacked', 'targeted', 'hunted', 'starved', 'victimized', 'victimised',
  ],
  worthWords: ['value', 'worth', 'belong', 'live', 'human', 'humans', 'equal', 'equals', 'exist', 'matter', 'dignity'],
  reporting: ['according', 'called', 'calls', 'labelled', 'labeled', 'branded', 'accused', 'said', 'says', 'quoted', 'reportedly'],
  hateVerbs: [
    'hate', 'hates', 'despise', 'despises', 'loathe', 'loathes', 'detest', 'detests', 'disgust', 'disgusts', 'disgusted',
    'disgusting', 'rid', 'abhor', 'contempt', 'sick of', 'fed up with',
  ],
  tolerateVerbs: ['stand', 'tolerate', 'respect', 'like', 'want', 'accept', 'trust'],
  groupDeterminers: ['the', 'these', 'those', 'all', 'your', 'their', 'such'],
  insultIntroducers: ['you', 'what', 'such', 'bunch', 'dirty', 'stupid', 'fat', 'old', 'little', 'filthy', 'pathetic', 'typical', 'this', 'that', 'these', 'those', 'new'],
  personNouns: ['people', 'guy', 'guys', 'person', 'persons', 'folks', 'individuals', 'dude', 'dudes', 'kid', 'kids'],
  determiners: ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'your', 'their', 'his', 'her'],
  counterSpeech: [
    'racist', 'racism', 'homophobic', 'homophobia', 'sexist', 'sexism', 'misogynist', 'misogyny', 'xenophobic', 'bigot',
    'bigoted', 'bigotry', 'antisemitic', 'islamophobic', 'transphobic', 'hateful', 'unacceptable', 'disgraceful', 'shameful',
    'wrong', 'condemn', 'stop', 'offensive', 'appalling', 'outrageous', 'disgusting', 'propaganda',
  ],
  speechVerbs: ['say', 'says', 'saying', 'said', 'call', 'calls', 'calling', 'write', 'wrote', 'claim', 'claims', 'claiming', 'tweet', 'tweeted'],
  ambiguousInsults: [
    'stupid', 'dumb', 'idiotic', 'moronic', 'brainless', 'mindless', 'clueless', 'pathetic', 'ignorant', 'gullible', 'deluded',
    'delusional', 'senile', 'incompetent', 'inept', 'spineless', 'gutless', 'worthless', 'useless', 'hypocritical', 'racist',
    'sexist', 'tyrant', 'despot', 'warmonger', 'war criminal', 'propagandist', 'apologist', 'puppet', 'traitor', 'villain',
    'crook', 'thief', 'thieves', 'bandit', 'gangster', 'mobster', 'looter', 'thug', 'bully', 'brute', 'freak', 'creep', 'loser', 'liar', 'coward', 'hypocrite', 'fool', 'clown', 'troll', 'lunatic',
    'crank', 'deranged', 'unhinged', 'demented', 'weakling', 'wimp', 'snob', 'elitist', 'pedant',
  ],
  prepositionVerbs: ['like'],
  verbSubjects: [
    'i', 'you', 'u', 'we', 'they', 'ya', "y'all", 'yall', 'he', 'she',
    "i'd", "you'd", "we'd", "they'd", "he'd", "she'd", 'id', 'would', 'wouldnt', "wouldn't", 'do', 'does', 'did', "don't", "doesn't",
    "didn't", 'dont', 'doesnt', 'didnt', 'to', 'will', "i'll", "you'll", "we'll", 'might', 'may', 'should', 'could', 'must',
  ],
  ironyTags: ['not', 'sarcasm', 'sarcastic', 'irony', 'ironic', 'notreally', 'yeahright', 'sarcasme', 'ironie'],
};

/** Known acronyms are not shouting: they are capitals by convention. */
export const ACRONYMS: readonly string[] = [
  'ONU', 'OTAN', 'NATO', 'USA', 'US', 'UE', 'EU', 'EI', 'ISIS', 'ISIL', 'OSDH', 'FMI', 'IMF', 'AFP', 'ANI', 'TASS', 'CNN',
  'BBC', 'RFI', 'UK', 'URSS', 'USSR', 'CIA', 'FBI', 'KGB', 'FSB', 'OLP', 'PLO', 'HCR', 'UNHCR', 'UNRWA', 'OMS', 'WHO', 'ONG',
  'NGO', 'PIB', 'GDP', 'TV', 'PDG', 'CEO', 'SNCF', 'RATP', 'UNESCO', 'UNICEF', 'OPEP', 'OPEC', 'FSA', 'ASL', 'YPG', 'PKK',
  'PYD', 'FDS', 'SDF', 'AKP', 'CGT', 'PS', 'LR', 'FN', 'RN', 'LFI', 'UMP', 'MoDem', 'EELV', 'PCF', 'NPA', 'NPM', 'CPL', 'FL',
  'OK', 'KO', 'TVA', 'RIP', 'LOL', 'MDR', 'PTDR', 'JO', 'OM', 'PSG', 'BCE', 'ECB', 'G7', 'G8', 'G20', 'OCDE', 'OECD', 'OMC',
  'WTO', 'CPI', 'ICC', 'CIJ', 'ICJ', 'TSL', 'STL', 'FINUL', 'UNIFIL', 'HRW', 'MSF', 'CICR', 'ICRC', 'AIEA', 'IAEA', 'ADN',
  'DNA', 'SIDA', 'AIDS', 'VIH', 'HIV', 'COVID', 'NY', 'NYC', 'DC', 'AP', 'UPI', 'NBC', 'CBS', 'ABC', 'NPR', 'RT',
];
