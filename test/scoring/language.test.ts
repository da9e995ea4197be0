import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';

describe('language detection', () => {
  test.each([
    ['Je ne comprends pas pourquoi le gouvernement se tait.', 'fr'],
    ['je ne comprends pas pourquoi le gouvernement se tait', 'fr'],
    ['IL EST AUX ABOIS ET IL LE SAIT', 'fr'],
    ['une mosquee a ete frappee par erreur', 'fr'],
    // "on" and "me" are words of both languages; "va", "te" are French.
    ['On va te retrouver.', 'fr'],
    ['Tu me fais rire.', 'fr'],
    ["I'm on it, call me later.", 'en'],
    ['Call me maybe.', 'en'],
    ['I do not understand why the government is silent.', 'en'],
    ['THEY ARE LYING TO ALL OF US', 'en'],
    ['No entiendo por qué el gobierno no dice nada y todo esto es muy raro.', 'other'],
    ['هذا تعليق باللغة العربية', 'other'],
    ['Die Regierung sagt nichts und das ist nicht gut.', 'other'],
    // Too short for function words: the words each lexicon knows decide.
    ['Great article, thanks.', 'en'],
    ["You're a moron.", 'en'],
    ['Go die, traitor.', 'en'],
    ['Merci, super article.', 'fr'],
  ])('%s → %s', (text, lang) => expect(scoreComment(text).lang).toBe(lang));

  test('the caller can set the language', () => {
    const s = scoreComment('ok', { lang: 'en' });
    expect(s.lang).toBe('en');
    expect(s.langConfidence).toBe(1);
  });
});
