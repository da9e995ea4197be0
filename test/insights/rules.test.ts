/** GET/PUT /api/rules, the background re-score it starts, and POST /api/rules/backtest, against the real server. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BacktestResult } from '../../shared/insights.js';
import { DEFAULT_RULES, scoreComment, type Rules } from '../../shared/scoring/index.js';
import type { BusEvents } from '../../server/services/bus.js';
import { call, fieldsOf } from '../review/support.js';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { TEMPLATES } from '../store/factories.js';
import { ingestDataset, PLAN } from './dataset.js';
import { recountDifferences } from './recount.js';

let srv: TestServer;
let viewer: TestLogin;
let moderator: TestLogin;
let admin: TestLogin;
let ids: number[];
const progress: BusEvents['rules:progress'][] = [];
beforeAll(async () => {
  srv = await getTestServer();
  [viewer, moderator, admin] = await Promise.all([srv.login('viewer'), srv.login('moderator'), srv.login('admin')]);
  ids = await ingestDataset(srv.store);
  await srv.store.setStatus(ids[4]!, 'rejected', 'mod');
  await srv.store.setStatus(ids[0]!, 'approved', 'mod');
  srv.bus.on('rules:progress', (p) => progress.push(p));
});
afterAll(async () => srv.close());

/** The defaults with "merci" as a word to flag: every polite comment ("Merci pour cet article…") becomes an insult. */
const flagMerci = (): Rules => ({ ...DEFAULT_RULES, words: { ...DEFAULT_RULES.words, flag: ['merci'] } });
const polite = PLAN.filter((p) => p.template === 'polite').length;
const veryNegativeOnly = PLAN.filter((p) => p.template === 'veryNegative').length;

function finished(version: number): Promise<BusEvents['rules:progress']> {
  return new Promise((resolve) => {
    const done = progress.find((p) => p.version === version && p.finished);
    if (done) return resolve(done);
    const off = srv.bus.on('rules:progress', (p) => {
      if (p.version === version && p.finished) (off(), resolve(p));
    });
  });
}

describe('who may', () => {
  test('a viewer and a moderator can neither read, save nor backtest the rules', async () => {
    for (const who of [viewer, moderator]) {
      expect((await call(srv, who, 'GET', '/api/rules')).status).toBe(403);
      expect((await call(srv, who, 'PUT', '/api/rules', flagMerci())).status).toBe(403);
      expect((await call(srv, who, 'POST', '/api/rules/backtest', { rules: flagMerci() })).status).toBe(403);
    }
    expect((await srv.store.currentRules()).version).toBe(1);
  });

  test('without a session, every rules route is refused', async () => {
    expect((await call(srv, null, 'GET', '/api/rules')).status).toBe(401);
    expect((await call(srv, null, 'PUT', '/api/rules', flagMerci())).status).toBe(401);
    expect((await call(srv, null, 'POST', '/api/rules/backtest', { rules: flagMerci() })).status).toBe(401);
  });
});

describe('malformed rules are refused, naming the field', () => {
  const base = () => structuredClone(DEFAULT_RULES) as unknown as Record<string, any>;
  test.each([
    ['a threshold out of range', (r: Record<string, any>) => (r.thresholds.insult = 2), 'thresholds.insult'],
    ['a word list that is not a list', (r: Record<string, any>) => (r.words.flag = 'merci'), 'words.flag'],
    ['an empty word', (r: Record<string, any>) => (r.words.block = ['ok', ' ']), 'words.block.1'],
    ['a missing field', (r: Record<string, any>) => delete r.defaultLang, 'defaultLang'],
    ['an unknown field', (r: Record<string, any>) => (r.colour = 'red'), 'colour'],
    ['an unknown threshold', (r: Record<string, any>) => (r.thresholds.sarcasm = 0.5), 'thresholds.sarcasm'],
  ])('PUT with %s', async (_what, spoil, field) => {
    const rules = base();
    spoil(rules);
    const r = await call(srv, admin, 'PUT', '/api/rules', rules);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_request');
    expect(fieldsOf(r)).toEqual([field]);
    const b = await call(srv, admin, 'POST', '/api/rules/backtest', { rules });
    expect(b.status).toBe(400);
    expect(fieldsOf(b)).toEqual([`rules.${field}`]);
  });

  test('a backtest without rules', async () => {
    const r = await call(srv, admin, 'POST', '/api/rules/backtest', {});
    expect(r.status).toBe(400);
    expect(fieldsOf(r)).toEqual(['rules']);
  });

  test('a body that is not JSON', async () => {
    const r = await call(srv, admin, 'PUT', '/api/rules', '{"version": ');
    expect(r.status).toBe(400);
  });
});

describe('backtest', () => {
  test('flagging "merci" would newly flag every polite comment, with examples', async () => {
    const r = await call(srv, admin, 'POST', '/api/rules/backtest', { rules: flagMerci() });
    expect(r.status).toBe(200);
    const b = r.body as BacktestResult;
    expect(b).toMatchObject({ scanned: PLAN.length, total: PLAN.length, unflagged: { count: 0, examples: [] } });
    expect(b.newlyFlagged.count).toBe(polite);
    expect(b.newlyFlagged.examples).toHaveLength(20);
    const latest = ids.at(-1)!;
    expect(b.newlyFlagged.examples[0]).toEqual({ id: latest, excerpt: TEMPLATES.polite, oldReasons: [], newReasons: ['insult'] });
    // Nothing was saved or changed.
    expect((await srv.store.currentRules()).version).toBe(1);
    expect((await srv.store.getComment(latest))!.score.flagged).toBe(false);
  });

  test('a very negative threshold of -1 would unflag the comments flagged for that alone', async () => {
    const rules = { ...DEFAULT_RULES, thresholds: { ...DEFAULT_RULES.thresholds, veryNegative: -1 } };
    const b = (await call(srv, admin, 'POST', '/api/rules/backtest', { rules })).body as BacktestResult;
    expect(b.newlyFlagged.count).toBe(0);
    expect(b.unflagged.count).toBe(veryNegativeOnly);
    expect(b.unflagged.examples.every((e) => e.oldReasons.join() === 'very_negative' && e.newReasons.length === 0)).toBe(true);
  });
});

describe('saving', () => {
  test('an admin saves: a new version, then the stored comments re-scored in the background, with progress on the bus', async () => {
    const got = await call(srv, admin, 'GET', '/api/rules');
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ rules: { version: 1 }, rescore: null });

    const r = await call(srv, admin, 'PUT', '/api/rules', { ...flagMerci(), version: 1 });
    expect(r.status).toBe(200);
    expect(r.body.rules).toMatchObject({ version: 2, words: { flag: ['merci'] } });
    const end = await finished(2);
    expect(end).toEqual({ version: 2, done: PLAN.length, total: PLAN.length, finished: true });
    const mine = progress.filter((p) => p.version === 2);
    expect(mine[0]).toMatchObject({ done: 0, finished: false });
    expect(mine.map((p) => p.done)).toEqual([...mine.map((p) => p.done)].sort((a, b) => a - b));

    expect((await call(srv, admin, 'GET', '/api/rules')).body).toMatchObject({ rules: { version: 2 }, rescore: null });
    // New comments are scored with the saved rules at once.
    expect(scoreComment(TEMPLATES.polite, { rules: await srv.store.currentRules() }).flagged).toBe(true);
  });

  test('after the re-score every comment carries the new version and scores; statuses are kept', async () => {
    const comments = await Promise.all(ids.map((id) => srv.store.getComment(id)));
    expect(new Set(comments.map((c) => c!.rulesVersion))).toEqual(new Set([2]));
    PLAN.forEach((p, i) => {
      if (p.template === 'polite') expect(comments[i]!.score).toMatchObject({ flagged: true, reasons: ['insult'] });
    });
    expect(comments[4]!.status).toBe('rejected');
    expect(comments[0]!.status).toBe('approved');
  });

  test('the aggregates equal a GROUP BY recount over the comments', async () => {
    expect(await recountDifferences(join(srv.dir, 'vigie.db'))).toEqual([]);
    const db = new Database(join(srv.dir, 'vigie.db'), { readonly: true });
    const flagged = db.prepare('SELECT sum(flagged) FROM article_stats').pluck().get();
    const pending = db.prepare("SELECT value FROM queue_counters WHERE name = 'flagged_pending'").pluck().get();
    db.close();
    expect(flagged).toBe(PLAN.length - PLAN.filter((p) => p.template === 'english').length);
    expect(pending).toBe((flagged as number) - 2);
  });

  test('the pages read the new figures: Alice is now all flagged', async () => {
    const alice = (await call(srv, viewer, 'GET', '/api/commenters?q=alice')).body.items[0];
    expect(alice).toMatchObject({ comments: 4, flagged: 3, flaggedRate: 0.75 });
  });

  test('a save made on stale rules is refused: 409, and nothing saved', async () => {
    const r = await call(srv, admin, 'PUT', '/api/rules', { ...DEFAULT_RULES, version: 1 });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('rules_conflict');
    expect((await srv.store.currentRules()).version).toBe(2);
  });

  test('a save without a version is taken as is: back to the defaults, re-scored again', async () => {
    const { version: _, ...defaults } = DEFAULT_RULES;
    const r = await call(srv, admin, 'PUT', '/api/rules', defaults);
    expect(r.status).toBe(200);
    expect(r.body.rules.version).toBe(3);
    await finished(3);
    expect((await srv.store.getComment(ids.at(-1)!))!.score.flagged).toBe(false);
    expect(await recountDifferences(join(srv.dir, 'vigie.db'))).toEqual([]);
  });
});
