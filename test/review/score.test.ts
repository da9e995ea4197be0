/** POST /api/score: the live preview. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { call, fieldsOf } from './support.js';

let srv: TestServer;
let viewer: TestLogin;
beforeAll(async () => {
  srv = await getTestServer();
  viewer = await srv.login('viewer');
});
afterAll(async () => srv.close());

test('answers the full CommentScore, evidence and breakdown included, as the engine computes it', async () => {
  const text = 'Quel ramassis de crétins, ces lecteurs !';
  const r = await call(srv, viewer, 'POST', '/api/score', { text });
  expect(r.status).toBe(200);
  expect(r.body).toEqual(scoreComment(text));
  expect(r.body).toMatchObject({ lang: 'fr', flagged: true, reasons: ['insult'] });
  expect(r.body.evidence.find((e: any) => e.kind === 'insult')).toMatchObject({ match: 'crétins' });
});

test('lang, when given, is used instead of detection', async () => {
  const r = await call(srv, viewer, 'POST', '/api/score', { text: 'ok', lang: 'en' });
  expect(r.body).toMatchObject({ lang: 'en', langConfidence: 1 });
});

test.each([
  ['no text', {}, ['text']],
  ['a text that is not a string', { text: 12 }, ['text']],
  ['a text over the limit', { text: 'a'.repeat(20_001) }, ['text']],
  ['an unknown language', { text: 'hola', lang: 'es' }, ['lang']],
  ['an unknown field', { text: 'ok', extra: 1 }, ['extra']],
])('%s is a 400 naming the field', async (_, body, fields) => {
  const r = await call(srv, viewer, 'POST', '/api/score', body);
  expect(r.status).toBe(400);
  expect(r.body.error.code).toBe('invalid_request');
  expect(fieldsOf(r)).toEqual(fields);
});
