/** Rooms: a page receives what it shows, and asks for it in well-formed requests. */
import { describe, expect, test } from 'vitest';
import { MAX_ROOMS_PER_SOCKET } from '../../server/realtime/rooms.js';
import { type LiveClient, idsOf, ingest, someComments, useLiveServer } from './client.js';

const harness = useLiveServer('viewer');
const client = () => harness.client();

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('rooms', () => {
  test("an article's room receives that article's comments and not another's; the queue receives both", async () => {
    const [first] = await ingest(harness.srv, someComments(1, 'room-x'));
    const articleId = (await harness.srv.store.getComment(first!))!.articleId;
    const onX = await client();
    const queue = await client();
    expect(await onX.join({ kind: 'article', id: articleId })).toMatchObject({ ok: true });
    await queue.join({ kind: 'queue' });

    const onY = await ingest(harness.srv, someComments(5, 'room-y'));
    const onXIds = await ingest(harness.srv, someComments(3, 'room-x'));
    await queue.until((c) => idsOf(c).length === 8);
    await onX.until((c) => idsOf(c).length === 3);
    await settle();
    expect(idsOf(onX)).toEqual(onXIds);
    expect(onX.comments().every((s) => s.articleId === articleId)).toBe(true);
    expect(idsOf(queue)).toEqual([...onY, ...onXIds]);
  });

  test("a commenter's room receives that commenter's comments, on any article", async () => {
    const [first] = await ingest(harness.srv, someComments(1, 'room-c1', 'Marianne R.'));
    const commenterId = (await harness.srv.store.getComment(first!))!.commenterId;
    const watcher = await client();
    await watcher.join({ kind: 'commenter', id: commenterId });
    const hers = [...(await ingest(harness.srv, someComments(2, 'room-c1', 'Marianne R.'))), ...(await ingest(harness.srv, someComments(2, 'room-c2', 'MARIANNE R.')))];
    await ingest(harness.srv, someComments(3, 'room-c1', 'Quelqu’un d’autre'));
    await watcher.until((c) => idsOf(c).length === 4);
    await settle();
    expect(idsOf(watcher)).toEqual(hers);
  });

  test('after room:leave, nothing more arrives from that room', async () => {
    const watcher = await client();
    await watcher.join({ kind: 'queue' });
    const [id] = await ingest(harness.srv, someComments(1, 'leave-a'));
    await watcher.until((c) => idsOf(c).includes(id!));
    watcher.socket.emit('room:leave', { room: { kind: 'queue' } });
    await settle();
    await ingest(harness.srv, someComments(2, 'leave-a'));
    await settle();
    expect(idsOf(watcher)).toEqual([id]);
  });
});

describe('malformed requests', () => {
  test.each([
    ['an article id that is not a number', { room: { kind: 'article', id: 'x' } }, /^room\.id: /],
    ['a negative article id', { room: { kind: 'article', id: -3 } }, /^room\.id: /],
    ['an unknown kind of room', { room: { kind: 'shelf' } }, /^room\.kind: /],
    ['no room', {}, /^room: /],
    ['a negative cursor', { room: { kind: 'queue' }, since: -1 }, /^since: /],
    ['a cursor that is not a whole number', { room: { kind: 'queue' }, since: 1.5 }, /^since: /],
    ['a negative decisions cursor', { room: { kind: 'queue' }, decisionsSince: -1 }, /^decisionsSince: /],
    ['a decisions cursor that is not a whole number', { room: { kind: 'queue' }, since: 3, decisionsSince: 2.5 }, /^decisionsSince: /],
    ['a decisions cursor given as text', { room: { kind: 'queue' }, decisionsSince: '12' }, /^decisionsSince: /],
    ['a misspelt decisions cursor', { room: { kind: 'queue' }, decisionSince: 12 }, /^input: .*decisionSince/],
    ['not an object at all', 'queue', /^input: /],
  ])('room:join with %s is refused, naming the field', async (_, payload, error) => {
    const c = await client();
    const ack = await c.socket.timeout(5_000).emitWithAck('room:join', payload as never);
    expect(ack.ok).toBe(false);
    expect(!ack.ok && ack.error).toMatch(error);
  });

  test(`a socket cannot join more than ${MAX_ROOMS_PER_SOCKET} rooms`, async () => {
    const c = await client();
    for (let id = 1; id <= MAX_ROOMS_PER_SOCKET; id++) expect(await c.join({ kind: 'article', id })).toMatchObject({ ok: true });
    expect(await c.join({ kind: 'article', id: 999 })).toEqual({ ok: false, error: expect.stringMatching(/^room: at most/) });
    // Joining a room it is already in is not one more.
    expect(await c.join({ kind: 'article', id: 1 })).toMatchObject({ ok: true });
  });
});
