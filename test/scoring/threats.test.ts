import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';

describe('threats and calls to violence', () => {
  test.each([
    ['Je vais te tuer, tu vas voir.'],
    ['On va vous crever un par un.'],
    ['Il faut les tuer tous.'],
    ['Mort aux traîtres !'],
    ['Je vais poignarder ce type demain.'],
    ['Nous allons torturer ces traîtres sans pitié.'],
    ["I'm going to kill you."],
    ['They should be shot, all of them.'],
    // Adverbs between the auxiliary and the verb.
    ['Je vais vraiment juste te tuer.'],
    // Wishing to watch it happen.
    ["J'adorerais voir ces traîtres souffrir."],
    ["Si seulement quelqu'un pouvait l'étrangler."],
    // A verb that carries its own object.
    ['Je vais trancher leurs gorges.'],
    // Violence declared harmless.
    ['Tabasser un Arabe ne devrait pas être illégal.'],
    // Harm wished on someone, and telling someone to kill themselves.
    ["J'espère que tu vas crever."],
    ["J'espère qu'ils vont tous crever, ces vendus."],
    ["Pourvu qu'il attrape le cancer."],
    ["Je souhaite qu'elle tombe malade."],
    ['Tu devrais te suicider.'],
    ['Pends-toi !'],
    ['On va te défoncer.'],
    ['ON VA TOUS VOUS BUTER'],
    ['On aura ta peau.'],
    ['Je te retrouverai, sale traître.'],
    ["T'as qu'à te pendre."],
    ['Va te jeter sous un train.'],
    ["Espérons qu'il attrape le cancer."],
    ["J'espère que tu vas te faire tuer."],
    // Intimidation: the menace without the violence named.
    ['Tais-toi si tu tiens à ta vie.'],
    ['Tu vas le regretter.'],
    ['Tu ne perds rien pour attendre.'],
    ['Watch your back.'],
    ["You'll regret this."],
    ['Tu vas me le payer !'],
    ['On se verra à Hamra et tu vas comprendre ta douleur.'],
    ["Tu vas voir ce qui va t'arriver."],
    ["You'll pay for this."],
    // Beheading, and a country wiped off the map.
    ['On va leur couper la tête.'],
    ["Qu'on leur coupe la tête à ces salauds."],
    ['Il faut rayer Israël de la carte.'],
    ['We should wipe Tehran off the map.'],
    // Bodily harm promised in the present, and the reader declared as good as dead.
    ['Je te casse la gueule si je te croise.'],
    ["Je t'éclate la tête."],
    ["T'es un homme mort."],
    ['Vous êtes des hommes morts.'],
    ["I'll break your neck."],
    ["I'm going to punch you in the face."],
    ["You're a dead man."],
    ['Si je le croise, je lui casse la gueule.'],
    ["Someone should put a bullet in Assad's head."],
    // Death awaited, an accident wished.
    ["Au tour des geôliers d'Evin de crever, maintenant."],
    ['Ils meurent quand, ces deux-là ?'],
    ["Que l'avion de Poutine s'écrase !"],
    ["J'espère que son cortège saute."],
  ])('%s', (text) => {
    const s = scoreComment(text);
    expect(s.toxicity.threat).toBeGreaterThanOrEqual(0.5);
    expect(s.reasons).toContain('threat');
    expect(s.evidence.some((e) => e.kind === 'threat')).toBe(true);
  });

  test.each([
    ['Les frappes ont tué douze civils à Alep.'],
    ["L'armée a été accusée d'avoir tué des manifestants."],
    ['Je vais te raconter une histoire.'],
    ['Il faut les aider à reconstruire.'],
    ['Mort de rire, cette déclaration.'],
    ['Les soldats ont tiré sur la foule à Homs.'],
    ['Je vais tirer les conclusions de ce scrutin.'],
    ["J'aimerais voir mes enfants grandir en paix."],
    ['Les réfugiés syriens devraient être renvoyés chez eux.'],
    ['Tuer en légitime défense ne devrait pas être illégal.'],
    ['Les criminels de guerre devraient être emprisonnés.'],
    ['Les otages ont été enfermés pendant des mois.'],
    ['Nous allons mettre fin à la vie chère, promet le gouvernement.'],
    ["J'aimerais voir les responsables du massacre de la Ghouta jugés à La Haye."],
    ["Nombre de Syriens doivent être internés faute de papiers, c'est scandaleux."],
    ["J'espère qu'il n'attrape pas le covid."],
    ["J'espère que la situation va s'améliorer."],
    ['Vivement que la guerre finisse.'],
    ["Pourvu qu'elle tombe amoureuse de Beyrouth."],
    ['Le ministre a annoncé un plan contre le cancer.'],
    ['Je te trouverai un livre sur le sujet.'],
    ['On vous retrouvera à la gare demain.'],
    ['Le président a sauvé sa peau.'],
    ['Les médecins ont tout fait pour que le malade ne meure pas.'],
    ['Tu vas le regretter si tu rates ce film.'],
    ['Si tu ne vas pas voir ce film, tu vas le regretter.'],
    ['Nous savons que tu es là.'],
    ["Vous allez payer plus cher l'essence cet hiver."],
    ['Tu vas le payer combien, ton générateur ?'],
    ['You will pay more taxes next year.'],
    ["If you break it, you'll pay for it."],
    ['Il faut couper le courant la nuit.'],
    ['Daech a coupé la tête de deux otages.'],
    ["J'ai peur qu'on leur coupe la tête."],
    ['Le village a été rayé de la carte par les bombardements.'],
    ['Personne ne veut rayer le Liban de la carte.'],
    // A warning is not an incitement, a hope that no one dies is not a death wish.
    ['Le tabac va te tuer.'],
    ['Ralentis, tu vas te tuer sur cette route !'],
    ["J'espère qu'aucun civil ne va mourir dans ce bombardement."],
    ["J'espère que personne n'aura le covid."],
    ["Pourvu qu'on puisse mourir chez nous, en paix."],
    ['Le régime souhaite que les civils finissent par mourir de faim.'],
    ["J'espère que Nadal aura une balle de break."],
    ['La cigarette aura ta peau.'],
    ['Combien tu vas payer ?'],
    ['Si tu tiens à la vie, arrête de fumer.'],
    ['Automobilistes, gare à vous !'],
    ["If you don't vote, you'll regret it."],
    ['Watch your back when lifting heavy boxes.'],
  ])('reporting violence is not a threat: %s', (text) => {
    expect(scoreComment(text).reasons).not.toContain('threat');
  });
});

describe('identity attacks on groups', () => {
  test.each([
    ['Je déteste les musulmans.'],
    ['Les juifs sont des parasites.'],
    ['Les réfugiés syriens sont tous des voleurs.'],
    ['Les chrétiens ne sont pas des êtres humains dignes de ce nom.'],
    ['I hate all immigrants.'],
    ['Les Kurdes ne méritent pas de vivre.'],
    ['Les vies des migrants n’ont aucune importance.'],
    ['Ces Arméniens valent moins que des cafards.'],
    // Confinement called for, the group named first.
    ['Les Arabes devraient être enfermés dans des cages.'],
    // The group, a short complement, then the copula.
    ['Tous les Turcs de leur espèce sont ignobles.'],
    // The group as the measure of something bad.
    ["Il n'y a rien de plus répugnant qu'un Kurde."],
    ["Personne d'autre n'est aussi crasseux que ces Kurdes."],
    // Belonging denied.
    ["Les Arméniens n'ont pas leur place dans ce pays."],
    ['Muslims do not belong here.'],
    // A quality said of the group, however strong the adverb before it.
    ['Les Turcs sont absolument abjects.'],
    ['Les Kurdes sont une menace pour la civilisation.'],
    // Anger the speaker says the group makes him feel.
    ['Ces Turcs me dégoûtent.'],
    ['Les Kurdes me font bouillir.'],
    ['Une vie de Kurde ne vaut rien.'],
    ['les syriens sont barbares.'],
    // People named with their people's adjective are still that people.
    ['Les jeunes syriens sont des rats.'],
    ['Le peuple syrien est un cancer.'],
    ['Muslim leaders are all terrorists.'],
    ['These Muslims make my blood boil.'],
  ])('%s', (text) => {
    const s = scoreComment(text);
    expect(s.reasons).toContain('identity_attack');
    expect(s.toxicity.flag).toBe(true);
  });

  test.each([
    ['Je ne déteste pas les musulmans.'],
    // What the group suffers, or the role it is given, is no quality of it.
    ['Les Syriens sont morts sous les bombes.'],
    ['Les Kurdes sont otages du régime.'],
    ['Les Syriens sont victimes de la guerre.'],
    ['Les Syriens sont un peuple fier.'],
    ['Les Syriens sont des victimes de la guerre.'],
    ['Les Kurdes sont des combattants courageux.'],
    ['Les réfugiés sont des êtres humains.'],
    ['Dire que les Palestiniens sont des terroristes, c’est de la propagande.'],
    ['Les chrétiens sont menacés.'],
    // A people's adjective names a state, its army or its money: what is said of it is not said of the people.
    ['Le régime syrien est criminel.'],
    ['La livre syrienne ne vaut plus rien.'],
    ['Le gouvernement turc est ignoble.'],
    ['The Syrian regime is criminal.'],
    ['Les frappes russes sont criminelles.'],
    ['Le ministre des Affaires étrangères est un incapable.'],
    ["L'accord nucléaire iranien est une erreur."],
    ['The Russian bombing is a disgrace.'],
    // Hatred condemned, by the commenter too.
    ['Je condamne la haine contre les Syriens.'],
    ['Stop à la haine contre les réfugiés.'],
    ['Pourquoi tant de haine contre les Syriens ?'],
    // Someone else's contempt, reported; a people's plight.
    ['Pour Assad, les Syriens ne valent rien.'],
    ['Selon le ministre, les réfugiés sont une menace.'],
    ['Les réfugiés sont une tragédie humaine.'],
    ['Les réfugiés syriens sont courageux.'],
    ["J'ai deux collègues chiites."],
    ["Les réfugiés syriens n'ont aucun droit au travail au Liban."],
    ["Les réfugiés n'ont plus de place dans les camps de la Bekaa."],
    ['Dire que « les réfugiés sont des parasites » est raciste et inacceptable.'],
    ["Rien n'est plus beau qu'un réfugié qui sourit."],
    ["Il n'y a rien de plus triste qu'un réfugié seul."],
    ['Les chrétiens ont leur place au Liban.'],
    // A denied comparison measures nothing by the group.
    ["Ce n'est pas plus dangereux que les Syriens restés à Idlib."],
    ['This is not as bad as the Syrians feared.'],
    // A people named only to say whose leader is meant: the insult is the leader's.
    ['Le président des Kurdes est un idiot.'],
    ['The king of the Saudis is a pig.'],
    // …or whose plight or whose body: what is said is said of that noun.
    ['Le sort des Syriens est honteux.'],
    ['Le traitement des réfugiés syriens est scandaleux.'],
    ['Le massacre des Yézidis est abominable.'],
    ['Le silence de la Ligue arabe est inquiétant.'],
    // A people's adjective on a role: politicians, leaders, settlers — not the people.
    ['Les politiciens libanais sont tous des voleurs.'],
    ['Les dirigeants saoudiens sont des hypocrites.'],
    ['Les colons israéliens sont violents.'],
  ])('not an attack: %s', (text) => {
    expect(scoreComment(text).reasons).not.toContain('identity_attack');
  });

  // War coverage: readers describe what a people endures or feels. That is its plight, not a derogation.
  test.each([
    ['Les réfugiés sont désespérés.'],
    ['Les Kurdes sont tristes et fatigués.'],
    ['Les chiites de Homs sont blessés et affamés.'],
    ['Les Syriens sont épuisés par cinq ans de guerre.'],
    ['Muslims are hated by the extremists.'],
    ['Les Libanais sont furieux contre leur gouvernement.'],
    ['Syrian refugees are exhausted and hungry.'],
    ['Syrian children are dying and the world watches.'],
    ['Muslims are attacked every day.'],
  ])('what a group suffers or feels, flagged as nothing: %s', (text) => {
    const s = scoreComment(text);
    expect(s.reasons).not.toContain('identity_attack');
    expect(s.tone.label).toBe('negative');
  });

  test('the places these comments name every day are no misspelt group or slur', () => {
    const s = scoreComment('Les chiites de Homs, les sunnites de Hama, Alep, Idleb, Raqqa, Daraa, Palmyre, Kobané, Ersal et Baalbek attendent.');
    expect(s.reasons).toEqual([]);
  });

  // A country's name is no misspelt name of its people, nor any other word a letter away ("Russie" / "réussie").
  test.each([['Ils niquent la Syrie.'], ['Israel is a terrorist state.'], ['L’Algérie est une dictature pourrie.'], ['America is a joke.']])('%s attacks no people', (text) =>
    expect(scoreComment(text).reasons).not.toContain('identity_attack'),
  );

  test('a group named in a misspelt plural is still the group', () => {
    expect(scoreComment('Les femms comme toi sont répugnantes.').reasons).toContain('identity_attack');
  });

  test.each([["Tu n'es qu'un idiot."], ['Vous n’êtes que des abrutis.'], ["Vous n'êtes rien que des s4lopes."]])(
    '"ne … que" restricts, it does not deny: %s',
    (text) => {
      expect(scoreComment(text).insult.flag).toBe(true);
    },
  );

  test('a lack denies as a negation does, and a denied lack affirms', () => {
    expect(scoreComment('Un manque de respect total pour les Arabes.').reasons).toContain('identity_attack');
    expect(scoreComment('Je ne manque pas de respect pour les Arabes.').reasons).not.toContain('identity_attack');
    expect(scoreComment('Ce ministre manque de courage.').tone.label).toBe('negative');
  });

  test('no one being as bad is no negation: "personne n’est aussi … que"; "pas si … que ça" still denies', () => {
    expect(scoreComment('Personne n’est aussi idiot que toi.').insult.flag).toBe(true);
    expect(scoreComment('Il n’est pas un idiot.').insult.flag).toBe(false);
    expect(scoreComment("Ce n'est pas si mal que ça.").tone.label).not.toBe('negative');
  });

  test.each([
    // Words whose folded form is a judgement, or a slur, are no plight.
    ['Les juifs sont indignes de confiance.'],
    ['Les homosexuels sont des malades.'],
    ['Les Syriens sont répugnants.'],
    ['Les Turcs sont dangereux et sournois.'],
    ['Immigrants are disgusting and lazy.'],
    // A plural noun with its article says what the group is as "une menace" does.
    ['Les musulmans sont des terroristes.'],
    ['Les Russes sont tous des criminels.'],
    // Its ways and nature are the group; its men and women are the people.
    ['La mentalité des Syriens est arriérée.'],
    ["C'est dans la nature des Kurdes d'être des sauvages."],
    ['Les hommes arabes sont des violeurs.'],
  ])('while what a group is blamed for being still is: %s', (text) => {
    expect(scoreComment(text).reasons).toContain('identity_attack');
  });
});

describe('bloodshed wished for by the speaker is a threat', () => {
  test.each([
    ['Vivement la guerre civile.', true],
    ["J'espère une frappe atomique sur cette ville.", true],
    ['On veut un nouveau massacre, apparemment.', true],
    ['I hope for a race war.', true],
    ['We need a civil war.', true],
    ['Je ne veux pas de guerre civile.', false],
    ['Vivement la fin de la guerre civile.', false],
    ["J'espère une paix durable.", false],
    ['Les Libanais craignent une nouvelle guerre civile.', false],
    ['We need a ceasefire, not another massacre.', false],
    // Asked about, supposed, or named for something else.
    ["Est-ce qu'on veut une nouvelle guerre civile ? Non.", false],
    ['Si on veut une guerre civile, continuons comme ça.', false],
    ['We need a civil war memorial.', false],
    ['On veut le génocide arménien reconnu.', false],
  ])('%s → %s', (text, threat) => {
    const s = scoreComment(text);
    expect(s.reasons.includes('threat')).toBe(threat);
    if (threat) expect(s.evidence.some((e) => e.rule === 'threat.wished_violence')).toBe(true);
  });
});

describe('a death said to be undeserved is no call for it', () => {
  test.each([
    ['Aucun civil ne mérite de mourir.', false],
    ['Personne ne mérite de mourir comme ça.', false],
    ["Aucun prisonnier ne mérite d'être exécuté.", false],
    ['Ces traîtres méritent de mourir.', true],
    ['Ils méritent tous de crever.', true],
  ])('%s → threat %s', (text, threat) => expect(scoreComment(text).reasons.includes('threat')).toBe(threat));
});

describe('every violent verb threatens', () => {
  test.each([['Je vais te crucifier, toi.'], ['On va les empaler sur la place.']])('%s', (text) =>
    expect(scoreComment(text).reasons).toContain('threat'),
  );
  test.each([['Le boucher va dépecer le mouton.'], ['Jésus a été crucifié.'], ['Il faut démembrer ce réseau de passeurs.']])('reported, literal or figurative: %s', (text) => expect(scoreComment(text).reasons).not.toContain('threat'));
});

describe('threats however they are built', () => {
  test.each([
    // The object after "mettre fin à la vie de…", the body part after "ton".
    ['Je veux mettre fin à la vie de chaque traître.'],
    ['Je vais briser ton cou, sale traître.'],
    // An adverb before the wish to watch, the harm wished in the passive.
    ["J'aimerais trop voir ces traîtres souffrir."],
    ['Je souhaite que tous ces traîtres soient abattus dans la rue.'],
    ['Je veux que ces Kurdes soient tués.'],
    // A people named as a noun, written without a capital.
    ['Je veux que les chrétiens soient égorgés.'],
    // Killing said to be the better course.
    ['Ce serait mieux de noyer ces Syriens.'],
    ['Il vaudrait mieux tuer tous ces Kurdes.'],
    ['Mieux vaut les abattre, ces Syriens.'],
    ['Les Syriens, il vaut mieux les tuer.'],
    // Violence declared harmless, its object a few words long.
    ['Violer un traître comme toi ne devrait pas être illégal.'],
    ['Assassiner ces traîtres devrait être dépénalisé.'],
    ['Et si on tranchait la gorge de ces traîtres ?'],
    ['Pourquoi ne pas se débarrasser des Kurdes une fois pour toutes ?'],
    // "J'aimerais que" wishes as "j'espère que" does.
    ["J'aimerais bien qu'il attrape le cancer."],
    ['J’aimerais que tous ces traîtres soient fusillés.'],
    // Death in the subjunctive, standing alone, wished or called for.
    ["Qu'il crève !"],
    ['J’espère que tu crèves.'],
    ['Je souhaite que vous creviez tous.'],
    ["Il faut qu'ils crèvent."],
    ["J'aurais voulu qu'ils crèvent tous."],
    // With a person named, or in the future; wished to someone's face; ordered.
    ["Qu'Assad crève !"],
    ['J’espère que Nasrallah mourra.'],
    ["J'espère qu'ils crèveront tous."],
    ['Je te souhaite de mourir.'],
    ['Je leur souhaite un cancer.'],
    ['Tuez-les tous !'],
    ['Massacrez-les.'],
    ['I hope Assad dies.'],
    ['We hope that bastard rots in jail.'],
    // In the present, the reader threatened; a people to be done with; "mort à" as a cry.
    ['Je vous tue tous.'],
    ['Il faut en finir avec les Kurdes.'],
    ['On va en finir avec vous.'],
    ['Mort aux traîtres !'],
    // Intent said another way, a condition with an adverb.
    ['Il faudra que je tue ce traître.'],
    ['Et si simplement on massacrait ces traîtres ?'],
  ])('%s', (text) => expect(scoreComment(text).reasons).toContain('threat'));

  test.each([
    ['Il a voulu mettre fin à la vie de son chien malade.'],
    ['Ce serait mieux de noyer le poisson, comme toujours.'],
    ['Ce serait mieux de noyer ce steak dans le beurre.'],
    ['Ce serait mieux de brûler les étapes.'],
    ['Il vaut mieux brûler les étapes.'],
    ['Il vaudrait mieux tuer le temps en lisant.'],
    ['Je veux que les coupables soient jugés.'],
    // The killing wished on a thing, asked about, or said to be someone else's wish.
    ['Je veux que la sentence soit exécutée.'],
    ['Je veux que le drone israélien soit abattu.'],
    ["Vous croyez vraiment qu'on veut que les Syriens soient massacrés ?"],
    ["Ils disent qu'on veut que les Syriens soient massacrés."],
    // The people named further on is not what is killed.
    ['Il vaudrait mieux tuer les préjugés contre les réfugiés syriens.'],
    ['Il vaudrait mieux abattre les murs entre chiites et sunnites.'],

    ['Pourquoi ne pas se débarrasser de cette vieille voiture ?'],
    ['Je souhaite que tous les otages soient libérés.'],
    ["J'aimerais trop voir ce film."],
    ["J'aimerais que les coupables soient jugés."],
    // A death feared, doubted or denied, not wished.
    ["Je ne veux pas qu'il crève."],
    ["Il ne faut pas qu'ils meurent."],
    ["Il se pourrait qu'il meure demain."],
    ["Je crains qu'ils meurent de faim."],
    ["Pourvu qu'il ne meure pas."],
    ["J'espère que les otages ne mourront pas."],
    ["J'espère que moins de civils mourront cet hiver."],
    ['J’espère que la corruption disparaisse.'],
    ["J'espère qu'il mourra en paix, entouré des siens."],
    ['Je lui souhaite de mourir en paix.'],
    ['Je lui souhaite bon courage face au cancer.'],
    ['Arrêtez-les tous !'],
    // Where someone died, what is done to others described, a killing feared.
    ['Mon oncle est mort à Alep en 2013.'],
    ['Un journaliste est mort aux mains du régime.'],
    ['On tue des enfants et personne ne réagit.'],
    ['Je tue le temps en lisant vos commentaires.'],
    ["Il avait peur qu'on le tue s'il parlait."],
    // Violence done to things, not people.
    ["Cette loi va tuer l'économie libanaise."],
    ['Il faut en finir avec la corruption.'],
    ['Il faut en finir avec les violences contre les Kurdes.'],
    // A death denied to be deserved.
    ['Nobody deserves to die like that.'],
    ['He did not deserve to die.'],
    ['No child should be killed like this.'],
    // Quoted in a sentence that condemns it.
    ['Dire « mort aux Américains » dans une manifestation, c’est lamentable.'],
    // Denied by the speaker, with no "mais" to make it a hedge.
    ["Je ne dis pas qu'il faut les tuer, je dis qu'il faut les juger."],
    // A hope that someone lives, or dies in peace.
    ['I hope nobody else dies.'],
    ["I hope my dog doesn't die."],
    ['I hope grandpa dies peacefully, without pain.'],
    // A fall, a market, a laugh, a stage.
    ["Il s'est cassé la gueule dans l'escalier."],
    ['Le marché va se casser la gueule.'],
    ['Tu es mort de rire ?'],
    ["You're dead right."],
    ['Break a leg tonight!'],
    ["Il lui a cassé la gueule hier."],
    ['The bullet went through his arm.'],
    ["C'est au tour de la France de jouer."],
    ["L'avion s'est écrasé près de Charm el-Cheikh."],
    ["Il meurt quand il n'a plus d'eau."],
  ])('not a threat: %s', (text) => expect(scoreComment(text).reasons).not.toContain('threat'));
});

describe('a threat reported as someone else’s view is damped as reported speech', () => {
  test.each([
    ['Il vaudrait mieux tuer ces Syriens, a dit le ministre.'],
    ['Il faut tuer les Kurdes, selon le ministre.'],
    // Reportedly said, said aloud, chanted: news of a threat, not the commenter's own.
    ['Il faut tous les tuer, aurait dit le commandant.'],
    ['Selon un témoin, le chef a crié : il faut tous les tuer.'],
    ['Les manifestants criaient « Mort à l’Amérique ! »'],
    ['We will kill them all, the commander said.'],
    ['« On va tous vous tuer », a crié l’assaillant.'],
  ])('%s', (text) => {
    const s = scoreComment(text);
    expect(s.reasons).not.toContain('threat');
    expect(s.evidence.some((e) => e.rule === 'threat.reported_speech')).toBe(true);
  });
});

test("a threat to the reader's face is not a threat to the group its words name", () => {
  // "man" names a gender, but here it is what the reader is called.
  expect(scoreComment("You're a dead man.").reasons).not.toContain('identity_attack');
  expect(scoreComment("I'll kill you and all the Muslims.").reasons).toContain('identity_attack');
});

describe('our value for a word holds in every form, for every rule', () => {
  test.each([['Les Kurdes sont pitoyables.'], ['Les Kurdes sont pitoyable.']])('%s is an identity attack', (text) =>
    expect(scoreComment(text).reasons).toContain('identity_attack'),
  );
});

describe('a moderator sees a threat where harm is wished or promised, not where it is lamented, doubted, told or said in an idiom', () => {
  test.each([
    // Killing promised, as ever.
    ['Je vais te tuer.', true],
    // A crash wished on someone, not a crash the speaker does not wish, does not care about, or hopes will not happen.
    ["Que l'avion de Bachar s'écrase !", true],
    ["J'espère que l'avion du président s'écrase.", true],
    ["Je ne souhaite pas que l'avion de Bachar s'écrase, je veux qu'il soit jugé.", false],
    ["Je ne veux pas que l'avion de Bachar s'écrase.", false],
    ["J'espère que l'avion de Bachar ne s'écrase pas.", false],
    ["Pourvu que l'avion ne s'écrase pas.", false],
    ["Qu'il s'écrase ou pas, on s'en moque.", false],
    ["Que l'avion de Bachar s'écrase ou pas, on s'en moque.", false],
    ["Que l'avion s'écrase ou non, le régime tiendra.", false],
    // The same indifference about a death.
    ["Qu'il crève !", true],
    ["Qu'il crève ou pas, je m'en fiche.", false],
    // Someone's turn to die: awaited for a figure, lamented for victims or for how they die.
    ['Au tour de Nasrallah de crever.', true],
    ['Après Kadhafi, au tour de Bachar de mourir.', true],
    ['Au tour de Nasrallah de crever comme un chien.', true],
    ['Au tour des enfants de mourir de froid.', false],
    ['Au tour des enfants de mourir de faim.', false],
    ["Au tour des civils d'Alep de mourir à petit feu.", false],
    ['Au tour des réfugiés de mourir sous les bombes.', false],
    ['Au tour des Syriens de mourir dans les camps.', false],
    ['Au tour des enfants de crever.', false],
    ['Au tour des innocents de mourir.', false],
    ['Maintenant, au tour de nos femmes de mourir.', false],
    // When someone will die, asked of a person, not of a character in a story nor of a thing.
    ['Il crève quand, Bachar ?', true],
    ['Et lui, il crève quand ?', true],
    ['Ils meurent quand, ces deux-là ?', true],
    ['Il meurt quand dans le film ?', false],
    ["J'ai pas fini le livre. Il meurt quand ?", false],
    ['Elle meurt quand, dans la série ?', false],
    ['Il crève quand, le cessez-le-feu ?', false],
    ['Elle meurt quand, la trêve ?', false],
    ['Il crève quand, le régime ?', false],
    // "You're dead": a threat said to someone's face, an idiom ("you're done for") after a condition.
    ["T'es mort, toi.", true],
    ['Tu es mort, sale traître.', true],
    ['Vous êtes morts, bande de traîtres.', true],
    ["Sans wasta, t'es mort au Liban.", false],
    ["Si tu n'as pas de piston, t'es mort.", false],
    ["Sans piston, t'es mort.", false],
    // A head broken is a threat; a head "cassée" is someone pestered.
    ['Je vais te casser la gueule.', true],
    ["Je vais t'éclater la tête.", true],
    ['Je vais lui fracasser la tête.', true],
    ['Il nous casse la tête avec ses discours.', false],
    ['Je vais te casser la tête avec mes questions, désolé.', false],
    ['Je te casse la tête avec mes histoires, pardon.', false],
    // A neck or necks broken, whoever is threatened.
    ["I'll break your necks.", true],
    ['We will break their necks.', true],
    ['Je vais te briser la nuque.', true],
    ['Je vais vous briser la nuque.', true],
    ['Je vais vous briser les nuques.', true],
    ['Je te brise la nuque si je te croise.', true],
    ["Il s'est brisé la nuque en tombant.", false],
    // A bullet in the head wished, deserved or promised, not one reported.
    ['Someone should put a bullet in his head.', true],
    ['He deserves a bullet in the head.', true],
    ["I'll put a bullet in your head.", true],
    ['The soldiers put a bullet in his head.', false],
    ['They put a bullet in his head and left him on the road.', false],
    ['Une balle dans la tête, voilà ce qu’il mérite.', true],
    ['Il faudrait lui mettre une balle dans la tête.', true],
    ["Tôt ou tard, quelqu'un lui mettra une balle dans la tête.", true],
    ["Qu'on lui loge une balle dans la tête.", true],
    ['Les miliciens lui ont mis une balle dans la tête.', false],
    ["Il a été tué d'une balle dans la tête.", false],
    ['Le journaliste a reçu une balle dans la tête.', false],
    ['Il ne mérite pas une balle dans la tête, il mérite un procès.', false],
    // "Dead meat" and "a kick in the teeth" said to someone, not of animals nor of an election.
    ["You're dead meat.", true],
    ['The camels are dead meat in this desert heat.', false],
    ['Without water, the camels are dead meat.', false],
    ["I'll kick your teeth in.", true],
    ['This result is a kick in the teeth for the opposition.', false],
    ['A kick in the teeth at the ballot box.', false],
    // A hope that someone does not die, the apostrophe left out.
    ['I hope he doesnt die.', false],
    ['I hope Assad dies.', true],
    // A ruptured aneurysm wished, however the elision is written.
    ["J'espère qu'il fasse une rupture d'anévrisme.", true],
  ])('%s → threat %s', (text, threat) => expect(scoreComment(text).reasons.includes('threat')).toBe(threat));
});
