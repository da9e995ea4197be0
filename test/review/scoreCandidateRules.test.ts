/** POST /api/score with candidate rules: the rules page previews an edit before it is saved. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_RULES, scoreComment, type Rules } from '../../shared/scoring/index.js';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { call, fieldsOf } from './support.js';

let srv: TestServer;
let viewer: TestLogin;
let moderator: TestLogin;
let admin: TestLogin;
beforeAll(async () => {
  srv = await getTestServer();
  [viewer, moderator, admin] = await Promise.all([srv.login('viewer'), srv.login('moderator'), srv.login('admin')]);
});
afterAll(async () => srv.close());

const text = 'Merci pour cet article très clair.';
/** The defaults with "merci" as a word to flag: a polite comment becomes an insult. */
const flagMerci = (): Rules => ({ ...DEFAULT_RULES, words: { ...DEFAULT_RULES.words, flag: ['merci'] } });

test('candidate rules change the score, as the engine computes it with them, and nothing is saved', async () => {
  const before = await call(srv, admin, 'POST', '/api/score', { text });
  expect(before.body).toMatchObject({ flagged: false, reasons: [] });

  const r = await call(srv, admin, 'POST', '/api/score', { text, rules: flagMerci() });
  expect(r.status).toBe(200);
  expect(r.body).toEqual(scoreComment(text, { rules: flagMerci() }));
  expect(r.body).toMatchObject({ flagged: true, reasons: ['insult'] });
  expect(r.body.evidence.find((e: any) => e.kind === 'insult')).toMatchObject({ match: 'Merci' });

  expect((await srv.store.currentRules()).words.flag).toEqual([]);
  expect((await call(srv, admin, 'POST', '/api/score', { text })).body).toEqual(before.body);
});

test('candidate thresholds are used: a lower shouting threshold makes capitals shouting', async () => {
  const caps = 'JE NE SUIS PAS DU TOUT DAccord avec vous';
  const strict: Rules = { ...DEFAULT_RULES, thresholds: { ...DEFAULT_RULES.thresholds, shouting: 0.05, shoutingMinWords: 1 } };
  const lenient = await call(srv, admin, 'POST', '/api/score', { text: caps, rules: { ...DEFAULT_RULES, thresholds: { ...DEFAULT_RULES.thresholds, shouting: 1 } } });
  const r = await call(srv, admin, 'POST', '/api/score', { text: caps, rules: strict });
  expect(lenient.body.shouting.flag).toBe(false);
  expect(r.body.shouting.flag).toBe(true);
  expect(r.body.reasons).toContain('shouting');
});

test('the version may be left out of candidate rules', async () => {
  const { version: _, ...unversioned } = flagMerci();
  const r = await call(srv, admin, 'POST', '/api/score', { text, rules: unversioned });
  expect(r.status).toBe(200);
  expect(r.body.reasons).toEqual(['insult']);
});

test('a viewer or a moderator sending rules gets 403, even with rules that are malformed', async () => {
  for (const who of [viewer, moderator]) {
    for (const rules of [flagMerci(), {}, 'nonsense']) {
      const r = await call(srv, who, 'POST', '/api/score', { text, rules });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
    // Without rules, the preview stays open to every role.
    expect((await call(srv, who, 'POST', '/api/score', { text })).status).toBe(200);
  }
});

test.each([
  ['a threshold out of its range', { ...flagMerci(), thresholds: { ...DEFAULT_RULES.thresholds, insult: 2 } }, ['rules.thresholds.insult']],
  ['a word list that is not a list', { ...flagMerci(), words: { ...DEFAULT_RULES.words, block: 'con' } }, ['rules.words.block']],
  ['an empty word', { ...flagMerci(), words: { ...DEFAULT_RULES.words, allow: ['ok', ' '] } }, ['rules.words.allow.1']],
  ['a missing part', { version: 1, defaultLang: 'fr', thresholds: DEFAULT_RULES.thresholds }, ['rules.words']],
  ['an unknown threshold', { ...flagMerci(), thresholds: { ...DEFAULT_RULES.thresholds, sarcasm: 0.5 } }, ['rules.thresholds.sarcasm']],
  ['rules that are not an object', 'nonsense', ['rules']],
])('for an admin, %s is a 400 naming the field', async (_, rules, fields) => {
  const r = await call(srv, admin, 'POST', '/api/score', { text, rules });
  expect(r.status).toBe(400);
  expect(r.body.error.code).toBe('invalid_request');
  expect(fieldsOf(r)).toEqual(fields);
});
