/**
 * Threats and calls to violence: "je vais te…", "il faut les tuer",
 * "mort à…", "they should be shot". Patterns run over the folded keys of a
 * sentence joined by spaces, so accents, capitals and leetspeak are already
 * undone; a match is mapped back to the tokens it covers for evidence.
 */
import type { Evidence, InsultTarget } from '../../types.js';
import type { Analysis } from '../analyse.js';
import { combine, round } from '../math.js';
import { spanEvidence } from '../evidence.js';
import { COUNTER_SPEECH, REPORTED, entryAt, isAttributedToOthers, isOthersViewpoint, keyAt, sentenceHasCached } from '../scope.js';
import { tokenKey } from '../lexicon.js';
import { lookupWord, type Via, type WordHit } from '../lookup.js';
import { FALSE_FRIENDS } from '../lexicons/false-friends.js';

interface ThreatPattern<Word extends string> {
  rule: string;
  re: RegExp;
  weight: number;
  /**
   * Words the pattern cannot match without (NEEDED_WORDS), in groups: a
   * sentence is searched for it only if it holds a word of every group ("je
   * vais te tuer": a speaker and a violent verb). To be changed with `re`.
   */
  needs: readonly (readonly Word[])[];
  /** Verbs ordinary in war reporting ("éradiquer Daech") threaten only when aimed at a group of people… */
  needsGroup?: boolean;
  /** …named before them, as the subject of a passive ("les X devraient être enfermés"), rather than after. */
  groupBefore?: boolean;
  /** …as the very noun the verb's determiner ends on ("tuer ces X", not "tuer les préjugés contre les X"), or its pronoun ("les tuer"). */
  groupIsObject?: boolean;
  /** A passive wished on people, its subject a person, a people or a pronoun: not "que la sentence soit exécutée". */
  needsPersonSubject?: boolean;
  /** Not when the sentence condemns what it reports ("doivent être internés, c'est scandaleux"). */
  unlessCondemned?: boolean;
  /** Not after a condition in its sentence: "sans piston, t'es mort" says "you're done for", to no one in particular. */
  unlessAfterCondition?: boolean;
  /** Only with an insult right after it, which shows it is said to someone's face: "tu es mort, sale traître", not "tu es mort ?". */
  needsInsultAfter?: boolean;
  /** Only of a real person: not of a character when the comment talks of a film or a book, nor of a thing ("le cessez-le-feu"). */
  needsRealPerson?: boolean;
}

// Violent verbs: a stem and any of its conjugated endings (folded), so "tuer", "tuait",
// "exécutée" and "tueraient" all match without listing every form.
const FR_ENDINGS = '(?:er|e|es|ee|ees|ent|erai|eras|era|erons|erez|eront|ez|ais|ait|aient|ions|iez|ons|erais|erait|erions|eraient)';
const FR_KILL_STEMS = '(?:viol|tu|but|crev|egorg|extermin|massacr|fusill|gaz|brul|flingu|lynch|decapit|execut|saign|poignard|etrangl|atomis|tortur|assassin|liquid|eventr|lapid|immol|noy|tabass|defonc|nique|pend|abatt|crucifi|empal)';
// Smashing a face or a head, in any tense: "je te casse la gueule", "on va leur éclater la tête", "je te pète les dents".
// A head only burst or shattered: "casser la tête", "se prendre la tête" is pestering or worrying ("il nous casse la tête avec ses discours").
const FR_SMASH_VERB = `(?:cass|pet|eclat|explos|fracass)${FR_ENDINGS}`;
const FR_SMASH = `(?:${FR_SMASH_VERB} (?:la gueule|le crane|la figure|les dents)|(?:eclat|explos|fracass)${FR_ENDINGS} la tete)`;
// Cutting off a head or a throat, in any tense: "on va leur couper la tête", "qu'on leur coupe la gorge" (not "couper le courant").
const FR_BEHEAD = `coup${FR_ENDINGS} (?:la|les|leur|leurs|sa|ses|ta|tes|votre|vos) (?:tetes?|gorges?)`;
// Breaking a neck, in any tense and whoever's: "je vais vous briser la nuque", "je te brise le cou", "briser leurs nuques".
const FR_BREAK_NECK = `bris${FR_ENDINGS} (?:le|la|les|leur|leurs|son|sa|ses|ta|ton|tes|votre|vos) (?:cou|nuque|crane)s?`;
// Cutting a throat, in any tense: "trancher", "tranchait".
const FR_TRANCHER = 'tranch(?:er|e|es|ent|ait|aient|erait|eraient|ons|ez)';
const FR_KILL =
  '(?:' +
  FR_KILL_STEMS +
  FR_ENDINGS +
  '|en finir avec(?= (?:eux|elles|toi|vous|lui)\\b)|mettre fin a (?:la|leur|ta|sa|leurs) vies?|tirer (?:une balle )?sur|pendre|pendus?|pendue?s?|abattre|abattus?|abattues?|' + FR_SMASH + '|faire la peau|faire souffrir|tirer dessus|' + FR_TRANCHER + ' (?:la|leur|leurs|sa|ta) gorges?|' + FR_BREAK_NECK + '|' + FR_BEHEAD + ')';
const FR_KILL_WITH_OBJECT =
  '(?:trancher (?:la|leur|leurs|sa|ta|vos|votre) gorges?|' + FR_SMASH + '|faire la peau|' + FR_BREAK_NECK + '|' + FR_BEHEAD + ')';
const FR_PURGE = '(?:eradiqu|elimin|debarrass|nettoy|chass|expuls|vir|deport|extermin|tu|massacr|pend|brul|gaz)(?:er|ons|ez)';
const FR_DIE = '(?:mourir|crever|disparaitre|bruler|pourrir|etre ' + FR_KILL + ')';
// Hoping for someone's harm: the wish, what "catches" them, and the harm.
// Said by the speaker ("je souhaite", not "le régime souhaite"), of someone else (not "qu'on puisse mourir en paix").
const FR_WISH_VERB = "(?:j' ?espere|je souhaite|on espere|on souhaite|esperons|souhaitons|pourvu|vivement|j' ?aimerais(?: bien| tant)?|on aimerait(?: bien)?)";
const FR_WISH = `${FR_WISH_VERB} (?:que|qu' ?)(?! ?(?:je|j'|on|nous) )`;
// The words between the wish and the harm, none of them a negation ("qu'aucun civil ne va mourir").
const FR_WISH_SUBJECT = "(?:(?!ne |n' |personne |aucun |aucune |rien |jamais |moins )[^ .!?]+ ){0,3}?";
const FR_CATCH =
  '(?:attrape|attrapes|attrapent|attrapera|attraperas|attraperont|choppe|choppes|choppent|chope|chopes|chopent|choppera|chopera|chopperas|choperas|aura|auras|auront|ait|aies|aient|fasse|fasses|fassent|tombe|tombes|tombent|finisse|finisses|finissent|prenne|prennes|prennent)';
const FR_HARM =
  '(?:cancers?|covid|sida|mst|ist|tumeurs?|avc|crise cardiaque|infarctus|accidents?|malades?|paralysee?s?|handicapee?s?|maladie incurable|balle(?: perdue)?|overdose|rupture d\' ?anevrisme)';
const FR_WANT = `(?:${FR_WISH_VERB}|je veux|je voudrais|je voulais|on veut|on voudrait|on voulait|j' ?aurais (?:bien )?(?:voulu|aime))`;
/** Dying in the subjunctive, as a wish puts it: "qu'il crève", "que vous creviez". */
const FR_SUBJUNCTIVE_DIE = '(?:creve|crevent|creves|creviez|meure|meurent|meures|mouriez|brule|brulent|pourrisse|pourrissent|disparaissent)';
/** Dying in the future, as a hope puts it: "j'espère qu'il mourra". */
const FR_FUTURE_DIE = '(?:mourra|mourras|mourront|mourrez|crevera|creveras|creveront|creverez|pourrira|pourriront)';
/** Where a wish may open a clause of its own: "Qu'il crève !", "…, et qu'il crève", "bah qu'ils crèvent". */
const FR_CLAUSE_OPENS = "^|[.!?,;:] |\\b(?:et|alors|ben|bah|donc|bon|ouais|oui|ah) ";
/** A death wished as a mercy is no threat: "qu'il meure en paix". */
const NOT_PEACEFULLY = '(?! (?:dans la dignite|en paix|de vieillesse|paisiblement))';
/** "Qu'il crève ou pas, je m'en fiche": what the speaker does not care about is not wished. */
const NOT_IN_DOUBT = '(?! ou (?:pas|non)\\b)';
/**
 * Those a war kills, whose turn to die is mourned, not awaited: "au tour des enfants de mourir".
 * A people is not among them: "au tour des X de crever" is still wished on the X.
 */
const FR_VICTIMS =
  '(?:enfants?|bebes?|nourrissons?|gamins?|gosses?|civils?|innocente?s?|refugiee?s?|deplacee?s?|femmes?|meres?|victimes?|otages?|blessee?s?|malades?|habitants?|familles?|populations?|vieillards?|personnes agees|ecoliers?|eleves?|migrants?|exilee?s?|assiegee?s?|affamee?s?|pauvres)';
/** How or where a war kills, which makes a turn to die a lament: "de mourir de faim", "sous les bombes", "à petit feu", "dans les camps". */
const FR_HOW_A_WAR_KILLS =
  "(?:de (?:froid|faim|soif|maladie|misere|chagrin|peur|epuisement|fatigue)|a petit feu|sous (?:les|des|la|le) |dans (?:les|des|le|la|l' ?|leurs?|nos|ces) (?:camps?|mer|rues?|geoles?|prisons?|hopitaux|hopital|ruines?|decombres|caves?|abris|tentes?|indifference|neige)|en (?:mer|masse|silence|exil|martyrs?)|noyee?s?|par (?:milliers|centaines|dizaines))";
/**
 * What makes harm named in a sentence the speaker's call rather than news: a duty, a desert, a wish, an intent, or the harm
 * put in the future or the subjunctive ("quelqu'un lui mettra une balle…", "qu'on lui loge une balle…"); news tells it in the past.
 */
const FR_CALLED_FOR =
  "(?:merite|meritent|merites|meriterait|meriteraient|faut|faudrait|faudra|devrait|devraient|doit|doivent|souhaite|espere|pourvu|vivement|(?:je|j'|on|nous) (?:vais|va|allons|veux|voudrais)|(?:mettr|loger|coller|planter|tirer)(?:ai|a|as|ons|ez|ont|ais|ait|aient)|mette|mettent|loge|logent|colle|collent)";
const FR_WANT_THAT = `${FR_WANT} (?:que|qu' ?)(?! ?(?:je|j'|on|nous) )`;
const FR_BLOODSHED =
  "(?:guerre (?:civile|mondiale|raciale|sainte|nucleaire)|attentats?|massacres?|genocides?|bain de sang|carnage|holocauste|(?:frappe|frappes|bombe|bombes|reponse|riposte|guerre) (?:atomiques?|nucleaires?)|epuration ethnique|nuit des longs couteaux|pogroms?)";
const EN_BLOODSHED = '(?:civil war|world war|race war|holy war|nuclear war|nuclear strike|genocide|massacre|bloodbath|holocaust|ethnic cleansing|terrorist attack|pogrom)';
const FR_OBJ = "(?:te|t'|vous|les|le|la|l'|lui|leur|tous les|toutes les|tous|toutes)";
// Adverbs a speaker slips between "je vais" and the verb: "je vais vraiment juste te tuer".
const FR_ADV = '(?: (?:vraiment|juste|bien|tellement|simplement|personnellement|enfin|carrement|franchement|serieusement|bientot|surement|certainement|volontiers|un jour|tous|toutes))*';
const EN_KILL =
  '(?:kill|killed|shoot|shot|stab|stabbed|hang|hanged|hung|murder|murdered|burn|burned|burnt|behead|beheaded|butcher|butchered|slaughter|slaughtered|exterminate|exterminated|execute|executed|gas|gassed|lynch|lynched|beat|strangle|strangled|wipe out|wiped out|nuke|nuked|bomb|eliminate|eliminated|destroy|put down)';
const EN_OBJ = '(?:you|u|ya|them|him|her|all|every|each|those|these|the|you all|y\'all)';

/**
 * Words some pattern below cannot match without, each tested on one key of
 * a sentence on its own (see `needs`). A key stands between spaces in the
 * text the patterns read, so \b at its ends means what it means there; a
 * word that a pattern lets run into the word before it ("lestuer") is
 * tested for that too. Each test may match more than its patterns need,
 * never less: a sentence without a pattern's words is not searched for it.
 */
const NEEDED_WORDS = {
  fr: {
    speaker: /\b(?:je|j'|on|nous)(?!\w)/,
    // FR_KILL (and "ta peau"), by the one word each of its forms needs, after an object it may be glued to ("te", "les").
    violentVerb: new RegExp(
      `\\b(?:te|vous|les|le|la|lui|leur|tous|toutes)?(?:${FR_KILL_STEMS}${FR_ENDINGS}|pendre|pendus?|pendue?s?|abattre|abattus?|abattues?|mettre|tirer|${FR_SMASH_VERB}|${FR_TRANCHER}|bris${FR_ENDINGS}|coup${FR_ENDINGS})\\b|\\b(?:finir|peaux?|souffrir)\\b`,
    ),
    toDie: new RegExp(`\\b(?:mourir|crever|disparaitre|bruler|pourrir|souffrir|agoniser|${FR_FUTURE_DIE})\\b`),
    dies: new RegExp(`\\b${FR_SUBJUNCTIVE_DIE}\\b`),
    // After any character at all: "(?:^|[^a-z' ] ?|…)creve" lets a digit come first.
    dieCommand: /(?:creve|crevez|crever|mourir)\b/,
    crush: /\becraser\b/,
    // Or what it starts: "retrouverai", "trouverons".
    hunt: /\b(?:(?:re)?trouver|chercher|regler|payer)/,
    must: /\b(?:devrait|devraient|devrions|devriez|doit|doivent|faut|faudrait|faudra|fallait|merite|merites|meritent|meriteraient)\b/,
    purge: new RegExp(`\\b${FR_PURGE}\\b`),
    confinement: /\b(?:enfermee?s?|parquee?s?|deportee?s?|sterilisee?s?|castree?s?|internee?s?|emprisonnee?s?|cage|gazee?s?)\b/,
    que: /\bqu(?:e\b|')/,
    better: /\b(?:mieux|bien|bon|preferable)\b/,
    voir: /\bvoir\b/,
    mort: /\bmort\b/,
    dead: /\bmorte?s?\b/,
    turn: /\btour\b/,
    when: /\bquand\b/,
    dieNow: /\b(?:meurt|meurent)\b/,
    crash: /\b(?:ecrase|explose|saute|coule)\b/,
    want: /\b(?:espere|souhaite|esperons|souhaitons|pourvu|vivement|veux|voudrais|veut|voudrait|voulais|voulait|voulu|aimerais|aimerait|aime)\b/,
    // FR_HARM and FR_BLOODSHED by the one word each of their forms needs.
    harm: /\b(?:cancers?|covid|sida|mst|ist|tumeurs?|avc|cardiaque|infarctus|accidents?|malades?|paralysee?s?|handicapee?s?|incurable|balle|overdose|anevrisme)\b/,
    bloodshed: /\b(?:civile|mondiale|raciale|sainte|nucleaires?|atomiques?|attentats?|massacres?|genocides?|sang|carnage|holocauste|epuration|couteaux|pogroms?)\b/,
    selfHarm: /\b(?:suicider|suicide|suicidez|pends|foutre|jeter)\b/,
    menace: /\b(?:habites|habitez|vis|dors|tiens|tenez|regretter|morfler|attendre|gare|payer|douleur|arriver)\b/,
    map: /\bcarte\b/,
  },
  en: {
    // EN_KILL, by the first word of each of its forms.
    killVerb: new RegExp(
      '\\b(?:kill|killed|shoot|shot|stab|stabbed|hang|hanged|hung|murder|murdered|burn|burned|burnt|behead|beheaded|butcher|butchered|slaughter|slaughtered|exterminate|exterminated|execute|executed|gas|gassed|lynch|lynched|beat|strangle|strangled|wipe|wiped|nuke|nuked|bomb|eliminate|eliminated|destroy|put)\\b',
    ),
    die: /\b(?:die|dies|rot|rots|burns)\b/,
    go: /\bgo\b/,
    // "kys": kill yourself.
    yourself: /\b(?:yourself|kys)\b/,
    death: /\bdeath\b/,
    must: /\b(?:should|must|need|needs|ought|deserve|deserves|have)\b/,
    want: /\b(?:hope|want|need|wish|pray)\b/,
    // EN_BLOODSHED by the first word of each of its forms.
    bloodshed: /\b(?:civil|world|race|holy|nuclear|genocide|massacre|bloodbath|holocaust|ethnic|terrorist|pogrom)\b/,
    live: /\blive\b/,
    dead: /\bdead\b/,
    smash: /\b(?:break|snap|smash|bash|punch|kick)\b/,
    bullet: /\bbullets?\b/,
    menace: /\b(?:watch|value|regret|pay)\b/,
    map: /\bmap\b/,
  },
};

const PATTERNS: { fr: ThreatPattern<keyof typeof NEEDED_WORDS.fr>[]; en: ThreatPattern<keyof typeof NEEDED_WORDS.en>[] } = {
  fr: [
    // "Je vais les tuer"; without a verb of intent, only the reader is threatened ("je te tue"): "on les tue" describes.
    { rule: 'threat.direct', weight: 0.9, needs: [['speaker'], ['violentVerb']], re: new RegExp(`\\b(?:je|j'|on|nous)(?: (?:vais|va|allons|vas|veux|voudrais|devrais|pourrais|vais aller)${FR_ADV} ${FR_OBJ}|${FR_ADV} (?:te|t'|vous)) ?${FR_KILL}\\b`) },
    { rule: 'threat.direct', weight: 0.85, needs: [['speaker'], ['hunt']], re: new RegExp(`\\b(?:je|j'|on|nous) (?:vais|va|allons) (?:te|vous) (?:retrouver|chercher|trouver|regler ton compte|faire payer)\\b`) },
    { rule: 'threat.direct', weight: 0.85, needs: [['speaker'], ['hunt']], re: /\b(?:je|j'|on|nous) (?:te|vous) (?:retrouverai|retrouvera|retrouverons|trouverai|trouvera|trouverons|ferai payer|fera payer|ferons payer)(?= ?[.!?,;]|$| et | sale )/ },
    { rule: 'threat.direct', weight: 0.85, needs: [['violentVerb']], re: /\b(?:j' ?aurai|je veux|on aura|on veut|on va avoir|nous aurons|nous voulons|nous allons avoir) (?:ta|votre|vos|leur|leurs) (?:sale )?peaux?\b/ },
    // Bodily harm the speaker promises a third person: "si je le croise, je lui casse la gueule". No adverb between "je" and "lui":
    // French puts it after the verb ("je lui casse vraiment…"), and "je vais vraiment lui casser…" is the rule with an object below.
    { rule: 'threat.direct', weight: 0.85, needs: [['speaker'], ['violentVerb']], re: new RegExp(`\\b(?:je|j') (?:lui|leur) ${FR_SMASH}\\b`) },
    // Verbs that carry their own object: "je vais trancher leurs gorges", "on va leur faire la peau".
    { rule: 'threat.direct', weight: 0.9, needs: [['speaker'], ['violentVerb']], re: new RegExp(`\\b(?:je|j'|on|nous) (?:vais|va|allons|veux|voudrais)${FR_ADV} (?:${FR_OBJ} )?${FR_KILL_WITH_OBJECT}\\b`) },
    // The object after the verb: "je vais poignarder ce X", "nous allons torturer ces X".
    { rule: 'threat.direct', weight: 0.9, needs: [['speaker'], ['violentVerb']], re: new RegExp(`(?:\\b(?:je|j'|on|nous) (?:vais|va|allons|vas|veux|voulons|voudrais|compte|pense serieusement a|continuerai a|continuera a|vais aller)|\\b(?:faut|falloir|faudra|faudrait) (?:que |qu' ?)(?:je|j' ?|nous|on))${FR_ADV} ${FR_KILL} (?:de |d' )?(?:ce|cet|cette|ces|les|le|la|l'|un|une|des|tous|toutes|chaque|ton|ta|tes|vos|votre|leur|leurs|toi|vous)\\b`) },
    { rule: 'threat.conditional', weight: 0.75, needs: [['speaker'], ['violentVerb']], re: new RegExp(`\\b(?:si|et si) (?:tout simplement |simplement |juste |un jour )?(?:on|nous|je|j') (?:${FR_OBJ} )?${FR_KILL}\\b`) },
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['must'], ['violentVerb']], re: new RegExp(`\\b(?:devrait|devraient|devrions|devriez|doit|doivent|faudrait|faut|faudra|quelqu'un devrait) (?:juste |simplement |tous |toutes |les |leur |tout simplement )*(?:etre )?${FR_KILL}\\b`) },
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['que'], ['violentVerb']], re: new RegExp(`(?<!\\b(?:peur|crains|craint|craignent|crainte|risque|eviter|empecher|avant|sans) )\\bqu' ?on (?:les|le|la|l'|vous|te|leur|lui) ?${FR_KILL}\\b`) },
    // "Éradiquons ces X", "il faut virer les X": a purge called for, aimed at a group of people.
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['purge']], re: new RegExp(`(?:^|[.!?;:] |\\b(?:faut|faudrait|doit|devrait|devrions|veux|voulons|allons|va|on va|qu' ?on|pourquoi ne pas) (?:les |tous les |toutes les |se |nous )?)${FR_PURGE}\\b`), needsGroup: true },
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['must'], ['violentVerb']], re: new RegExp(`\\b(?:il )?(?:faut|faudrait|faudra|fallait|doit|devrait|on devrait|on doit) ${FR_OBJ} ?${FR_KILL}\\b`) },
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['must'], ['violentVerb']], re: new RegExp(`\\b(?:faut|faudrait|on devrait|il faut) ${FR_KILL} (?:${FR_OBJ}|ces|les)\\b`) },
    // "Ils méritent tous de crever"; "aucun civil ne mérite de mourir" says the opposite.
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['must'], ['toDie', 'violentVerb']], re: new RegExp(`(?<!\\bne )\\b(?:doivent|devraient|meritent|meriteraient|merite|merites) (?:tous |toutes )?(?:de |d' )?(?:tous |toutes )?${FR_DIE}\\b`) },
    // Wishing to watch it happen: "j'adorerais voir ces X souffrir", "si seulement quelqu'un pouvait les étrangler".
    { rule: 'threat.death_wish', weight: 0.8, needs: [['voir'], ['toDie', 'violentVerb']], re: new RegExp(`\\b(?:aimerais|adorerais|voudrais|veux|voulons|aimerions|adorerions|reve de|revons de|hate de|espere) (?:trop |tellement |vraiment |bien )?(?:les |la |le |l' )?voir (?:[^ ]+ ){0,3}?(?:souffrir|mourir|crever|bruler|pourrir|agoniser|pendre|abattre|${FR_KILL_STEMS}er)\\b`) },
    { rule: 'threat.death_wish', weight: 0.8, needs: [['violentVerb']], re: new RegExp(`\\bsi seulement (?:quelqu'un|on|je|nous) (?:pouvait|pourrait|pouvais|pourrais|pouvions|pourrions) (?:${FR_OBJ} ?)?${FR_KILL}\\b`) },
    // Violence declared harmless: "violer un X ne devrait pas être illégal", "tuer des X devrait être permis".
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['violentVerb']], re: new RegExp(`\\b${FR_KILL}(?: (?:un|une|les|des|ces|ce|cette|l') ?[^ ]+(?: [^ ]+){0,2}?)? (?:ne (?:devrait|devraient|doit|doivent) pas etre (?:illegale?|punie?|interdite?|un crime)|(?:devrait|devraient|doit|doivent) etre (?:legale?|autorisee?|permise?|depenalisee?|un droit))\\b`) },
    // Confinement called for: "les X devraient être enfermés", "méritent d'être parqués" (expulsion, a political debate here, is left to the moderator).
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['must'], ['confinement']], needsGroup: true, groupBefore: true, unlessCondemned: true, re: /\b(?:devrai(?:en)?t|doi(?:ven)?t|faudrait|faut|merite(?:nt|raient)?(?: d')?) (?:tous |toutes |tout simplement |juste )?(?:etre |d' ?etre )?(?:enfermee?s?|parquee?s?|deportee?s?|sterilisee?s?|castree?s?|internee?s?|emprisonnee?s?|mise?s? en cage|gazee?s?)\b/ },
    { rule: 'threat.death_wish', weight: 0.85, needs: [['mort']], re: /(?:^|[.!?,;:«"“] ?|\b(?:et|crions|criez|criaient|scandaient|disons) )mort (?:a|aux) (?!rire|(?:la |les )?mains? )[a-z]/ },
    // "Qu'il crève !", "j'espère que tu crèves", "il faut qu'ils meurent": the subjunctive wished or called for, standing alone or
    // after a wish or "il faut" — not feared, doubted or denied ("je crains qu'ils meurent de faim", "il ne faut pas qu'il meure").
    { rule: 'threat.death_wish', weight: 0.8, needs: [['que'], ['dies']], re: new RegExp(`(?:${FR_CLAUSE_OPENS}|\\b${FR_WANT} (?:bien |juste |vraiment |tellement )?|\\b(?:il )?(?:faut|faudrait) (?:juste |bien |vraiment )?)(?:que |qu' ?)(?:il|ils|elle|elles|tu|vous|on les) ${FR_SUBJUNCTIVE_DIE}\\b${NOT_IN_DOUBT}`) },
    // The same with a person named: "Qu'Assad crève !", "j'espère que ce chien de Nasrallah mourra" (not "que la corruption disparaisse").
    { rule: 'threat.death_wish', weight: 0.8, needs: [['que'], ['dies', 'toDie']], needsPersonSubject: true, re: new RegExp(`(?:${FR_CLAUSE_OPENS})(?:que |qu' ?)${FR_WISH_SUBJECT}${FR_SUBJUNCTIVE_DIE}\\b${NOT_IN_DOUBT}`) },
    { rule: 'threat.death_wish', weight: 0.8, needs: [['want'], ['dies', 'toDie']], needsPersonSubject: true, re: new RegExp(`\\b${FR_WISH} ?${FR_WISH_SUBJECT}(?:${FR_SUBJUNCTIVE_DIE}|${FR_FUTURE_DIE})\\b${NOT_PEACEFULLY}${NOT_IN_DOUBT}`) },
    // Death wished to someone's face: "je te souhaite de crever", "je leur souhaite un cancer".
    { rule: 'threat.death_wish', weight: 0.8, needs: [['speaker'], ['want'], ['toDie', 'harm']], re: new RegExp(`\\b(?:je|j'|on) (?:te|vous|lui|leur) souhaite (?:juste |vraiment |sincerement )?(?:(?:de |d' ?)(?:mourir|crever|pourrir|bruler|souffrir|agoniser)\\b${NOT_PEACEFULLY}|(?:un |une |le |la |l' ?|des |du )?(?:bon |bonne |gros |grosse |long |longue )?${FR_HARM}\\b)`) },
    // Killing ordered: "Tuez-les tous !", "Massacrez-les".
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['violentVerb']], re: new RegExp(`(?:^|[.!?,;:] |\\b(?:et|alors|allez|donc|bon) )${FR_KILL_STEMS}ez (?:les|le|la|l'|leur|lui)(?: tous| toutes)?(?= ?[.!?,;]|$| tous| toutes| jusqu| un par un)`) },
    { rule: 'threat.death_wish', weight: 0.75, needs: [['dieCommand']], re: /(?:^|[^a-z' ] ?|\b(?:toi|vous|va|allez|sale) )(?:creve|crevez|va crever|allez crever|va mourir|allez mourir)\b/ },
    // Wished on someone: "j'espère que tu vas crever", "pourvu qu'il attrape le cancer" (negated wishes, "qu'il n'attrape pas", do not match).
    { rule: 'threat.death_wish', weight: 0.8, needs: [['want'], ['toDie', 'violentVerb', 'crush']], re: new RegExp(`\\b${FR_WISH} ?${FR_WISH_SUBJECT}(?:va|vas|vont|allez|puisse|puisses|puissent|pourra|pourras|finira|finiras|finisse|finisses|finissent)(?: par)?(?: tous| toutes| bien| vite| enfin)? (?:crever|mourir|se faire (?:tuer|buter|violer|egorger|ecraser)|te faire (?:tuer|buter|violer|egorger|ecraser)|vous faire (?:tuer|buter|violer|egorger|ecraser))\\b${NOT_PEACEFULLY}`) },
    // Wished in the passive: "je souhaite que tous ces X soient abattus", "je veux que ces X soient tués".
    // Not asked ("… soient massacrés ?") nor said to be someone's wish ("ils disent qu'on veut que…").
    { rule: 'threat.death_wish', weight: 0.8, needs: [['want'], ['violentVerb']], needsPersonSubject: true, re: new RegExp(`(?<!\\bqu' ?)\\b${FR_WANT_THAT} ?${FR_WISH_SUBJECT}(?:soient|soit|soyez|sois|se fassent|se fasse) (?:tous |toutes )?${FR_KILL}\\b(?![^.!]*\\?)`) },
    // "Il faut en finir avec ces X": a people, not "la corruption" nor "les violences contre les X".
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['violentVerb']], needsGroup: true, groupIsObject: true, re: /\b(?:faut|faudrait|doit|devrait|devrions|veux|voulons|allons|va|vais) en finir (?:une fois pour toutes )?avec (?:tous |toutes )?(?:ces|les)\b/ },
    // Killing a people said to be the better course: "ce serait mieux de noyer ces X", "il vaudrait mieux tuer ces X"
    // (not "noyer le poisson", "brûler les étapes").
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['better'], ['violentVerb']], needsGroup: true, groupIsObject: true, re: new RegExp(`\\b(?:(?:ce serait|ce sera|il serait|il vaudrait|ca serait) (?:mieux|bien|bon|preferable) de|(?:il )?(?:vaut|vaudrait|faut|faudrait) mieux|mieux vaut|mieux vaudrait) (?:(?:les |l' ?)${FR_KILL}|${FR_KILL} (?:ces|les|tous|toutes))\\b`) },
    { rule: 'threat.death_wish', weight: 0.75, needs: [['want'], ['harm']], re: new RegExp(`\\b${FR_WISH} ?${FR_WISH_SUBJECT}${FR_CATCH} (?:un |une |le |la |l' ?|des |du )?${FR_HARM}\\b(?! (?:de match|de break|de set|au serieux|sous controle|en charge|de parcours|en moins))`) },
    // Bloodshed wished for by the speaker: "vivement la guerre civile", "j'espère une frappe atomique sur…" — standing alone or
    // aimed at a place, not asked about, supposed, or named for something else ("le génocide arménien reconnu").
    { rule: 'threat.wished_violence', weight: 0.7, needs: [['want'], ['bloodshed']], re: new RegExp(`(?<!\\b(?:si|est ce qu' ?)\\b[^.!?]*)\\b${FR_WANT} (?:un|une|la|le|l' ?|des|du|d' ?autres) (?:(?:vraie?|bonne|bon|gros|grosse|nouvelle|nouveau|petite?|belle|beau|autre) )?${FR_BLOODSHED}(?= ?[.!,;]|$| (?:contre|sur|en|au|aux|dans|a) )(?![^.!]*\\?)`) },
    // Telling someone to kill themselves: "tu devrais te suicider", "pends-toi".
    { rule: 'threat.self_harm', weight: 0.8, needs: [['selfHarm', 'violentVerb']], re: /(?:\b(?:tu devrais|vous devriez|tu ferais mieux de|vous feriez mieux de|faudrait que tu|il faut que tu|t' ?as qu' ?a|tu n' ?as qu' ?a|n' ?as qu' ?a)|(?:^|[.!?,;:] )(?:va|allez)) (?:te |vous |t' ?)(?:suicider|tuer|pendre|flinguer|foutre en l' ?air|jeter (?:d' ?un|du haut|sous|par la))\b/ },
    { rule: 'threat.self_harm', weight: 0.8, needs: [['selfHarm', 'violentVerb']], re: /\b(?:suicide|suicidez|tue|tuez|pends|pendez|flingue|flinguez)(?: ?- ?| )(?:toi|vous)(?: donc| tous)?(?: [.!?,]|$)/ },
    { rule: 'threat.direct', weight: 0.7, needs: [['menace']], re: /\b(?:je sais|on sait) ou (?:tu habites|vous habitez|tu vis|tu dors)\b/ },
    // A country or a city to be wiped off the map, called for or ordered: "il faut rayer Israël de la carte", "rasez-la de la carte".
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['map']], re: new RegExp(`(?:${FR_CLAUSE_OPENS}|\\b(?:il )?(?:faut|faudrait|faudra) |\\b(?:je|on|nous) (?:veux|voudrais|veut|voudrait|voulons|doit|devrait|devons|devrions|va|vais|allons) )(?:rayer|rayez|rayons|effacer|effacez|effacons|raser|rasez|rasons)(?: ?- ?(?:les|la|le))? (?:[^ .!?]+ ){0,3}?de la carte\\b`) },
    // Intimidation: no violence named, the menace is the point.
    { rule: 'threat.intimidation', weight: 0.6, needs: [['menace']], re: /\bsi (?:tu|vous) (?:tiens|tenez) a (?:ta|votre) (?:vie|peau)\b(?!,? (?:arrete|arretez|mets|mettez|ralentis|ralentissez|bois|buvez))/ },
    { rule: 'threat.intimidation', weight: 0.6, needs: [['menace']], re: /(?<!\b(?:si|combien|quand|comment|quel|quelle|pourquoi)\b[^.!?]*)\b(?:tu vas|tu va|vous allez) (?:le |la )?(?:regretter|morfler)(?= ?[.!,;]|$)/ },
    { rule: 'threat.intimidation', weight: 0.6, needs: [['menace']], re: /\b(?:tu ne perds|tu perds|vous ne perdez|vous perdez) rien pour attendre\b|\bgare a (?:tes fesses|ta gueule)\b/ },
    // Retribution promised to the reader's face: "tu vas me le payer", "tu vas comprendre ta douleur", "tu vas voir ce qui va
    // t'arriver" — not a cost announced ("vous allez payer plus cher l'essence") nor asked about.
    { rule: 'threat.intimidation', weight: 0.6, needs: [['menace']], re: /(?<!\b(?:si|combien|quand|comment|quel|quelle|pourquoi)\b[^.!?]*)\b(?:tu vas|tu va|vous allez) (?:(?:me |nous )?le payer(?: cher| tres cher)?(?= ?[.!,;]|$)|(?:comprendre|connaitre|sentir) (?:ta|votre) douleur\b|voir ce qui (?:va|vas) (?:t' ?|vous )arriver\b)/ },
    // A bullet in the head deserved, called for or promised: "une balle dans la tête, voilà ce qu'il mérite", "il faudrait lui
    // mettre une balle dans la tête" — not a death told ("tué d'une balle dans la tête", "il a reçu une balle dans la tête"),
    // nor one denied to be deserved ("il ne mérite pas une balle dans la tête, il mérite un procès").
    { rule: 'threat.direct', weight: 0.7, needs: [['harm']], re: new RegExp(`(?<!\\bd' ?)\\bune balle dans (?:la|ta|sa|leur) tete\\b(?:(?<=(?<!\\b(?:ne|n') )\\b${FR_CALLED_FOR}\\b[^.!?]*)|(?=[^.!?]*\\bce qu' ?(?:il|elle|ils|elles|tu|vous) (?:merite|meritent|merites|meritez|meriterait|meriteraient)\\b))`) },
    // Death awaited: "c'est au tour du Hamas de crever", "il meurt quand, ce vieux ?" (not "il meurt quand il a soif."). The turn of
    // victims to die, or to die of what a war does to them, is a lament: "au tour des enfants de mourir", "… de mourir de faim".
    { rule: 'threat.death_wish', weight: 0.75, needs: [['turn'], ['toDie']], re: new RegExp(`\\bau tour (?:de |d' ?|du |des )(?!(?:[^ .!?]+ )?${FR_VICTIMS}\\b)(?:[^ .!?]+ ){1,4}?(?:de |d' ?)(?:crever|mourir)\\b(?! ${FR_HOW_A_WAR_KILLS})`) },
    { rule: 'threat.death_wish', weight: 0.75, needs: [['when'], ['dies', 'dieNow']], needsRealPerson: true, re: /\b(?:il|elle|ils|elles) (?:meurt|meurent|creve|crevent) quand(?: [^ .!?]+){0,5} ?\?/ },
    // An accident wished on someone: "que l'avion de Poutine s'écrase", "j'espère que son cortège saute".
    { rule: 'threat.death_wish', weight: 0.75, needs: [['que'], ['crash']], re: new RegExp(`(?:${FR_CLAUSE_OPENS}|\\b${FR_WANT} (?:bien |juste |vraiment )?)(?:que |qu' ?)(?:l' ?|le |la |son |sa |leur )(?:avion|helicoptere|voiture|cortege|convoi|jet|bateau) ${FR_WISH_SUBJECT}(?:s' ?ecrase|explose|saute|coule)\\b${NOT_IN_DOUBT}`) },
    // The reader declared as good as dead: "t'es un homme mort", "vous êtes des hommes morts" (not "tu es mort de rire").
    { rule: 'threat.direct', weight: 0.8, needs: [['dead']], re: /\b(?:t' ?es|tu es|vous etes)(?: (?:deja|bientot|tous))? (?:un homme mort|une femme morte|des hommes morts|des femmes mortes)(?= ?[.!,;]|$)/ },
    // "T'es mort !" alone threatens; after a condition it is "you're done for" ("sans piston, t'es mort").
    { rule: 'threat.direct', weight: 0.8, needs: [['dead']], unlessAfterCondition: true, re: /\bt' ?es (?:deja )?morte?(?= ?[.!,;]|$)/ },
    { rule: 'threat.direct', weight: 0.8, needs: [['dead']], needsInsultAfter: true, re: /\b(?:t' ?es|tu es|vous etes)(?: deja)? morte?s?(?= ?,)/ },
  ],
  en: [
    { rule: 'threat.direct', weight: 0.9, needs: [['killVerb']], re: new RegExp(`\\b(?:i|we|i'll|we'll|i'm|im|we're)(?: (?:will|shall|am going to|are going to|going to|gonna|wanna|want to|would))? ${EN_KILL} ${EN_OBJ}\\b`) },
    // Not denied: "nobody deserves to die", "no child should be killed", "he did not deserve to die".
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['must'], ['die', 'killVerb']], re: new RegExp(`(?<!(?:\\bno|\\bnobody|\\bnot|\\bnever|\\bnone|n't)\\b[^.!?,]{0,25})\\b(?:should|must|need to|needs to|ought to|deserve to|deserves to|have to) (?:all )?(?:be )?(?:die|${EN_KILL})\\b`) },
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['killVerb']], re: new RegExp(`(?:^|[.!?] |\\blets |\\blet's |\\bjust )${EN_KILL} (?:all|every|the|those|these|them)\\b`) },
    { rule: 'threat.death_wish', weight: 0.85, needs: [['death']], re: /\bdeath to [a-z]/ },
    { rule: 'threat.death_wish', weight: 0.75, needs: [['go', 'yourself', 'want'], ['die', 'yourself', 'killVerb']], re: /\b(?:go die|kill yourself|kys|hope (?:you|they|he|she) (?:die|dies|rot|burn))\b/ },
    // "I hope Assad dies", "hope that bastard rots in hell" — not "I hope nobody else dies", "hope my dog doesn't die".
    { rule: 'threat.death_wish', weight: 0.75, needs: [['want'], ['die', 'killVerb']], needsPersonSubject: true, re: /\b(?:i|we) (?:really |just )?hope (?:that )?(?:(?!no |nobody |none |not |never |fewer |less |more |[a-z]*n't |(?:dont|doesnt|didnt|wont|cant|isnt|arent|wasnt|werent|wouldnt|shouldnt|couldnt) )[a-z']+ ){1,3}?(?:die|dies|rot|rots|burn|burns|gets? killed|(?:is|are) killed)\b(?! (?:peacefully|in peace|of old age))/ },
    { rule: 'threat.direct', weight: 0.7, needs: [['live']], re: /\b(?:i|we) know where you live\b/ },
    // Bodily harm promised: "I'll break your neck", "I'm gonna punch you in the face".
    { rule: 'threat.direct', weight: 0.85, needs: [['smash']], re: /\b(?:i|we|i'll|we'll|i'm|im|we're|imma)(?: (?:will|shall|am going to|are going to|going to|gonna|wanna|want to|would))? (?:break|snap|smash|bash|punch|kick) (?:(?:your|ur|his|her|their) (?:necks?|faces?|skulls?|heads?|teeth|jaws?|legs?)|(?:you|u|him|her|them) in the (?:face|head|teeth|mouth))\b/ },
    // "Someone should put a bullet in his head", "he deserves a bullet in the head": called for, deserved or promised, not
    // told ("the soldiers put a bullet in his head").
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['bullet']], re: /\b(?:(?:should|must|ought to|needs? to|has to|have to|gotta|will|would|could|gonna|wanna|want to|going to|love to|like to|i'll|we'll|they'll|let's|lets|i'd|we'd) (?:just |gladly |personally )?(?:put|pump|stick) (?:a|one|some)|(?:deserves?|deserved|needs?|earned) (?:a|one)) bullets? (?:in|into|through) (?:[a-z']+ ){1,2}?(?:head|skull|brain|face)s?\b/ },
    { rule: 'threat.direct', weight: 0.8, needs: [['dead']], re: /\b(?:you're|youre|you are|ur|you all are|y'all are)(?: already| so)? (?:a )?dead (?:man|men|meat)\b/ },
    { rule: 'threat.call_to_violence', weight: 0.8, needs: [['map']], re: /(?:^|[.!?,;:] |\b(?:should|must|need to|needs to|ought to|have to|let's|lets|i want to|we want to|gonna|going to|will|i'd|we'd) )(?:wipe|nuke|bomb|erase) (?:[^ .!?]+ ){1,3}?off the map\b/ },
    { rule: 'threat.wished_violence', weight: 0.7, needs: [['want'], ['bloodshed']], re: new RegExp(`(?<!\\b(?:if|do|does|why|would)\\b[^.!?]*)\\b(?:i|we) (?:really )?(?:hope for|want|need|wish for|pray for) (?:a|an|another|the|some) (?:good |real |proper |big )?${EN_BLOODSHED}(?= ?[.!,;]|$| (?:against|on) )(?![^.!]*\\?)`) },
    { rule: 'threat.intimidation', weight: 0.6, needs: [['menace']], re: /(?<!\bif\b[^.!?]*)\b(?:watch your back|if you value your life|you(?:'ll| will) regret (?:it|this|that)|(?:you'll|you will|you're going to|youre going to|you're gonna|youre gonna) pay(?: for (?:it|this|that))?)(?= ?[.!,;]|$)/ },
  ],
};

/** How many matches of one pattern a sentence is searched for: the first, and those after a quoted one. */
const MAX_MATCHES_PER_PATTERN = 3;

/**
 * Words without which no pattern above can match: a sentence holding none of
 * them is skipped, and one holding some is searched only for the patterns
 * whose NEEDED_WORDS it holds, so most comments never pay for the patterns.
 */
const CUES: Record<'fr' | 'en', RegExp> = {
  fr: /^(?:esper|souhait|pourvu|vivement|aimerai|veu|voudr|suicid|jet|fout|peau|vie|regrett|morfl|attendr|gare|sai|viol|fin|tu|but|crev|egorg|extermin|massacr|fusill|gaz|brul|flingu|lynch|decapit|execut|saign|poignard|etrangl|atomis|tortur|assassin|liquid|eventr|lapid|immol|noy|tabass|defonc|niqu|pend|abatt|crucifi|empal|mort|eradiqu|elimin|debarrass|nettoy|chass|expuls|vir|deport|retrouv|cherch|trouv|regl|fair|souffr|tir|tranch|bris|balle|sais|mour|meur|disparai|pourri|cass|pet|fracass|eclat|explos|ecras|saut|coul|tour|enferm|parqu|sterilis|castr|intern|emprisonn|cage|agonis|pay|doul|arriv|coup|cart)/,
  en: /^(?:want|need|wish|pray|watch|valu|regret|kill|shoot|shot|stab|hang|hung|murder|burn|behead|butcher|slaughter|extermin|execut|gas|lynch|beat|strangl|wipe|nuke|bomb|elimin|destroy|put|death|die|kys|know|hope|break|snap|smash|bash|punch|kick|dead|bullet|pay|map)/,
};

interface Needs {
  /** Each needed word's test, and its bit. */
  words: { test: RegExp; bit: number }[];
  /** Per pattern, per group of its `needs`: the bits of the group's words. */
  byPattern: number[][];
}

function needsOf<Word extends string>(words: Record<Word, RegExp>, patterns: readonly ThreatPattern<Word>[]): Needs {
  const names = Object.keys(words) as Word[];
  if (names.length > 31) throw new Error('more needed words than bits in a sentence\'s mask');
  const bit = (w: Word) => 1 << names.indexOf(w);
  return {
    words: names.map((w) => ({ test: words[w], bit: bit(w) })),
    byPattern: patterns.map((p) => p.needs.map((group) => group.reduce((bits, w) => bits | bit(w), 0))),
  };
}

const NEEDS: Record<'fr' | 'en', Needs> = { fr: needsOf(NEEDED_WORDS.fr, PATTERNS.fr), en: needsOf(NEEDED_WORDS.en, PATTERNS.en) };

function neededWordsIn(key: string, needs: Needs): number {
  let bits = 0;
  for (const w of needs.words) if (w.test.test(key)) bits |= w.bit;
  return bits;
}

/** Whether a sentence holding `words` holds a word of every group pattern p needs. */
function mayMatch(needs: Needs, p: number, words: number): boolean {
  for (const group of needs.byPattern[p]!) if (!(words & group)) return false;
  return true;
}

export interface ThreatWords {
  lang: 'fr' | 'en';
  /** The token's written form, for tokens other than words. */
  raw: string | undefined;
  cue: boolean;
  /** Its needed words, as bits, once a sentence with a cue asked (-1 until then). */
  words: number;
}

/**
 * What a token brings to its sentence, per WordHit: lookupWord hands out one
 * per written form, so most tokens are answered from their hit. A word's hit
 * is its written form's alone, and keeps the answer (WordHit.threatWords); a
 * hashtag shares its word's ("#tuer", "tuer") but is read as written, so the
 * answers for other tokens are kept apart, with the written form they hold for.
 */
const knownOfOtherHit = new WeakMap<WordHit, ThreatWords>();

function knownOf(a: Analysis, i: number, hit: WordHit, lang: 'fr' | 'en'): ThreatWords {
  const t = a.tokens[i]!;
  if (t.kind === 'word') {
    let known = hit.threatWords;
    if (!known || known.lang !== lang) hit.threatWords = known = { lang, raw: undefined, cue: hasCue(a, hit, CUES[lang]), words: -1 };
    return known;
  }
  let known = knownOfOtherHit.get(hit);
  if (!known || known.lang !== lang || known.raw !== t.raw) {
    known = { lang, raw: t.raw, cue: hasCue(a, hit, CUES[lang]), words: -1 };
    knownOfOtherHit.set(hit, known);
  }
  return known;
}

function sentenceHasCue(a: Analysis, first: number, last: number, lang: 'fr' | 'en'): boolean {
  for (let i = first; i <= last; i++) {
    const hit = a.hits[i];
    if (hit && knownOf(a, i, hit, lang).cue) return true;
  }
  return false;
}

/**
 * The needed words of sentence first..last, as bits, read as patternKey may
 * read them. Only asked of a sentence with a cue: reading an unknown word
 * may try to split it (wordKey), a cost the other sentences never pay.
 */
function sentenceWords(a: Analysis, first: number, last: number, lang: 'fr' | 'en'): number {
  let words = 0;
  for (let i = first; i <= last; i++) {
    const t = a.tokens[i]!;
    const hit = a.hits[i];
    if (!hit) {
      // Punctuation and numbers have no letter, and every needed word has.
      if (t.kind !== 'punct' && t.kind !== 'number') words |= neededWordsIn(readKey(a, i), NEEDS[lang]);
      continue;
    }
    const known = knownOf(a, i, hit, lang);
    if (known.words < 0) {
      const guess = guessedKey(hit);
      known.words = neededWordsIn(readKey(a, i), NEEDS[lang]) | (guess ? neededWordsIn(guess, NEEDS[lang]) : 0);
    }
    words |= known.words;
  }
  return words;
}

const isGuess = (via: Via | undefined) => via !== 'exact' && via !== 'lemma';

/** The word a guess resolved a word to ("mrot" is read as "mort"), if a guess did. */
function guessedKey(hit: WordHit): string | undefined {
  return hit.key && isGuess(hit.via) ? hit.key : undefined;
}

/** Whether a word starts with a cue, as written or as guessed, is words run together, or is a violent verb's typo. */
function hasCue(a: Analysis, hit: WordHit, cue: RegExp): boolean {
  const guess = guessedKey(hit);
  if (hit.keys.some((k) => cue.test(k) || k.includes(' ')) || (guess && (cue.test(guess) || guess.includes(' ')))) return true;
  return !hit.entry && !!verbTypoOf(a, hit.keys[0]!);
}

export interface Threat {
  first: number;
  last: number;
  weight: number;
  rule: string;
  target: InsultTarget;
  /** Quoted from someone else to be answered, or reported as their view, and damped: no attack by the commenter. */
  quoted: boolean;
}

export interface ThreatResult {
  threats: Threat[];
  score: number;
  evidence: Evidence[];
}

/** A violent verb's form on its own ("executes", "tuees") is not cut. */
const WHOLE_VERB = { fr: new RegExp(`^${FR_KILL}$`), en: new RegExp(`^${EN_KILL}$`) };
/** Dying as a wish says it, read whole: "mourra" is not "mourr a". */
const WHOLE_DYING = new RegExp(`^(?:${FR_SUBJUNCTIVE_DIE}|${FR_FUTURE_DIE})$`);
const LEET_OR_SPACED = /[0-9@$€|!£. _-]/;
const verbTypos = new Map<string, string>();

/** violentVerbTypo for a word no lexicon knows, real words left out; cached ("" for none). */
function verbTypoOf(a: Analysis, key: string): string | undefined {
  if (key.length < VERB_TYPO_MIN || FALSE_FRIENDS.has(key)) return undefined;
  const lang = a.lang === 'en' ? 'en' : 'fr';
  const cacheKey = lang + key;
  let verb = verbTypos.get(cacheKey);
  if (verb === undefined) {
    if (verbTypos.size > SPLIT_LIMIT) verbTypos.clear();
    verb = violentVerbTypo(key, lang) ?? '';
    verbTypos.set(cacheKey, verb);
  }
  return verb || undefined;
}

/**
 * A violent verb's form with two adjacent letters swapped past the first
 * ("exceuté", "massacerr"): the form, or undefined. The lexicons do not list
 * every conjugated form, so the typo guess of lookup.ts cannot find these.
 * Exported for `npm run gen:false-friends`, which lists the real words it
 * would misread ("voiler" is not "violer").
 */
export function violentVerbTypo(key: string, lang: 'fr' | 'en'): string | undefined {
  if (key.length < VERB_TYPO_MIN || !/^[a-z]+$/.test(key)) return undefined;
  const whole = WHOLE_VERB[lang];
  if (whole.test(key)) return undefined;
  for (let i = 1; i < key.length - 1; i++) {
    if (key[i] === key[i + 1]) continue;
    const swapped = key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
    if (whole.test(swapped)) return swapped;
  }
  return undefined;
}

/** Unknown words are split at a function word only from this length: "tuerce", "mortaux". */
const MIN_GLUED = 5;
const SPLIT_LIMIT = 20_000;
const VERB_TYPO_MIN = 5;
const splitCache = new Map<string, string>();

/**
 * How the patterns read a word: folded, with letters written apart joined
 * ("t u e r") and leetspeak undone ("p0ignarder"). A word no lexicon knows
 * that a violent verb or "mort" starts, run together with a function word
 * ("tuerces", "pendretous", "mortaux"), is read as the words apart.
 */
function wordKey(a: Analysis, i: number): string {
  const t = a.tokens[i]!;
  const hit = a.hits[i];
  if (!hit) return tokenKey(t.raw, false);
  let key = hit.keys[0]!;
  if (hit.entry) return key;
  const verb = verbTypoOf(a, key);
  if (verb) return verb;
  // keys[1] is the first undone leetspeak (or stretch) when the word has any.
  if (hit.keys.length > 1 && LEET_OR_SPACED.test(t.raw) && /^[a-z']+$/.test(hit.keys[1]!)) key = hit.keys[1]!;
  const lang = a.lang === 'en' ? 'en' : 'fr';
  const wholeVerb = WHOLE_VERB[lang];
  if (key.length < MIN_GLUED || wholeVerb.test(key) || (lang === 'fr' && WHOLE_DYING.test(key))) return key;
  // By lexicon and patterns' language both: an "other" comment reads the site's lexicon with the French patterns.
  const cacheKey = a.lex.lang + lang + key;
  let split = splitCache.get(cacheKey);
  if (split === undefined) {
    if (splitCache.size > SPLIT_LIMIT) splitCache.clear();
    split = splitGlued(a, key, wholeVerb);
    splitCache.set(cacheKey, split);
  }
  return split;
}

/**
 * "pendretous" → "pendre tous", "mortaux" → "mort aux", "gorgesdeces" →
 * "gorges de ces": a head the threat cues or the lexicon know, a function
 * word, and nothing or a known word after it. The longest head wins.
 */
const NOUN_GLUE = new Set(['a', 'au', 'aux', 'de', 'du', 'des', 'to', 'of']);

function splitGlued(a: Analysis, key: string, wholeVerb: RegExp): string {
  const stop = a.lex.stopwords;
  const words = a.lex.words;
  const known = (w: string) => stop.has(w) || !!lookupWord(a.lex, w).entry;
  for (let i = key.length - 1; i >= 3; i--) {
    const head = key.slice(0, i);
    if (!wholeVerb.test(head) && !known(head)) continue;
    const rest = key.slice(i);
    for (let j = rest.length; j >= 1; j--) {
      const w = rest.slice(0, j);
      if (w.length < 2 ? w !== 'a' : !stop.has(w) && w !== 'de' && !words.determiners.includes(w) && !words.groupDeterminers.includes(w)) continue;
      const tail = rest.slice(j);
      // After a noun, only a preposition glues on its own ("mortaux"): "enfermés" is no "enfer mes".
      if (!tail && (wholeVerb.test(head) || NOUN_GLUE.has(w))) return head + ' ' + w;
      if (tail.length >= 3 && known(tail)) return head + ' ' + w + ' ' + tail;
    }
  }
  return key;
}

/** How the patterns read token i: a guessed word, matched alone, as what it was read as; any other token by readKey. */
function patternKey(a: Analysis, i: number): string {
  const m = a.at[i];
  return m && m.first === m.last && isGuess(m.via) ? m.key : readKey(a, i);
}

/** How the patterns read token i but for a guess: punctuation as written, words by wordKey, other tokens folded. */
function readKey(a: Analysis, i: number): string {
  const t = a.tokens[i]!;
  return t.kind === 'punct' ? t.raw : t.kind === 'word' ? wordKey(a, i) : tokenKey(t.raw, t.kind === 'elision');
}

/** The sentence as folded keys joined by spaces, and the keys, one per token from `first`. */
function sentenceKeys(a: Analysis, first: number, last: number): { text: string; keys: string[] } {
  let text = '';
  const keys: string[] = [];
  for (let i = first; i <= last; i++) {
    const key = patternKey(a, i);
    keys.push(key);
    text = text ? text + ' ' + key : key;
  }
  return { text, keys };
}

/**
 * Each character offset of sentenceKeys' text → the index of the token it
 * reads (the space before a key counts as the key's). Built only for the rare
 * sentence some pattern matches.
 */
function tokenIndexByOffset(keys: readonly string[], first: number): number[] {
  const tokenAt: number[] = [];
  let empty = true;
  for (let k = 0; k < keys.length; k++) {
    const i = first + k;
    if (!empty) tokenAt.push(i);
    for (let c = 0; c < keys[k]!.length; c++) tokenAt.push(i);
    if (keys[k]!.length) empty = false;
  }
  return tokenAt;
}

function threatTarget(a: Analysis, first: number, last: number): InsultTarget {
  for (let i = first; i <= Math.min(a.tokens.length - 1, last + 3); i++) {
    const e = entryAt(a, i);
    if (e?.secondPerson) return 'reader';
    if (e?.group) return 'group';
    if (e?.figure) return 'public_figure';
  }
  return 'unknown';
}

/** How far after a purge verb its object may be: "éradiquons simplement tous ces X". */
const GROUP_REACH = 5;

/** A people as a noun: with a capital ("ces Syriens") or after its article ("les musulmans"), not an adjective ("l'économie libanaise"). */
function isPeopleNoun(a: Analysis, i: number): boolean {
  return entryAt(a, i)?.group === 'identity' && (/^\p{Lu}/u.test(a.tokens[i]!.raw) || !!entryAt(a, i - 1)?.groupDeterminer);
}

function hasGroup(a: Analysis, first: number, last: number): boolean {
  // Identity groups only: "éradiquer Daech" is war talk, not a threat to people for who they are.
  for (let i = first; i <= last; i++) if (isPeopleNoun(a, i)) return true;
  return false;
}

const DETERMINER_KEY = /^(?:ces|les|tous|toutes)$/;

/** Whether the group a pattern needs is where it must be: before, after, or as the verb's object (see ThreatPattern). */
function aimsAtGroup(a: Analysis, p: ThreatPattern<string>, first: number, last: number, startTok: number, endTok: number): boolean {
  if (p.groupBefore) return hasGroup(a, Math.max(first, startTok - GROUP_REACH), startTok - 1);
  if (!p.groupIsObject) return hasGroup(a, endTok + 1, Math.min(last, endTok + GROUP_REACH));
  // "les tuer": the pronoun stands for a group named anywhere in the sentence ("Les X, il vaut mieux les tuer").
  if (!DETERMINER_KEY.test(keyAt(a, endTok) ?? '')) return hasGroup(a, first, last);
  // "tuer tous les X", "tous ces X": past the determiner that follows "tous".
  const noun = /^(?:les|ces)$/.test(keyAt(a, endTok + 1) ?? '') ? endTok + 2 : endTok + 1;
  return noun <= last && hasGroup(a, noun, noun);
}

const THIRD_PERSON = /^(?:il|ils|elle|elles|eux|they|he|she)$/;

/** "Si", "sans", "sinon"…: what follows holds under a condition, a general truth rather than a promise to someone. */
const CONDITION = /^(?:si|sinon|sans|faute|quand|lorsque|lorsqu'|if|unless|without)$/;

function followsCondition(a: Analysis, first: number, at: number): boolean {
  for (let i = first; i < at; i++) {
    const key = keyAt(a, i) ?? '';
    // "s'il" is "si il"; another "s'" is a reflexive pronoun.
    if (CONDITION.test(key) || (key === "s'" && /^ils?$/.test(keyAt(a, i + 1) ?? ''))) return true;
  }
  return false;
}

/** How far past "t'es mort" the insult naming the reader may come: "tu es mort, espèce de sale traître". */
const VOCATIVE_REACH = 5;

/** An insult after `at`, with nothing but a comma, "de" or words that introduce one ("sale", "espèce", "bande") between. */
function insultFollows(a: Analysis, at: number, last: number): boolean {
  for (let i = at + 1; i <= Math.min(last, at + VOCATIVE_REACH); i++) {
    const e = entryAt(a, i);
    if (e?.abuse) return true;
    const key = keyAt(a, i) ?? '';
    if (!e?.introducer && a.tokens[i]!.raw !== ',' && key !== 'de' && key !== "d'") return false;
  }
  return false;
}

/** Words that show a comment is about a story, whose characters die at the end: "il meurt quand dans le film ?". */
const STORY = /^(?:films?|series?|feuilletons?|livres?|romans?|episodes?|saisons?|personnages?|mangas?|bd|spoilers?|scenarios?|tomes?|chapitres?)$/;

function talksOfStory(a: Analysis): boolean {
  for (let i = 0; i < a.tokens.length; i++) if (STORY.test(keyAt(a, i) ?? '')) return true;
  return false;
}

/** An article as written ("là" folds to "la" but points, as "ces deux-là" does at people). */
const ARTICLE = /^(?:le|la|les|un|une|du|l['’])$/i;

/**
 * Whether sentence first..last, but for the pronoun at `pronoun`, names a
 * thing and no person: "il crève quand, le cessez-le-feu ?" asks of a truce.
 * People are named bare or pointed at ("Bachar", "ces deux-là"), things with
 * their article.
 */
function namesThingNotPerson(a: Analysis, first: number, last: number, pronoun: number): boolean {
  let thing = false;
  for (let i = first; i <= last; i++) {
    if (i === pronoun) continue;
    const e = entryAt(a, i);
    if (e?.secondPerson || e?.person || e?.figure || e?.abuse || isPeopleNoun(a, i)) return false;
    if (ARTICLE.test(a.tokens[i]!.raw)) thing = true;
  }
  return thing;
}

/**
 * Whether a passive's subject, in tokens first..last, names people: the
 * reader, a person, a people, a figure, a pronoun, an insult, or "tous les…"
 * (wished on everyone of a kind). Not "la sentence", "le drone israélien".
 */
function namesPeople(a: Analysis, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const e = entryAt(a, i);
    const key = keyAt(a, i) ?? '';
    if (e?.secondPerson || e?.person || e?.figure || e?.abuse || THIRD_PERSON.test(key)) return true;
    if ((key === 'tous' || key === 'toutes') && keyAt(a, i + 1) === 'les') return true;
    if (isPeopleNoun(a, i)) return true;
  }
  return false;
}

/** In quotes, in a sentence that condemns it: "Dire « mort aux Américains », c'est lamentable." A quote alone may be the commenter's own cry. */
function isQuotedToCondemn(a: Analysis, i: number): boolean {
  return a.tokens[i]!.quote >= 0 && sentenceHasCached(a, a.tokens[i]!.sentence, 'counterSpeech', (e) => !!e.counterSpeech);
}

const QUOTED_DAMPING = { rule: 'threat.counter_speech', factor: COUNTER_SPEECH } as const;
const REPORTED_DAMPING = { rule: 'threat.reported_speech', factor: REPORTED } as const;

/** Searches sentence first..last for the patterns its `words` leave possible, adding what they find to threats (and damping). */
function findInSentence(a: Analysis, first: number, last: number, lang: 'fr' | 'en', words: number, threats: Threat[], damping: Evidence[]): void {
  const patterns = PATTERNS[lang];
  let read: { text: string; keys: string[] } | undefined;
  let tokenAt: number[] | undefined;
  for (let pi = 0; pi < patterns.length; pi++) {
    if (!mayMatch(NEEDS[lang], pi, words)) continue;
    const p = patterns[pi]!;
    read ??= sentenceKeys(a, first, last);
    const text = read.text;
    // A quoted threat is damped; the commenter's own may follow it ("vous dites qu'il faut les tuer, moi aussi je dis qu'il faut les tuer").
    for (let from = 0, tries = 0; from < text.length && tries < MAX_MATCHES_PER_PATTERN; tries++) {
      const m = from === 0 ? p.re.exec(text) : p.re.exec(text.slice(from));
      if (!m) break;
      tokenAt ??= tokenIndexByOffset(read.keys, first);
      const at = from + m.index;
      from = at + Math.max(1, m[0].length);
      const lead = m[0].length - m[0].trimStart().length;
      const startTok = tokenAt[at + lead] ?? first;
      const endTok = tokenAt[at + m[0].length - 1] ?? last;
      if (threats.some((t) => t.first <= endTok && startTok <= t.last)) break;
      if (p.unlessCondemned && sentenceHasCached(a, a.tokens[startTok]!.sentence, 'counterSpeech', (e) => !!e.counterSpeech)) break;
      if (p.needsGroup && !aimsAtGroup(a, p, first, last, startTok, endTok)) break;
      if (p.needsPersonSubject && !namesPeople(a, startTok, endTok)) break;
      if (p.unlessAfterCondition && followsCondition(a, first, startTok)) break;
      if (p.needsInsultAfter && !insultFollows(a, endTok, last)) break;
      if (p.needsRealPerson && (talksOfStory(a) || namesThingNotPerson(a, first, last, startTok))) break;
      // Only words attributed to someone else: a threat in quotes may be the commenter's own, approved.
      // Or reported as someone's view ("…, a dit le ministre"), damped as reported insults are.
      const damp = isAttributedToOthers(a, startTok) || isQuotedToCondemn(a, endTok) ? QUOTED_DAMPING : isOthersViewpoint(a, startTok) ? REPORTED_DAMPING : undefined;
      const quoted = damp !== undefined;
      if (damp) damping.push(spanEvidence(a, startTok, endTok, 'damping', damp.rule, damp.factor));
      const weight = damp ? round(p.weight * damp.factor) : p.weight;
      threats.push({ first: startTok, last: endTok, weight, rule: p.rule, target: threatTarget(a, startTok, endTok), quoted });
      if (!quoted) break;
    }
  }
}

/** Every needed word at once: a sentence read as holding them all is searched for every pattern. */
const ALL_WORDS = -1;

/**
 * `unfiltered` searches every sentence for every pattern, skipping the
 * CUES and NEEDED_WORDS prefilter: the tests compare both ways to prove
 * the prefilter never hides a threat.
 */
export function findThreats(a: Analysis, unfiltered = false): ThreatResult {
  const lang = a.lang === 'en' ? 'en' : 'fr';
  const threats: Threat[] = [];
  const damping: Evidence[] = [];
  for (let s = 0; s < a.sentences; s++) {
    const first = a.sentenceBounds[2 * s]!;
    const last = a.sentenceBounds[2 * s + 1]!;
    if (first < 0) continue;
    if (unfiltered) findInSentence(a, first, last, lang, ALL_WORDS, threats, damping);
    else if (sentenceHasCue(a, first, last, lang)) findInSentence(a, first, last, lang, sentenceWords(a, first, last, lang), threats, damping);
  }
  const evidence: Evidence[] = [...damping, ...threats.map((t) => spanEvidence(a, t.first, t.last, 'threat', t.rule, t.weight, t.target))];
  return { threats, score: round(combine(threats.map((t) => t.weight))), evidence };
}
