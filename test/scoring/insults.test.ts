import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';

const insultSpans = (text: string) =>
  scoreComment(text)
    .evidence.filter((e) => e.kind === 'insult' || e.kind === 'identity')
    .map((e) => text.slice(e.start, e.end));

describe('insults are found however they are spelled', () => {
  test.each([
    ['Espèce de connard, va.', 'connard'],
    ['Quel c0nnard celui-là', 'c0nnard'],
    ['Tu es un @brut1', '@brut1'],
    ['Quel $alaud ce type', '$alaud'],
    ['Encore un cr3tin qui parle', 'cr3tin'],
    ['Pauvre c*nnard', 'c*nnard'],
    ['Quel connnnnard !', 'connnnnard'],
    ['Tu es un c.o.n.n.a.r.d', 'c.o.n.n.a.r.d'],
    ['Vous êtes un i d i o t', 'i d i o t'],
    ['QUEL CRETIN CE MINISTRE', 'CRETIN'],
    ['quel cretin ce ministre', 'cretin'],
  ])('%s', (text, span) => {
    const s = scoreComment(text);
    expect(s.insult.flag).toBe(true);
    expect(insultSpans(text)).toContain(span);
  });
});

describe('Scunthorpe: innocent words that contain or resemble insults are not insults', () => {
  test.each([
    ['Une connaissance du dossier est nécessaire.'],
    ['Le concours a été annulé.'],
    ['Il a voté contre la résolution.'],
    ['The Scunthorpe council met on Tuesday.'],
    ['A class action was filed.'],
    ['Un cocktail de mesures économiques.'],
    ['Je prendrai un pain bâtard et deux croissants.'],
    ["L'assassinat du Premier ministre Rafic Hariri a eu lieu en 2005."],
    ['Le conseil des ministres se réunit demain.'],
    ['La Constitution prévoit des élections.'],
    ['Les rats ont envahi le port après les inondations.'],
    ['Bachar el-Assad a reçu le ministre russe.'],
    // English abuse that French spells as everyday words, and the English present perfect.
    ['On en reparle plus tard.'],
    ['Il est arrivé trop tard, dommage.'],
    ['Je prends une douche et j’arrive.'],
    ['Un fagot de bois sec pour la cheminée.'],
    ['It has been a long week for the council.'],
  ])('%s', (text) => {
    const s = scoreComment(text);
    expect(s.insult.flag).toBe(false);
    expect(s.toxicity.flag).toBe(false);
  });
});

describe('who an insult is aimed at', () => {
  test.each([
    ['Tu es vraiment un crétin.', 'reader'],
    ['@Karim quel imbécile tu fais', 'reader'],
    ['Vous êtes des guignols, tous autant que vous êtes.', 'reader'],
    ['Poutine est un voyou.', 'public_figure'],
    ['Le ministre est un incompétent notoire.', 'public_figure'],
    ['Ce petit Hitler massacre son peuple.', 'public_figure'],
    ['Les occicons ne comprennent rien.', 'group'],
    ['Ces sales Arabes ne devraient pas être ici.', 'group'],
    // The subject of the insult, not whoever else the sentence names.
    ['Bassil a raison, les Syriens sont des rats.', 'group'],
    ['Avec Macron au pouvoir, tu es un crétin de voter.', 'reader'],
    // A people in the subject's complement is not its head.
    ['Le roi des Saoudiens est un porc.', 'public_figure'],
    ['Le président des Kurdes est un idiot.', 'public_figure'],
    ['The king of the Saudis is a pig.', 'public_figure'],
    // Said to the reader's face, whoever else the sentence names; a side named after a figure is no figure.
    ['Arrête de défendre Erdogan, imbécile.', 'reader'],
    ["@Samir espèce d'ignorant, Poutine n'a jamais bombardé d'hôpitaux.", 'reader'],
    ['Connard de troll pro-Assad, retourne sur ton site.', 'reader'],
    ['Shut up, troll.', 'reader'],
    // The other commenters, named as such.
    ['Ce lecteur qui signe « Patriote » est un ignare.', 'reader'],
    ["Encore ces huluberlus qui commentent sans lire l'article.", 'reader'],
    // A journalist who comments is no commenter of the site.
    ['Ce crétin de présentateur qui commente le match ne connaît rien au foot.', 'unknown'],
    // A nickname given to someone names him: it is thrown, not talked about.
    ['Son surnom « guignol » lui va bien, à ce ministre.', 'public_figure'],
  ])('%s → %s', (text, target) => {
    const s = scoreComment(text);
    expect(s.insult.flag || s.toxicity.flag).toBe(true);
    expect(s.insult.target).toBe(target);
  });
});

describe('severity goes from name-calling to slurs', () => {
  test('an insult flagged for an attack on a camp alone is at least mild', () => expect(scoreComment('Sales djihadistes.').insult).toMatchObject({ flag: true, severity: 'mild' }));
  test('name-calling is mild', () => expect(scoreComment('Quel guignol ce député.').insult.severity).toBe('mild'));
  test.each([['Vous êtes tous des moutons.'], ['Tu es payé par le Hezbollah ou tu es juste bête ?']])(
    'an animal that means stupid or sheepish is name-calling, not dehumanising: %s',
    (text) => expect(scoreComment(text).insult).toMatchObject({ flag: true, severity: 'mild', target: 'reader' }),
  );
  test('said of a people, it is still an attack on it', () => expect(scoreComment('Les Syriens sont des moutons.').reasons).toContain('identity_attack'));
  test('a coarse insult is strong', () => expect(scoreComment('Ce député est un enculé.').insult.severity).toBe('strong'));
  test('a slur on a group is severe and an identity attack', () => {
    const s = scoreComment('Ces sales Arabes ne devraient pas être ici.');
    expect(s.insult.severity).toBe('severe');
    expect(s.reasons).toContain('identity_attack');
  });
});

describe('negated insults and reported speech are damped', () => {
  test.each([
    ["Ce n'est pas un idiot, il sait ce qu'il fait."],
    ["Il a traité le ministre d'incapable, selon l'AFP."],
    ["He is not an idiot, he knows exactly what he is doing."],
    // "Sans doute" is certainty: the "pas" after it still negates.
    ["Poutine n'est sans doute pas un imbécile."],
    // A word named as a word, not thrown at anyone.
    ["L'expression « chiffe molle » utilisée par un lecteur n'apporte rien au débat."],
  ])('%s', (text) => {
    const s = scoreComment(text);
    expect(s.insult.flag).toBe(false);
    expect(s.evidence.some((e) => e.kind === 'damping')).toBe(true);
  });

  // Whose view it is, said after it: reported, and damped like "selon l'AFP" before it.
  test.each([
    ['Les Syriens sont des rats, selon Bassil.'],
    ['Les Syriens sont des rats, a déclaré le ministre.'],
    ['The Syrians are rats, said the minister.'],
    // …or before it, in English too.
    ['According to the minister, Syrians are rats.'],
    ['According to some, Mexicans are animals.'],
    // …or said aloud by someone named before a verb of saying.
    ['Bassil a dit que les Syriens sont des rats.'],
    ['Syrians are rats, the minister told reporters.'],
  ])('%s is reported, not the commenter’s attack', (text) => {
    const s = scoreComment(text);
    expect(s.flagged).toBe(false);
    expect(s.toxicity.flag).toBe(false);
    expect(s.evidence.some((e) => e.rule === 'identity.reported_speech')).toBe(true);
  });

  test.each([
    ['Les Syriens sont des rats, dit-on.'],
    ['Les Syriens sont des rats, selon moi.'],
    ['According to me, Syrians are rats.'],
    ['Les Syriens sont des rats, a dit le ministre, et il a raison.'],
    ['Les Syriens sont des rats, a dit Bassil. Il a raison.'],
    // What follows the comma names no one who said it.
    ['Les sunnites sont des chiens, à commencer par les Saoudiens.'],
    ['Refugees are parasites, a fact the media hides.'],
  ])('%s is the commenter’s own attack', (text) => expect(scoreComment(text).reasons).toContain('identity_attack'));

  test('a view the commenter gives as his own is not damped', () => {
    expect(scoreComment('According to me, the minister is an idiot.').insult.flag).toBe(true);
  });

  test('a negation that does not deny the insult does not damp it', () => {
    expect(scoreComment("Je n'ai jamais vu un tel crétin.").insult.flag).toBe(true);
  });
});

describe('a coarse insult that first names a thing is the thing where it stands as one', () => {
  test.each([['Les ordures brûlent dans les rues.'], ["Vous sentez l'odeur des ordures ?"], ["Les ordures s'entassent à Beyrouth."]])('%s is no insult', (text) =>
    expect(scoreComment(text).insult.flag).toBe(false),
  );
  test.each([["Espèce d'ordure !"], ['Les politiciens sont des ordures.'], ['Ces ordures ont tué des enfants.'], ['Vous êtes des ordures.'], ['Les ordures du Hezbollah ont encore frappé.']])('%s is an insult', (text) =>
    expect(scoreComment(text).insult.flag).toBe(true),
  );
});

describe('ordinary adjectives count as insults only when aimed at someone', () => {
  test.each([
    ['Le match s’est terminé sur un score nul.', false],
    ['Il est incapable de décider quoi que ce soit.', false],
    ['Vous êtes nul !', true],
    ['Quel lâche !', true],
    // Looks: an insult when said of the reader or a public figure, a judgement of taste when said of a thing.
    ['Tu es moche.', true],
    ['Cette ministre est laide.', true],
    ['Ce film est moche.', false],
    ['Il est laid, ce nouveau pont.', false],
    // A set simile makes it a jibe at whoever it is said of.
    ['Elle est laide comme un pou.', true],
    ['Ce quartier est moche comme tout.', false],
  ])('%s → %s', (text, flagged) => expect(scoreComment(text).insult.flag).toBe(flagged));
});

describe('a vulgar noun said of a person is an insult, not just vulgarity', () => {
  test.each([
    ["T'es qu'une merde.", true],
    ['Ce ministre est une vraie merde.', true],
    ['You are a piece of shit.', true],
    ['Tu es dans la merde.', false],
    ["C'est une merde, ce téléphone.", false],
  ])('%s → %s', (text, flagged) => {
    const s = scoreComment(text);
    expect(s.insult.flag).toBe(flagged);
    expect(s.reasons).toContain(flagged ? 'insult' : 'profanity');
  });

  test('"dans une merde noire" is deep trouble, not an attack on Black people', () => {
    expect(scoreComment('Le pays est dans une merde noire.').reasons).not.toContain('identity_attack');
  });
});

describe('dehumanising nouns are insults when said of people', () => {
  test.each([
    ['Ces types sont des rats.', true],
    ["Ces gens ? C'est de la vermine, tous autant qu'ils sont.", true],
    ['Ces types ? Ce sont des cafards.', true],
    ['Ce sont des animaux magnifiques.', false],
    ['Ce sont des rats qui ont envahi la cave du voisin.', false],
    // "ce" points at people only when people were just named.
    ["Dans la cave de l'immeuble, ce sont des rats.", false],
    ['Ce sont des rats, pas des écureuils, qui transmettent la peste.', false],
    // "les gens" is everyone: a generalisation, not someone insulted.
    ['Les gens sont ignorants.', false],
    // Words that can only mean people are aimed at whoever they are said of.
    ["Lui ? C'est un sous-homme.", true],
    ["Le raptor, c'est un untermensch.", true],
    ['Pour moi, ce sont des êtres inférieurs.', true],
    ['Les Syriens ne sont pas des sous-hommes.', false],
    // An animal's name, denied, is no insult either.
    ['Syrians are not rats.', false],
    ['Muslims are not animals.', false],
  ])('%s → %s', (text, flagged) => {
    const s = scoreComment(text);
    expect(s.insult.flag).toBe(flagged);
    if (flagged) expect(s.evidence.some((e) => e.rule === 'insult.dehumanising')).toBe(true);
  });
});

describe('sexual remarks are vulgarity', () => {
  test.each([
    ['Montre-nous tes seins, au lieu de parler.', true],
    ['Je la baiserais bien, la présentatrice.', true],
    ['Il lui a donné un baiser sur le front.', false],
    ['Ils baisent les pieds du dictateur.', false],
    ['Les moustiques vont te sucer le sang.', false],
    ['Le don de sperme est anonyme au Liban.', false],
    ['Octobre rose : pensez au dépistage du cancer du sein.', false],
    // An imperative with its pronoun, not a verb before an article and its noun.
    ['Ferme-la, toi !', true],
    ['Mais ferme la !', true],
    ['Ferme la et dégage.', true],
    ['Les Turcs ont fermé la frontière.', false],
    ['On ferme la porte à clé.', false],
  ])('%s → %s', (text, flagged) => expect(scoreComment(text).reasons.includes('profanity')).toBe(flagged));
});

describe('what a person is, thrown at someone, is an identity attack', () => {
  test.each([
    ["Espèce d'Arabe !", true],
    ['Espèce d’autiste, va.', true],
    ["T'es qu'un juif de toute façon.", true],
    ['Vous n’êtes que des Arabes.', true],
    // Disabilities are thrown at people who have none: said of the reader as a jibe.
    ['Tu es autiste ou quoi ?', true],
    ['T’es complètement handicapé ou quoi ?', true],
    ['Vous êtes tous des trisomiques !', true],
    // A kind of, a fact about someone else, a denial, the speaker about himself, information for the reader.
    ["C'est une espèce de juif orthodoxe qui tient la boutique.", false],
    ["Tu n'es pas qu'un juif, tu es aussi un Libanais.", false],
    ['Vous êtes handicapé ? Voici vos droits.', false],
    ['Si vous êtes autiste, vous pouvez demander un accompagnement.', false],
    ['Tu es autiste ? Moi aussi !', false],
    ['Ton fils est autiste, il a droit à une aide.', false],
    ["Tu n'es pas autiste, tu es timide.", false],
    ['Je suis autiste et fier de l’être.', false],
    ['Tu es arabe, tu comprends la langue.', false],
    // Someone else's view, reported: the discrimination is the point, not the commenter's.
    ["Pour la police, tu n'es qu'un Syrien.", false],
    ["Aux yeux de l'administration, vous n'êtes que des Arabes.", false],
    ["Selon eux, t'es qu'un juif.", false],
    // The commenter's own view, an aim rather than a holder, or a name thrown after the report: still his.
    ["Pour moi, tu n'es qu'un Arabe.", true],
    ["Pour ceux qui l'ignorent, tu n'es qu'un Arabe.", true],
    ["Pour le coup, tu n'es qu'un Arabe.", true],
    ['Pour une fois, vous n’êtes que des Syriens.', true],
    ["Pour la police, tu n'es qu'un Syrien, espèce d'Arabe.", true],
  ])('%s → %s', (text, attack) => {
    const s = scoreComment(text);
    expect(s.reasons.includes('identity_attack')).toBe(attack);
    if (attack) expect(s.evidence.some((e) => e.rule === 'identity.name_calling')).toBe(true);
  });
});

describe('a comparison with the reader says the insult of the reader, whatever the negation', () => {
  test.each([
    ['Je ne suis pas aussi con que toi.', true],
    ['Je suis pas aussi moche que toi !', true],
    ["I'm not as stupid as you.", true],
    // "as you think": the reader is not the measure.
    ['Je ne suis pas aussi bête que vous le pensez.', false],
    ["Ce n'est pas si mal que ça.", false],
    ['Personne n’est aussi moche que ce bâtiment.', false],
  ])('%s → %s', (text, flagged) => {
    const s = scoreComment(text);
    expect(s.insult.flag).toBe(flagged);
    if (flagged) expect(s.insult.target).toBe('reader');
  });
});

describe('"la grosse" standing for a person is a jibe at her body', () => {
  test.each([
    ["C'est qui la grosse avec lui ?", true],
    ['Un prénom de grosse.', true],
    ['Regarde ce gros !', true],
    ['La grosse Bertha a tiré toute la nuit.', false],
    ['Une grosse erreur du gouvernement.', false],
    ["Le gros de l'armée est reparti vers Homs.", false],
    ['En gros, c’est fini.', false],
  ])('%s → %s', (text, flagged) => expect(scoreComment(text).evidence.some((e) => e.rule === 'insult.body')).toBe(flagged));
});

describe('words attributed to the reader are quoted to be answered', () => {
  test.each([
    ['Vous dites que les Arabes sont des rats, et vous vous croyez respectable ?', false],
    ['Arrêtez de traiter les réfugiés de cafards.', false],
    ['Comment tu peux trouver ça normal de me traiter de connasse ?', false],
    // The commenter's own words, agreeing with the reader's, or said again after quoting them.
    ['Je dis que les Arabes sont des rats.', true],
    ['Je vous dis que les Syriens sont des rats.', true],
    ['Dire que les juifs sont des parasites, c’est la vérité.', true],
    ['Vous dites que les réfugiés sont des cafards, et vous avez parfaitement raison.', true],
    ["Vous dites que les Arabes sont des rats, et c'est du bon sens.", true],
    ['Vous dites que les Arabes sont des rats, et vous allez dans ce sens ?', false],
    ["Vous dites que le Liban va mieux bande d'abrutis", true],
    ['Il faut dire que les juifs sont des parasites.', true],
    ['T’as bien raison de dire que les réfugiés sont des cafards.', true],
    ['Je te traite de connard, oui.', true],
    // Words the commenter denies having said are not his; a hedge before saying them is.
    ["Je n'ai jamais dit que les Arabes étaient des rats.", false],
    ['I never said that refugees are vermin.', false],
    ['Je ne dis pas que les Arabes sont des rats, mais presque.', true],
    ["Je n'ai jamais dit que les Arabes étaient des rats, mais ils le sont.", true],
    // What the reader said is not quoted: the insult after it is the commenter's.
    ['Ce que tu dis est vrai, et puis ballec de tes états d’âme, connard.', true],
  ])('%s → flagged: %s', (text, flagged) => expect(scoreComment(text).toxicity.flag).toBe(flagged));

  test('a threat attributed to someone else is damped, and the damping is shown', () => {
    const s = scoreComment("Vous dites qu'il faut tuer tous les migrants ? Honte à vous.");
    expect(s.reasons).not.toContain('threat');
    expect(scoreComment('Il faut tuer tous les migrants.').reasons).toContain('threat');
    // Quoting the reader does not hide the commenter's own threat after it.
    expect(scoreComment("Vous dites qu'il faut tuer tous les migrants, moi aussi je dis qu'il faut tuer tous les migrants.").reasons).toContain('threat');
    expect(s.evidence.some((e) => e.rule === 'threat.counter_speech')).toBe(true);
  });
});

describe('a hatred blamed on the reader or condemned is not the commenter’s', () => {
  test.each([
    ['Nous devons dénoncer la haine manifeste des musulmans dans notre société.', false],
    ['Votre manque de respect pour les réfugiés doit cesser.', false],
    ["Vous détestez les juifs, c'est tout ce qu'on retient.", false],
    ['Vous détestez les Syriens, et vous avez bien raison.', true],
    // A reply of its own that shares it: "moi aussi" alone, not "moi aussi, je trouve ça honteux".
    ['Tu détestes les juifs ? Moi aussi.', true],
    ['Tu ne supportes pas les Arabes ? Moi non plus !', true],
    ['Tu détestes les juifs ? Moi aussi, je trouve ça honteux.', false],
    ['Je déteste les juifs.', true],
    ['Je vous déteste, vous et vos juifs.', true],
    ["Je n'ai aucun respect pour les musulmans.", true],
  ])('%s → identity attack: %s', (text, attack) => expect(scoreComment(text).reasons.includes('identity_attack')).toBe(attack));
});

describe('a political camp is insulted, not attacked for what it is', () => {
  // A leader's followers are a camp too, not the leader.
  test.each([['Les djihadistes sont des barbares.'], ['Les gauchistes sont des rats.'], ['Les aounistes sont des moutons.'], ['Ce trumpiste est un idiot.']])('%s is an insult at a group, not an identity attack', (text) => {
    const s = scoreComment(text);
    expect(s.insult).toMatchObject({ flag: true, target: 'group' });
    expect(s.reasons).not.toContain('identity_attack');
    // Nor highlighted as one.
    expect(s.evidence.filter((e) => e.kind === 'identity')).toEqual([]);
  });

  // War coverage judges armed groups and parties every day: an opinion, not an insult.
  test.each([['Daech est une menace pour la région.'], ['Les djihadistes sont dangereux.'], ['Je déteste le Hezbollah.']])('%s is an opinion, not flagged', (text) =>
    expect(scoreComment(text).flagged).toBe(false),
  );

  test.each([['Les Syriens sont des rats.'], ['Les djihadistes et les musulmans sont des barbares.'], ['The jihadists are savages and so are all Muslims.']])(
    'the same words at a people are an identity attack: %s',
    (text) => expect(scoreComment(text).reasons).toContain('identity_attack'),
  );
});

test('a call to murder a people, called a crime, is counter-speech', () => {
  // What "criminel" judges is the call ("appeler au meurtre"), whose complement the people is.
  expect(scoreComment('Appeler au meurtre des Alaouites est criminel.').reasons).not.toContain('identity_attack');
  expect(scoreComment('Les Alaouites sont des criminels.').reasons).toContain('identity_attack');
});

describe('a hatred counts against a group only when the group is what it is aimed at', () => {
  test.each([
    ['Je déteste vraiment tous les Syriens.', true],
    ['Je déteste les Kurdes et les Turcs.', true],
    ['Je suis dégoûté par tous les Kurdes du quartier.', true],
    ["Il n'y a rien que je déteste plus qu'un Syrien.", true],
    ['Les Kurdes, je déteste leur arrogance.', true],
    ['Je déteste la plupart des musulmans.', true],
    ['Je hais cordialement les musulmans.', true],
    ['Je ne supporte pas la présence des Syriens au Liban.', true],
    ['I hate every single Muslim.', true],
    ['Les Arabes, je déteste ces gens.', true],
    // Another object: the regime, the war they suffer, seeing them suffer, the heat; a clause after "tolérer que".
    ['Je hais ce régime qui massacre les Kurdes.', false],
    ['Je déteste la guerre que subissent les Syriens.', false],
    ['Je déteste voir les Syriens souffrir.', false],
    ['Les Syriens sont là, je déteste cette chaleur.', false],
    ['Syrians are here, I hate the heat.', false],
    // "mois" is no plural of "moi": no speaker stands by the group here.
    ["Le régime bombarde les Kurdes depuis des mois, et l'Occident ne dit rien.", false],
    ['Nous ne devons jamais tolérer que des Syriens soient maltraités.', false],
  ])('%s → identity attack: %s', (text, attack) => expect(scoreComment(text).reasons.includes('identity_attack')).toBe(attack));
});

describe('a group taken up by a pronoun is attacked where the pronoun is', () => {
  test.each([
    ['Les Syriens ? Ils sont répugnants.', true],
    ["J'essaie de comprendre les Kurdes mais ils sont vraiment trop méprisables.", true],
    ['Les Kurdes pensent qu’ils sont importants. Je les déteste.', true],
    ['Les Arabes ? Je ne les supporte pas.', true],
    ['Muslims? I hate them.', true],
    // What befalls them, what they feel, praise, a denial, another plural noun the pronoun stands for.
    ['Les Syriens ont fui Alep. Ils sont épuisés et affamés.', false],
    ["Les chrétiens d'Orient ? Ils sont persécutés par Daech.", false],
    ['Les Libanais ont élu un président. Ils sont contents.', false],
    ['Les Syriens ? Ils ne sont pas dangereux.', false],
    ['Les juifs ? Je ne les déteste pas.', false],
    ['Muslims? I don’t hate them.', false],
    ['Les réfugiés vivent dans des camps, ils sont insalubres.', false],
    // The nearer group, a name, an acronym, or an agent may be what the pronoun stands for.
    ['Les Syriens fuient les djihadistes. Ils sont des barbares.', false],
    ['Les Kurdes sont bombardés par Erdogan. Ils sont des monstres.', false],
    ['The Kurds fight ISIS. They are monsters.', false],
    // Quoted to be answered, or a hatred held by someone else.
    ["Les Syriens ? Vous dites qu'ils sont des rats ? Honte à vous.", false],
    ['Kurds? Turkey hates them.', false],
    ["Les réfugiés ? Le ministre dit qu'il ne les supporte plus.", false],
  ])('%s → identity attack: %s', (text, attack) => expect(scoreComment(text).reasons.includes('identity_attack')).toBe(attack));
});

describe('a negated comparison with a person keeps its negation for tone', () => {
  test('"pas aussi intelligent que lui" is no praise', () => {
    expect(scoreComment("Tu n'es pas aussi intelligent que lui.").tone.label).not.toBe('positive');
  });
});

describe('"gros" for big players and things compared is no jibe', () => {
  test.each([['Les banques ont protégé les gros.'], ['Il a pris la grosse, moi la petite.']])('%s', (text) =>
    expect(scoreComment(text).evidence.some((e) => e.rule === 'insult.body')).toBe(false),
  );
});

test('compared, a dehumanising noun is an adjective: "aussi bête que toi" is a jibe, not dehumanising', () => {
  const s = scoreComment('Je ne suis pas aussi bête que toi.');
  expect(s.insult).toMatchObject({ flag: true, severity: 'mild', target: 'reader' });
  expect(scoreComment('Tu es une bête.').insult.severity).toBe('severe');
});

describe('an English slur that is a French name for a people is read as the French name', () => {
  test.each([
    ['Je vis avec deux homos.', false],
    ['Son thérapeute est homo, et alors ?', false],
    ['Le mariage homo est légal en France.', false],
    ['Sale homo !', true],
    ['Les homos sont des déchets.', true],
  ])('%s → identity attack %s', (text, attack) => expect(scoreComment(text).reasons.includes('identity_attack')).toBe(attack));

  test('in English it is still a slur', () => expect(scoreComment('You are such a homo, dude.').reasons.includes('insult')).toBe(true));
});

describe('vulgar verbs are vulgar in any tense', () => {
  test.each([
    ['Ils niquent tout sur leur passage.', true],
    ['Il a tout niqué.', true],
    ['Ils nous emmerdent avec leurs lois.', true],
    ['Les troupes ont reculé.', false],
    ['La technique est unique.', false],
  ])('%s → %s', (text, flagged) => expect(scoreComment(text).reasons.includes('profanity')).toBe(flagged));
});

describe('a people slandered by a verb, or told to leave, is attacked for what it is', () => {
  test.each([
    // Vermin that stink and swarm, invaders, a cabal that owns the media and the banks.
    ['Les Syriens puent.', true],
    ['Ces Afghans pullulent dans nos rues.', true],
    ['Les Syriens nous envahissent.', true],
    ['Les juifs contrôlent les médias.', true],
    ['The Jews control the media.', true],
    // Told to leave: the slogan, the order, the wish.
    ['Dehors les Syriens !', true],
    ['Les Arméniens dehors !', true],
    ["Qu'ils rentrent chez eux, ces Syriens.", true],
    ['Renvoyez-les tous chez eux, ces Syriens.', true],
    ['Muslims go home!', true],
    ["Les Arméniens n'ont qu'à retourner en Arménie.", true],
    ["Les Syriens n'ont qu'à rentrer chez eux.", true],
    // A fault blamed on their blood or genes; a drunkard's name for a whole people.
    ["Les Kurdes mentent toujours, c'est dans leurs gènes.", true],
    ['Les Russes sont tous des ivrognes.', true],
    ["Les Libanais accueillent tout le monde, c'est dans leur nature.", false],
    ['Les Syriens veulent rentrer chez eux.', false],
    // Someone's people denied to them.
    ['Ceux de la banlieue sud ne sont pas de vrais Libanais.', true],
    ['Les chiites ne sont pas de vrais musulmans.', true],
    ['They are not real Lebanese.', true],
    ['Ce sont de vrais Libanais.', false],
    ['Send them all back, these Mexicans.', true],
    // News of armies, cities and returns; a slander denied; a policy argued.
    ['Les Russes envahissent la Crimée.', false],
    ['Les Kurdes contrôlent la ville de Kobané.', false],
    ['Les Syriens ne puent pas.', false],
    ['Les réfugiés syriens rentrent chez eux après la trêve.', false],
    ['Les réfugiés syriens devraient être renvoyés chez eux.', false],
    ['Selon lui, les Syriens nous envahissent.', false],
  ])('%s → identity attack: %s', (text, attack) => expect(scoreComment(text).reasons.includes('identity_attack')).toBe(attack));
});

describe('a predicate restricted, stressed or said of a role is said of its subject all the same', () => {
  test.each([
    ["Nasrallah n'est qu'un chien.", true],
    ["Assad n'est plus qu'un rat.", true],
    ['Nasrallah est vraiment un chien.', true],
    ['Nasrallah is just a dog.', true],
    // People pointed at by their role.
    ['Ces miliciens sont des rats.', true],
    ['These soldiers are animals.', true],
    ['These politicians are thieves.', true],
    // A thief is also someone the police arrest.
    ['Police arrested two thieves in Hamra.', false],
    // An animal is still an animal.
    ["Il n'y a qu'un chien dans la rue.", false],
    ["Ce n'est qu'un chien errant qui a mordu un enfant.", false],
  ])('%s → insult: %s', (text, insult) => expect(scoreComment(text).reasons.includes('insult')).toBe(insult));

  test('a people called thieves is attacked for what it is', () => expect(scoreComment('Africans are thieves.').reasons).toContain('identity_attack'));

  test('an army of a people is insulted as an army, not attacked as the people', () => {
    const s = scoreComment('Les soldats israéliens sont des voleurs.');
    expect(s.reasons).toContain('insult');
    expect(s.reasons).not.toContain('identity_attack');
  });
});

describe("whose puppet or butcher someone is, is the insult itself", () => {
  test.each([
    ['Assad est un boucher.', true],
    ['Le boucher de Damas doit être jugé.', true],
    ['Ce bourreau de Bachar continue de massacrer son peuple.', true],
    ["Assad n'est qu'un pantin de Poutine.", true],
    ['Aoun est le pantin du Hezbollah.', true],
    ['Erdogan est un fou furieux.', true],
    // The trade, the verb, the workaholic, the feeling, the festival of music.
    ['Je vais chez le boucher.', false],
    ['Le boucher du quartier est fermé.', false],
    ['Il faut boucher les trous.', false],
    ["C'est un bourreau de travail.", false],
    ["Ce chanteur était le bourreau des cœurs des années 80.", false],
    ['Les fous du volant tuent plus que la guerre sur nos routes.', false],
    ['Il joue le fou du roi dans cette pièce.', false],
    ["C'est fou ce qui se passe.", false],
    ['Je suis fou de joie.', false],
    // The insult in apposition to a name, pointed at; the mummy of a pharaoh.
    ['Ce tyran de Bachar doit partir.', true],
    ['Cette vieille momie de Berri devrait laisser sa place.', true],
    ['La momie de Toutankhamon est au Caire.', false],
    ['Cette momie de Toutankhamon attire les touristes.', false],
    // A butcher of a town we do not know may sell meat there; of a capital of the war, he is its tyrant.
    ['Le boucher de Zahlé est fermé le dimanche.', false],
    ['Le bourreau de Homs a encore frappé.', true],
    ['Assad est le pantin de Moscou.', true],
    ["Tu as le QI d'une huître.", true],
    ["Ne crois pas un mot qui sort de la bouche d'un menteur pareil.", true],
    ["Ça sort de la bouche d'un enfant.", false],
  ])('%s → insult: %s', (text, insult) => expect(scoreComment(text).reasons.includes('insult')).toBe(insult));
});

describe('a body said to be made of them insults its members', () => {
  test.each([
    ['Honte à ce gouvernement de voleurs.', true],
    ["Ce ramassis d'incapables nous gouverne.", true],
    ['Un pays de menteurs.', true],
    ['Le gouvernement de Tammam Salam est tombé.', false],
  ])('%s → insult: %s', (text, insult) => expect(scoreComment(text).reasons.includes('insult')).toBe(insult));
});

test('"sans doute" says certainty, not negation', () => {
  expect(scoreComment("C'est sans doute un imbécile.").reasons).toContain('insult');
  expect(scoreComment('Il est sans doute très content.').tone.label).toBe('positive');
});
