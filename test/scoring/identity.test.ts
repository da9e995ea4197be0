import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';

const attacked = (text: string) => scoreComment(text).reasons.includes('identity_attack');
const evidenceOf = (text: string, rule: string) => scoreComment(text).evidence.find((e) => e.rule === rule)?.match;

describe('a people said to stink, swarm, invade or control everything is slandered; a fact about something specific is not', () => {
  test.each([
    ['Les Syriens puent.', true],
    ['Les Syriens puent vraiment.', true],
    ['Ces Afghans pullulent dans nos rues.', true],
    ['Les Syriens nous envahissent.', true],
    ['Les Syriens envahissent tout.', true],
    ['Les Juifs contrôlent les médias.', true],
    ['Les Juifs contrôlent les médias et les banques.', true],
    ['Les Juifs contrôlent tout.', true],
    ['Les Juifs contrôlent le monde.', true],
    ['The Jews control the media.', true],
    ['The Jews control everything.', true],
    // Taken up by a pronoun, the people is still who stinks.
    ['Les Syriens, ils puent.', true],
    ['Les Syriens ? Ils puent.', true],
    // What is controlled is named precisely: a claim about a market or a region, not the slander.
    ['Les Saoudiens contrôlent les médias locaux.', false],
    // The whole widened to the world is still the whole; a great power leads the world.
    ['Les juifs contrôlent les médias du monde entier.', true],
    ['Jews control the media worldwide.', true],
    ['Les Qataris contrôlent les médias du pays.', false],
    ['Les Américains dirigent le monde.', false],
    ['Les Qataris contrôlent les médias arabes.', false],
    ['The Saudis own the media group.', false],
    ['Les Kurdes envahissent tout le nord de la Syrie.', false],
    ['Les Russes envahissent la Crimée.', false],
    ['Les Kurdes contrôlent la ville de Kobané.', false],
    // The smell of something, said after a long walk; armed groups named by their camp.
    ['Les Afghans puent la sueur après des jours de marche.', false],
    ['Les groupes jihadistes pullulent en Syrie.', false],
    ['Les Syriens ne puent pas.', false],
    ['Selon lui, les Syriens nous envahissent.', false],
  ])('%s → identity attack: %s', (text, attack) => expect(attacked(text)).toBe(attack));
});

describe('a slander asked as a question and answered with a rebuttal is counter-speech', () => {
  test.each([
    ["Les Juifs contrôlent les médias ? Non, c'est un mythe complotiste.", false],
    ['Les Syriens nous envahissent ? Faux, ils sont à peine un million.', false],
    ['The Jews control the media? No, that is a conspiracy myth.', false],
    // Asked and agreed with, or not asked at all, it is said.
    ['Les Juifs contrôlent les médias ? Oui, évidemment.', true],
    ['Les Juifs contrôlent les médias. Non mais sérieusement, ouvrez les yeux.', true],
    ['Les Juifs contrôlent les médias ? Non mais sérieusement, ouvrez les yeux.', true],
  ])('%s → identity attack: %s', (text, attack) => expect(attacked(text)).toBe(attack));

  test('the rebutted words are kept as counter-speech evidence', () => {
    expect(evidenceOf("Les Juifs contrôlent les médias ? Non, c'est un mythe complotiste.", 'identity.counter_speech')).toBe('Juifs contrôlent les médias');
  });
});

describe('"ne sont pas de vrais X" denies someone their people only when it says what they are', () => {
  test.each([
    ['Ceux de la banlieue sud ne sont pas de vrais Libanais.', true],
    ['Les chiites ne sont pas de vrais musulmans.', true],
    ['Les Arméniens ne seront jamais de vrais Libanais.', true],
    ['They are not real Lebanese.', true],
    ["They aren't real Lebanese.", true],
    ['Ce sont de vrais Libanais.', false],
    // Who is missing somewhere, not what someone is.
    ["Il n'y a pas de vrais Libanais dans ce gouvernement.", false],
    ["Il n'y a plus de vrais Libanais dans ce gouvernement.", false],
    ['There are not real Lebanese in this government.', false],
    // Killers denied a religion: the religion is defended against them.
    ['Les terroristes de Daech ne sont pas de vrais musulmans.', false],
    ['Ces assassins ne sont pas de vrais chrétiens.', false],
  ])('%s → identity attack: %s', (text, attack) => expect(attacked(text)).toBe(attack));
});

describe('a people told to leave is attacked; a sentence about people outside, an invitation home or a quoted order is not', () => {
  test.each([
    // The slogan, the order and the wish.
    ['Dehors les Syriens !', true],
    ['Dehors les Syriens et les Afghans !', true],
    ['Dehors les Syriens du Liban !', true],
    ['Les Arméniens dehors !', true],
    ["Qu'ils rentrent chez eux, ces Syriens.", true],
    ['Que les Syriens rentrent chez eux !', true],
    ['Retournez en Syrie, les Syriens !', true],
    ['Renvoyez-les tous chez eux, ces Syriens.', true],
    ['Send them all back, these Mexicans.', true],
    ['Muslims go home!', true],
    ["Les Syriens n'ont qu'à rentrer chez eux.", true],
    // People outside, in the cold; news of returns; a policy argued.
    ['Dehors, les Syriens ont froid dans les camps.', false],
    ['Dehors les Syriens ont froid dans les camps.', false],
    ['Les familles syriennes dehors sous la neige.', false],
    ['Les Syriens veulent rentrer chez eux.', false],
    ['Les réfugiés syriens rentrent chez eux après la trêve.', false],
    ['On apprend que les Syriens rentrent chez eux.', false],
    // Called home to vote or to be safe: an invitation.
    ["Rentrez chez vous pour voter, les Libanais de l'étranger !", false],
    ['Rentrez chez vous en sécurité, les Syriens.', false],
    ['Retournez en Syrie pour reconstruire, les Syriens !', false],
    // Someone else's order, quoted and attributed after it.
    ['« Rentrez chez vous », dit le ministre aux réfugiés.', false],
    ['« Rentrez chez vous », dit le ministre aux Syriens.', false],
    ['« Rentrez chez vous » dit le ministre aux Syriens.', false],
    ['« Rentrez chez vous » a dit le ministre aux Syriens.', false],
    ['« Rentrez chez vous », leur a dit le ministre, à ces Syriens.', false],
    ['« Rentrez chez vous », leur dit-il, à ces Syriens.', false],
    // Quoted, then approved by the commenter: his own order.
    ['« Rentrez chez vous », les Syriens : voilà ce que je dis.', true],
  ])('%s → identity attack: %s', (text, attack) => expect(attacked(text)).toBe(attack));

  test('the evidence of "send them back" covers the order, up to "back"', () => {
    expect(evidenceOf('These Mexicans, send them all back.', 'identity.exclusion')).toBe('Mexicans, send them all back');
    expect(evidenceOf('These Mexicans, send them back.', 'identity.exclusion')).toBe('Mexicans, send them back');
  });
});

describe('a fault blamed on their genes or nature is an attack; a virtue, or a fault denied, is not', () => {
  test.each([
    ["Les Kurdes mentent toujours, c'est dans leurs gènes.", true],
    ["Les Syriens ne sont pas de vrais Libanais, ils trahissent toujours, c'est dans leurs gènes.", true],
    ["Les Kurdes, c'est dans leur nature de trahir.", true],
    ["Les Libanais accueillent tout le monde, c'est dans leur nature.", false],
    ["Trahir n'est pas dans leur nature, les Kurdes.", false],
    ["Les Syriens survivront, c'est dans leur nature de survivre malgré la guerre.", false],
    ["Malgré la guerre et la misère, c'est dans leur nature d'accueillir, les Syriens.", false],
  ])('%s → identity attack: %s', (text, attack) => expect(attacked(text)).toBe(attack));
});

describe('a disability thrown at the reader is a jibe when pressed, not when stated', () => {
  test.each([
    ["T'es autiste !", true],
    ["T'es complètement autiste ou quoi ?", true],
    ['Tu es autiste ? Moi aussi.', false],
    ['Tu es autiste.', false],
  ])('%s → identity attack: %s', (text, attack) => expect(attacked(text)).toBe(attack));
});

describe('the old stereotypes said of a whole people are attacks; a fact with its reason is not', () => {
  test.each([
    ['Les Arabes ne comprennent que la force.', true],
    ['Les Afghans ne sont pas faits pour la démocratie.', true],
    ["Les Kurdes ne s'intégreront jamais.", true],
    ['Muslims will never integrate.', true],
    ['Les Juifs sont derrière tous les attentats.', true],
    ['Arabs only understand force.', true],
    ["Les réfugiés ne s'intègrent pas faute de papiers.", false],
    ["Refugees can't integrate without jobs.", false],
    ['Le régime ne comprend que la force.', false],
    ['Les Russes sont derrière la trêve.', false],
  ])('%s → identity attack: %s', (text, attack) => expect(scoreComment(text).reasons.includes('identity_attack')).toBe(attack));
});
