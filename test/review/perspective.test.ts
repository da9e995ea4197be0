/** POST /v1alpha1/comments:analyze — Perspective's AnalyzeComment, as Coral Talk calls it. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';
import { getTestServer, TEST_INGEST_KEY, type TestServer } from '../support/server.js';

let srv: TestServer;
let coralKey: string;
beforeAll(async () => {
  srv = await getTestServer();
  coralKey = await srv.store.createApiKey('coral');
});
afterAll(async () => srv.close());

const INSULT = 'Quel ramassis de crétins, ces lecteurs qui applaudissent !';
const THREAT = 'Je vais te retrouver et te tuer';

async function analyze(body: unknown, { key = TEST_INGEST_KEY as string | null, header = false, path = '/v1alpha1/comments:analyze' } = {}) {
  const url = new URL(path, srv.url);
  if (key && !header) url.searchParams.set('key', key);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key && header ? { 'X-API-Key': key } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('as Coral Talk calls it', () => {
  // The request below is the one Coral Talk builds, field for field: coralproject/talk,
  // server/src/core/server/services/perspective/perspective.ts — formatBody() for "comments:analyze"
  // ({comment: {text}, doNotStore, requestedAttributes: {[model]: {}}, languages: [convertLanguage(locale)]}),
  // and sendToPerspective(), which appends "/comments:analyze" to the configured endpoint (default
  // https://commentanalyzer.googleapis.com/v1alpha1), puts the key in ?key= and POSTs JSON.
  // The caller, server/src/core/server/services/comments/pipeline/phases/toxic.ts, sends model
  // "TOXICITY" (TOXICITY_MODEL_DEFAULT), doNotStore true by default, and reads
  // result.data.attributeScores[model].summaryScore.value, compared with threshold 0.8 by default.
  test('a toxic comment in a fr-FR tenant scores above Coral’s default threshold; a civil one below', async () => {
    const coralRequest = (text: string) => ({ comment: { text }, doNotStore: true, requestedAttributes: { TOXICITY: {} }, languages: ['fr'] });
    const endpoint = `${srv.url}/v1alpha1`;
    const send = async (text: string) => {
      const url = new URL(endpoint);
      url.pathname = `${url.pathname}/comments:analyze`;
      url.searchParams.set('key', coralKey.trim());
      const res = await fetch(url.toString(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(coralRequest(text)) });
      return { ok: res.ok, data: (await res.json()) as any };
    };

    const toxic = await send('Ces immigrés sont des rats');
    expect(toxic.ok).toBe(true);
    const score = toxic.data.attributeScores['TOXICITY'].summaryScore.value as number;
    expect(score).toBeGreaterThan(0.8);
    expect(toxic.data).toEqual({
      attributeScores: { TOXICITY: { summaryScore: { value: score, type: 'PROBABILITY' } } },
      languages: ['fr'],
      detectedLanguages: ['fr'],
    });

    const civil = await send('Merci pour cet article très clair et bien documenté.');
    expect(civil.data.attributeScores.TOXICITY.summaryScore.value).toBeLessThan(0.8);
  });

  test('Coral’s feedback call (comments:suggestscore) is acknowledged', async () => {
    const r = await analyze(
      { comment: { text: INSULT }, attributeScores: { TOXICITY: { summaryScore: { value: 1 } } }, languages: ['fr'], communityId: 'Coral:https://example.com', clientToken: 'comment:42' },
      { path: '/v1alpha1/comments:suggestscore' },
    );
    expect(r).toEqual({ status: 200, body: { clientToken: 'comment:42', requestedLanguages: ['fr'] } });
  });
});

describe('the Perspective request and response', () => {
  test('every attribute Vigie knows, from the engine’s scores; only those requested come back', async () => {
    const all = { TOXICITY: {}, SEVERE_TOXICITY: {}, INSULT: {}, PROFANITY: {}, THREAT: {}, IDENTITY_ATTACK: {} };
    const r = await analyze({ comment: { text: THREAT }, requestedAttributes: all });
    expect(r.status).toBe(200);
    const s = scoreComment(THREAT);
    const value = (name: string) => r.body.attributeScores[name].summaryScore.value;
    expect(Object.keys(r.body.attributeScores).sort()).toEqual(Object.keys(all).sort());
    expect(value('TOXICITY')).toBe(s.toxicity.score);
    expect(value('THREAT')).toBe(s.toxicity.threat);
    expect(value('SEVERE_TOXICITY')).toBe(s.toxicity.threat);
    expect(value('INSULT')).toBe(s.insult.score);
    expect(value('PROFANITY')).toBe(s.toxicity.profanity);
    expect(value('IDENTITY_ATTACK')).toBe(s.toxicity.identityAttack);

    const one = await analyze({ comment: { text: THREAT }, requestedAttributes: { THREAT: {} } });
    expect(Object.keys(one.body.attributeScores)).toEqual(['THREAT']);
  });

  test('spanAnnotations: spans of the evidence, offsets into the text as sent', async () => {
    const text = `<p>${INSULT}</p>`;
    const r = await analyze({ comment: { text, type: 'HTML' }, requestedAttributes: { INSULT: {}, TOXICITY: {} }, spanAnnotations: true, languages: ['fr-FR'] });
    expect(r.status).toBe(200);
    const spans = r.body.attributeScores.INSULT.spanScores as { begin: number; end: number; score: { value: number; type: string } }[];
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.begin, spans[0]!.end)).toBe('crétins');
    expect(spans[0]!.score).toEqual({ value: expect.any(Number), type: 'PROBABILITY' });
    expect(r.body.attributeScores.TOXICITY.spanScores).toEqual(spans);
    // Without the flag, no spans.
    const plain = await analyze({ comment: { text: INSULT }, requestedAttributes: { INSULT: {} } });
    expect(plain.body.attributeScores.INSULT).not.toHaveProperty('spanScores');
  });

  test('clientToken is echoed; scoreThreshold leaves out what scores below it; the language is detected when not given', async () => {
    const r = await analyze({
      comment: { text: 'Great reporting, thank you for covering this story.' },
      requestedAttributes: { TOXICITY: { scoreThreshold: 0.5 }, INSULT: {} },
      clientToken: 'abc',
      sessionId: 's-1',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ clientToken: 'abc', languages: ['en'], detectedLanguages: ['en'] });
    expect(Object.keys(r.body.attributeScores)).toEqual(['INSULT']);
  });

  test('a language given overrides detection, which is still reported', async () => {
    const r = await analyze({ comment: { text: INSULT }, requestedAttributes: { TOXICITY: {} }, languages: ['en'] });
    expect(r.body).toMatchObject({ languages: ['en'], detectedLanguages: ['fr'] });
  });

  test('the key may come as X-API-Key, as for ingestion', async () => {
    expect((await analyze({ comment: { text: 'ok' }, requestedAttributes: { TOXICITY: {} } }, { key: coralKey, header: true })).status).toBe(200);
  });
});

describe('errors, in Perspective’s envelope', () => {
  const perspectiveError = (code: number, status: string) => ({ error: { code, message: expect.any(String), status } });

  test('an unknown attribute is 400 INVALID_ARGUMENT naming it', async () => {
    const r = await analyze({ comment: { text: 'ok' }, requestedAttributes: { TOXICITY: {}, FLIRTATION: {} } });
    expect(r).toEqual({ status: 400, body: perspectiveError(400, 'INVALID_ARGUMENT') });
    expect(r.body.error.message).toMatch(/FLIRTATION/);
  });

  test.each([
    ['no comment', { requestedAttributes: { TOXICITY: {} } }, /comment/],
    ['no requestedAttributes', { comment: { text: 'ok' } }, /requestedAttributes/],
    ['empty requestedAttributes', { comment: { text: 'ok' }, requestedAttributes: {} }, /requestedAttributes/],
    ['a language Vigie does not read', { comment: { text: 'hola' }, requestedAttributes: { TOXICITY: {} }, languages: ['es'] }, /languages: es/],
    ['a score type other than PROBABILITY', { comment: { text: 'ok' }, requestedAttributes: { TOXICITY: { scoreType: 'RAW' } } }, /scoreType/],
    ['invalid JSON', '{"comment": ', /JSON/],
  ])('%s is 400 INVALID_ARGUMENT', async (_, body, message) => {
    const r = await analyze(body);
    expect(r).toEqual({ status: 400, body: perspectiveError(400, 'INVALID_ARGUMENT') });
    expect(r.body.error.message).toMatch(message);
  });

  test('without a key, or with a wrong one, 401 UNAUTHENTICATED', async () => {
    expect(await analyze({ comment: { text: 'ok' }, requestedAttributes: { TOXICITY: {} } }, { key: null })).toEqual({ status: 401, body: perspectiveError(401, 'UNAUTHENTICATED') });
    expect((await analyze({ comment: { text: 'ok' }, requestedAttributes: { TOXICITY: {} } }, { key: 'wrong-key' })).status).toBe(401);
  });

  test('the colon is literal: near-miss paths are not routes', async () => {
    for (const path of ['/v1alpha1/comments', '/v1alpha1/commentsXanalyze', '/v1alpha1/comments:analyzeX', '/v1alpha1/comments/analyze']) {
      expect((await analyze({ comment: { text: 'ok' }, requestedAttributes: { TOXICITY: {} } }, { path })).status, path).toBe(404);
    }
  });
});
