/** Decisions, bulk decisions, undo and the audit log, against the real server. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decide, undoDecision, DecisionError } from '../../server/services/moderate.js';
import type { BusEvents } from '../../server/services/bus.js';
import { MAX_BULK_IDS } from '../../shared/review.js';
import { getTestServer, type TestLogin, type TestServer } from '../support/server.js';
import { call, fieldsOf, seed } from './support.js';

let srv: TestServer;
let moderator: TestLogin;
let other: TestLogin;
let viewer: TestLogin;
let admin: TestLogin;
let ids: number[];
const events: BusEvents['comment:decided'][] = [];
beforeAll(async () => {
  srv = await getTestServer();
  [moderator, other, viewer, admin] = await Promise.all([srv.login('moderator'), srv.login('moderator'), srv.login('viewer'), srv.login('admin')]);
  ids = await seed(srv, 30, ['insult', 'polite', 'threat']);
  srv.bus.on('comment:decided', (e) => events.push(e));
});
afterAll(async () => srv.close());

const status = async (id: number) => (await srv.store.getComment(id))!.status;

describe('one decision', () => {
  test('a moderator rejects: the status changes, the counts follow, the audit log and the bus are told, with the audit line id', async () => {
    const id = ids[0]!;
    const r = await call(srv, moderator, 'POST', `/api/comments/${id}/decision`, { action: 'reject', reason: 'insult', note: 'récidive' });
    expect(r.status).toBe(200);
    expect(r.body.decision).toMatchObject({ commentId: id, previous: 'pending', status: 'rejected' });
    expect(r.body.counts).toMatchObject({ rejected: 1, pending: 29, all: 30 });
    expect(await status(id)).toBe('rejected');
    const audit = await call(srv, viewer, 'GET', `/api/audit?actor=${moderator.user.username}`);
    expect(audit.status).toBe(200);
    const line = audit.body.items[0];
    expect(line).toMatchObject({ commentId: id, actor: moderator.user.username, action: 'rejected', previous: 'pending', reason: 'insult', note: 'récidive', undoes: null });
    expect(events.at(-1)).toEqual({
      commentId: id,
      actionId: line.id,
      status: 'rejected',
      previous: 'pending',
      by: moderator.user.username,
      at: r.body.decision.at,
      reason: 'insult',
    });
  });

  test('an admin may decide too; approve and escalate map to their statuses', async () => {
    expect((await call(srv, admin, 'POST', `/api/comments/${ids[1]}/decision`, { action: 'approve' })).status).toBe(200);
    expect(await status(ids[1]!)).toBe('approved');
    expect((await call(srv, moderator, 'POST', `/api/comments/${ids[2]}/decision`, { action: 'escalate' })).status).toBe(200);
    expect(await status(ids[2]!)).toBe('escalated');
  });

  test('a viewer cannot decide, decide in bulk, or undo: 403, and nothing changes', async () => {
    const before = await srv.store.queueCounts();
    for (const [path, body] of [
      [`/api/comments/${ids[3]}/decision`, { action: 'reject' }],
      ['/api/comments/decisions', { ids: [ids[3]], action: 'reject' }],
      [`/api/comments/${ids[0]}/undo`, undefined],
    ] as const) {
      const r = await call(srv, viewer, 'POST', path, body);
      expect(r.status, path).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
    expect(await srv.store.queueCounts()).toEqual(before);
  });

  test('an unknown comment is 404', async () => {
    const r = await call(srv, moderator, 'POST', '/api/comments/99999/decision', { action: 'approve' });
    expect(r.status).toBe(404);
  });

  test.each([
    ['no body', undefined, ['action']],
    ['no action', { reason: 'x' }, ['action']],
    ['an unknown action', { action: 'delete' }, ['action']],
    ['a number as note', { action: 'approve', note: 42 }, ['note']],
    ['a reason too long', { action: 'approve', reason: 'x'.repeat(201) }, ['reason']],
    ['an unknown field', { action: 'approve', severity: 'high' }, ['severity']],
  ])('%s is a 400 naming the field', async (_, body, fields) => {
    const r = await call(srv, moderator, 'POST', `/api/comments/${ids[4]}/decision`, body);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_request');
    expect(fieldsOf(r)).toEqual(fields);
  });

  test('invalid JSON is a 400 too', async () => {
    const r = await call(srv, moderator, 'POST', `/api/comments/${ids[4]}/decision`, '{"action": ');
    expect(r.status).toBe(400);
  });
});

describe('bulk', () => {
  test('every id is decided in one go and reported; an unknown id is reported and stops nothing', async () => {
    const chosen = [ids[10]!, 99999, ids[11]!, ids[12]!];
    const before = events.length;
    const r = await call(srv, moderator, 'POST', '/api/comments/decisions', { ids: chosen, action: 'approve', note: 'lot du matin' });
    expect(r.status).toBe(200);
    expect(r.body.results).toEqual([
      { id: ids[10], ok: true, status: 'approved', previous: 'pending' },
      { id: 99999, ok: false, error: 'not_found' },
      { id: ids[11], ok: true, status: 'approved', previous: 'pending' },
      { id: ids[12], ok: true, status: 'approved', previous: 'pending' },
    ]);
    expect(events.slice(before).map((e) => e.commentId)).toEqual([ids[10], ids[11], ids[12]]);
    const audit = (await call(srv, viewer, 'GET', '/api/audit?action=approved&limit=3')).body.items;
    expect(audit.map((a: any) => [a.commentId, a.note])).toEqual([
      [ids[12], 'lot du matin'],
      [ids[11], 'lot du matin'],
      [ids[10], 'lot du matin'],
    ]);
    // Told to the bus in the order of their audit lines.
    expect(events.slice(before).map((e) => e.actionId)).toEqual(audit.map((a: any) => a.id).reverse());
  });

  test.each([
    ['no ids', { action: 'approve' }, ['ids']],
    ['ids not a list', { ids: 'all', action: 'approve' }, ['ids']],
    ['an empty list', { ids: [], action: 'approve' }, ['ids']],
    [`more than ${MAX_BULK_IDS} ids`, { ids: Array.from({ length: MAX_BULK_IDS + 1 }, (_, i) => i + 1), action: 'approve' }, ['ids']],
    ['an id that is not a number', { ids: [1, 'two'], action: 'approve' }, ['ids.1']],
    ['a repeated id', { ids: [1, 1], action: 'approve' }, ['ids']],
    ['no action', { ids: [1] }, ['action']],
  ])('%s is a 400 naming the field', async (_, body, fields) => {
    const r = await call(srv, moderator, 'POST', '/api/comments/decisions', body);
    expect(r.status).toBe(400);
    expect(fieldsOf(r)).toEqual(fields);
  });
});

describe('undo', () => {
  test('within the window, the author of the last decision gets the previous status back; the log keeps both lines', async () => {
    const id = ids[20]!;
    const decided = await call(srv, moderator, 'POST', `/api/comments/${id}/decision`, { action: 'reject' });
    const r = await call(srv, moderator, 'POST', `/api/comments/${id}/undo`);
    expect(r.status).toBe(200);
    expect(r.body.decision).toMatchObject({ commentId: id, previous: 'rejected', status: 'pending', undone: decided.body.decision.actionId });
    expect(await status(id)).toBe('pending');
    expect(events.at(-1)).toMatchObject({ commentId: id, actionId: r.body.decision.actionId, status: 'pending', previous: 'rejected', by: moderator.user.username });
    const history = (await call(srv, viewer, 'GET', `/api/comments/${id}`)).body.history;
    expect(history.map((h: any) => [h.action, h.previous, h.undoes])).toEqual([
      ['rejected', 'pending', null],
      ['undo', 'rejected', decided.body.decision.actionId],
    ]);
    // An undo is not undone in turn.
    expect((await call(srv, moderator, 'POST', `/api/comments/${id}/undo`)).status).toBe(409);
  });

  test("another moderator's decision cannot be undone: 403", async () => {
    const id = ids[21]!;
    await call(srv, moderator, 'POST', `/api/comments/${id}/decision`, { action: 'approve' });
    const r = await call(srv, other, 'POST', `/api/comments/${id}/undo`);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('not_yours');
    expect(await status(id)).toBe('approved');
  });

  test('a comment never decided has nothing to undo: 409; an unknown one is 404', async () => {
    expect((await call(srv, moderator, 'POST', `/api/comments/${ids[22]}/undo`)).body.error.code).toBe('nothing_to_undo');
    expect((await call(srv, moderator, 'POST', '/api/comments/99999/undo')).status).toBe(404);
  });

  test('after the window the undo is refused, at its edge it is not (clock injected)', async () => {
    const id = ids[23]!;
    const deps = { store: srv.store, bus: srv.bus, undoSeconds: 10 };
    const change = await decide(deps, id, { action: 'reject' }, moderator.user);
    const at = Date.parse(change.at);
    const late = undoDecision({ ...deps, now: () => new Date(at + 10_001) }, id, moderator.user);
    await expect(late).rejects.toBeInstanceOf(DecisionError);
    await expect(late).rejects.toMatchObject({ code: 'expired', message: expect.stringMatching(/10 seconds/) });
    expect(await status(id)).toBe('rejected');
    const inTime = await undoDecision({ ...deps, now: () => new Date(at + 10_000) }, id, moderator.user);
    expect(inTime).toMatchObject({ status: 'pending', undone: change.actionId });
  });
});

describe('the audit log', () => {
  test('pages newest first by cursor, filters by action and time; bad filters are 400 naming them', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const r = await call(srv, viewer, 'GET', `/api/audit?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...r.body.items.map((a: any) => a.id));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(seen.length).toBeGreaterThan(8);
    const undos = (await call(srv, viewer, 'GET', '/api/audit?action=undo')).body.items;
    expect(undos.every((a: any) => a.action === 'undo' && a.undoes !== null)).toBe(true);
    expect((await call(srv, viewer, 'GET', '/api/audit?from=2999-01-01T00:00:00Z')).body.items).toEqual([]);
    for (const [q, field] of [['action=deleted', 'action'], ['from=yesterday', 'from'], ['limit=1000', 'limit'], ['cursor=zzz', 'cursor']]) {
      const r = await call(srv, viewer, 'GET', `/api/audit?${q}`);
      expect(r.status, q).toBe(400);
      expect(fieldsOf(r)).toEqual([field]);
    }
  });
});
