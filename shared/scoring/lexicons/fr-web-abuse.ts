/** Abusive vocabulary of French forums and social networks (slang, verlan, abbreviations). Severity as in fr-abuse.ts: mild = name-calling, strong = coarse insult, severe = slur / dehumanising. */
export const frWebAbuse = {
  /** mild name-calling and mockery used online (golmon, boloss-like terms, "cerveau lent"...): 120+ */
  insultMild: [
    // stupidity, forum and school-yard slang
    "tebé", "débilos", "simplet", "sous-doué", "nullos", "gros nul", "cas soc", "cas social", "casos", "cerveau lent",
    "cerveau de moineau", "cerveau atrophié", "cerveau de poisson rouge", "cervelle de piaf", "qi d'huître", "qi de moule", "qi de bulot", "qi de mollusque", "qi de poisson rouge", "qi de poulpe",
    "qi à deux chiffres", "qi de mouche", "qi négatif", "low iq", "bas du front", "bas de plafond", "tête creuse", "bête comme ses pieds", "crétin des alpes", "ravi de la crèche",
    "tête de cake", "gros gland", "grosse quiche", "gros boulet", "grosse cruche", "grosse gourde", "grosse dinde", "bande de charlots", "pauvre cloche", "narvalo",
    "gugusse", "tanche", "golem", "mahboul", "dumbass", "moron",
    // internet and gaming mockery
    "kikou", "kikoolol", "nub", "casu", "gros bot", "sale tryhard", "sale campeur", "gg ez", "npc", "pnj",
    "nolife", "ok boomer", "boomeur", "rageuse", "gros troll", "gros aigri", "gros frustré", "gros fragile", "sale jaloux", "gros pigeon",
    "grosse victime", "ouin-ouin", "pleureuse", "pleurnicheuse", "chouineuse", "lourdingue", "lozeur", "sjw", "covidiot", "complotard",
    // social contempt, appearance
    "chlag", "gueux", "crasseux", "crado", "cradingue", "khamej", "sale clochard", "soûlard", "poivrot", "pochtron", "ivrogne",
    "alcoolo", "sale bourge", "fils à papa", "fille à papa", "gosse de riche", "wannabe", "bimbo", "bouboule", "boule de graisse", "gros thon",
    "gros boudin", "sale moche", "pauvre fille", "face de raie", "sale gamin", "pov type", "casse-bonbons", "pète-sec", "hystéro", "michto",
    // snitches, servility, police
    "poucave", "poukave", "sale balance", "sale vendu", "sale lâche", "lèche-boules", "cireur de pompes", "flicaille", "sale flic",
    // banlieue and verlan
    "miskine", "mskn", "charo",
    // political name-calling online
    "macronard", "melenchonard", "nazillon", "vieux réac",
  ] as string[],

  /** coarse insults, incl. abbreviations (fdp, ntm, tg, ta gueule variants, "nique ta mère" and spellings): 80+ */
  insultStrong: [
    // abbreviations
    "tg", "ftg", "tmr", "ntr", "nsm", "ntgm", "vtff", "vtfe", "niq", "kys",
    "jtbz", "stfu", "acab",
    // mother and family insults
    "filsdepute", "fils de pétasse", "fils de bâtard", "fille de pute", "niquetamère", "nique ta mer", "nik ta mère", "niktamère", "nik ta mer", "niq ta mère",
    "nik ta reum", "nik ta race", "nique ta grand-mère", "nique tes morts", "nik tes morts", "nique ta sœur", "nique ta famille", "nique ton père", "nique sa race", "niquez vos mères",
    "je nique ta mère", "baise ta mère", "je baise ta mère", "enculé de sa mère", "enculé de tes morts", "ta mère", "tamère", "tamerlapute", "ta mère la chienne", "ta mère la catin",
    "ta mère la tchoin", "ta reum", "ta race", "putain de ta race", "chien de ta race", "mange tes morts", "nardinamouk", "nardine mouk", "nik din mok", "nik mok",
    // 'ta gueule' family
    "ta geule", "ta gueul", "tagueule", "tageule", "ta yeule", "ferme ta geule", "ferme ta grande gueule", "fermez vos gueules",
    // coarse name-calling
    "pov con", "espèce de con", "bande de cons", "con comme un balai", "con comme ses pieds", "con comme une valise", "con comme une bite", "enkulé", "batar", "salop",
    "tarba", "tasspé", "tassepé", "chaudasse", "sale chienne", "tchoin", "michetonneuse", "sale ordure", "sale fumier", "espèce de merde",
    "trou duc", "petite bite", "suce ma bite", "suceur de bites", "suceuse de bites", "gros porc", "sale porc", "résidu de capote", "kelb", "hallouf",
    // dismissals, slogans and wishes of harm
    "je t'emmerde", "je te baise", "je t'encule", "va te faire mettre", "va te faire niquer", "nique-toi", "nique la police", "nique la france", "va crever", "crève en enfer",
    "va mourir", "va te pendre", "va te suicider", "suicide-toi", "tue-toi", "kill yourself",
  ] as string[],

  /** vulgar words and sexual explicit vocabulary not necessarily aimed at anyone (explicit only: do NOT list anatomical words used innocently in news, like "sein" in "cancer du sein"): 100+ */
  profanity: [
    // swearing, abbreviations
    "tainp", "p'tain", "ptin", "mrd", "fais chier", "chierie", "chiatique", "je m'en branle", "je m'en bats les couilles", "balec",
    "balek", "casse les couilles", "casser les couilles", "gerber", "gerbant", "dégueulis", "boxon", "bordel à putes", "putaclic", "pute à clic",
    "khra", "fck", "fuk", "fuck off", "fuck you", "suck my dick",
    // sexual verbs and acts
    "niker", "niqueur", "enculade", "baise", "baiseur", "baisable", "baisodrome", "bz", "se faire enculer", "se faire niquer",
    "se faire baiser", "tirer un coup", "se branler", "branlette espagnole", "se palucher", "tailler une pipe", "sucer des bites", "bouffer la chatte", "turlute", "gorge profonde",
    "biffle", "éjac", "juter", "jus de couilles", "avoir la gaule", "ça me fait bander", "bandant", "doigter", "cunni", "levrette",
    "sodo", "partouze", "partouzer", "gangbang", "gang bang", "bukkake", "cumshot", "creampie", "blowjob", "handjob",
    "milf", "fap", "fapper", "porno", "porn", "dickpic", "plan cul", "cuckold", "tapiner", "faire le tapin",
    "gode", "godemiché", "gode-ceinture",
    // "baiser" as the vulgar verb: forms that do not kiss a hand or a ring ("baiser la main", "un baiser"); "sucer" said of a person
    "baises", "baisons", "baisais", "baiserai", "baiserais", "baiserait", "baiseraient", "baiseront", "te baiser", "vous baiser",
    "baiseuse", "bonnasse", "se faire sucer", "suce-moi", "dépuceler",
    // a reader told to show their body
    "montre tes seins", "montre-moi tes seins", "montre-nous tes seins", "montre tes fesses", "montre-nous tes fesses",
    // vulgar anatomy
    "bitte", "teub", "zguègue", "zgueg", "zboub", "chibre", "braquemart", "pine", "rouston", "roubignole",
    "roupette", "queutard", "chatte", "chagatte", "teuch", "schneck", "foufoune", "foufounette", "cramouille", "nichon",
    "nibard", "roploplos", "boobs", "tits", "pussy", "fion", "derche",
  ] as string[],

  /** slurs and coded slurs online: racist, antisemitic, islamophobic, homophobic, transphobic, misogynist, ableist (incl. coded forms and deliberate misspellings): 80+ */
  slurs: [
    // anti-Arab, anti-Maghreb, islamophobic
    "bougnoul", "muzz", "sale rebeu", "sale beur", "sale musulman", "niqueur de chèvres", "baiseur de chèvres", "enculeur de chèvres", "beurette", "sale harki",
    "sale yahoudi",
    // anti-Black
    "sale noir", "sale renoi", "mal blanchi", "noiraud", "blackos", "kahlouch", "kahlouche", "oussif", "nigger", "nigga",
    // anti-Asian, anti-Roma, other ethnic
    "chinetoc", "ching chong", "sale chinois", "sale noich", "voleur de poules", "sale gitan", "sale rom", "portos",
    // anti-white (coded)
    "babtou fragile", "sale babtou", "sale toubab", "sale blanc", "face de craie",
    // antisemitic (incl. coded)
    "sale juif", "sale feuj", "shabbat goy", "shabbos goy", "zog", "nez crochu", "shoananas",
    // homophobic
    "sale pédale", "grosse pédale", "tarlouz", "tantouse", "pédoque", "gouinasse", "broute-minou", "bouffeuse de chatte", "goudou", "grande folle",
    "sale gay", "sale homo", "sale lesbienne", "zemel", "miboun", "faggot", "fag",
    // transphobic
    "shemale", "tranny", "ladyboy", "sale trans",
    // misogynist
    "trou à bites", "sac à sperme", "vide-burnes", "pute à nègres", "féminazie", "feminazi", "thot", "slut", "whore", "retourne à la cuisine",
    // ableist
    "mongolito", "mongoloïde", "attardé mental", "retardé mental", "cotorep", "gros autiste", "sale autiste", "gros handicapé", "sale handicapé", "gros trisomique",
  ] as string[],

  /** dehumanising and "incel/manosphere" vocabulary aimed at people or groups: 30+ */
  dehumanising: [
    // vermin, waste, disease
    "espèce nuisible", "sac à viande", "moisissure", "cancer de la société", "cancer de l'humanité",
    // animals aimed at people
    "chimpanzé", "bonobo", "homme-singe", "génisse", "grosse baleine",
    // sub-human vocabulary, extermination
    "sous-espèce", "à exterminer", "à gazer", "à euthanasier", "à dératiser",
    // incel / manosphere
    "incel", "femoïde", "foid", "femcel", "roastie", "machine à pondre", "utérus sur pattes", "femelle en chaleur", "chienne en chaleur", "cuck",
    "soyboy", "simp", "sous-mâle", "mâle bêta", "mangina", "orbiteur",
  ] as string[],
};
