/**
 * A dashboard that reconnects with its decisions cursor receives the
 * decisions (and undos) it missed, from the audit log: exactly those, once
 * each, oldest first, as live ones look.
 */
import { describe, expect, test } from 'vitest';
import type { CommentUpdate } from '../../shared/events.js';
import type { ModerationStatus } from '../../shared/types.js';
import { MAX_REPLAY } from '../../server/realtime/rooms.js';
import { scored } from '../store/factories.js';
import type { TestLogin } from '../support/server.js';
import { type LiveClient, idsOf, ingest, someComments, useLiveServer } from './client.js';

const harness = useLiveServer('moderator');
const client = () => harness.client();

const settle = () => new Promise((r) => setTimeout(r, 150));

interface Decided {
  commentId: number;
  status: ModerationStatus;
  actionId: number;
  at: string;
}

async function post(by: TestLogin, path: string, body: unknown = {}): Promise<any> {
  const res = await fetch(`${harness.srv.url}${path}`, { method: 'POST', headers: by.headers, body: JSON.stringify(body) });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** A decision through the review API, as another moderator's dashboard makes it. */
const decide = async (by: TestLogin, id: number, action: 'approve' | 'reject' | 'escalate', reason?: string): Promise<Decided> =>
  (await post(by, `/api/comments/${id}/decision`, { action, ...(reason ? { reason } : {}) })).decision;
const undo = async (by: TestLogin, id: number): Promise<Decided> => (await post(by, `/api/comments/${id}/undo`)).decision;

/** The update a dashboard should receive for a decision: the same live and replayed. */
const updateOf = (d: Decided, by: TestLogin, reason?: string): CommentUpdate => ({
  id: d.commentId,
  status: d.status,
  by: by.user.username,
  at: d.at,
  ...(reason ? { reason } : {}),
  actionId: d.actionId,
});

const actionIdsOf = (c: LiveClient) => c.updates().map((u) => u.actionId);

describe('reconnecting with a decisions cursor', () => {
  test('decisions, a bulk one and an undo made while away are replayed exactly, in order, before the ack; then live ones follow once', async () => {
    const ids = await ingest(harness.srv, someComments(6, 'dr-queue'));
    const other = await harness.srv.login('moderator');
    const first = await client();
    await first.join({ kind: 'queue' });
    const seen = await decide(other, ids[0]!, 'approve');
    await first.until((c) => c.updates().length === 1);
    // Live: the update carries its audit line, and the event the highest one.
    expect(first.of('comment:updated')).toEqual([{ updates: [updateOf(seen, other)], cursor: seen.actionId }]);
    expect(first.decisionsCursor).toBe(seen.actionId);
    first.close();

    const missed: CommentUpdate[] = [];
    missed.push(updateOf(await decide(other, ids[1]!, 'approve'), other));
    missed.push(updateOf(await decide(other, ids[2]!, 'reject', 'off-topic'), other, 'off-topic'));
    await post(other, '/api/comments/decisions', { ids: [ids[3], ids[4]], action: 'escalate' });
    // A bulk decision answers without its audit lines: they are the log's two newest.
    const bulk = (await harness.srv.store.listAudit({ limit: 2 })).items.reverse();
    for (const line of bulk) missed.push({ id: line.commentId, status: 'escalated', by: other.user.username, at: line.at, actionId: line.id });
    missed.push(updateOf(await decide(other, ids[5]!, 'reject'), other));
    const undone = await undo(other, ids[5]!);
    expect(undone.status).toBe('pending');
    missed.push(updateOf(undone, other));
    // New comments while away, one of them decided too.
    const newComments = await ingest(harness.srv, someComments(3, 'dr-queue'));
    missed.push(updateOf(await decide(other, newComments[1]!, 'reject'), other));

    const again = await client();
    const ack = await again.join({ kind: 'queue' }, first.cursor, first.decisionsCursor);
    expect(ack).toEqual({ ok: true, cursor: newComments.at(-1), decisionsCursor: missed.at(-1)!.actionId });
    // Both replays come before the ack: the comments, then the decisions, one event for these few.
    expect(again.events.filter((e) => e.event !== 'queue:counts').map((e) => e.event)).toEqual(['comment:new', 'comment:updated']);
    expect(idsOf(again)).toEqual(newComments);
    expect(again.comments().find((c) => c.id === newComments[1])!.status).toBe('rejected');
    expect(again.updates()).toEqual(missed);
    expect(again.of('comment:updated')[0]!.cursor).toBe(missed.at(-1)!.actionId);

    const live = await decide(other, ids[0]!, 'reject');
    await again.until((c) => c.updates().length === missed.length + 1);
    await settle();
    expect(again.updates()).toEqual([...missed, updateOf(live, other)]);
  });

  test('a join without decisionsSince gets no decisions replayed, only the position to keep', async () => {
    const other = await harness.srv.login('moderator');
    const first = await client();
    await first.join({ kind: 'queue' });
    const cursor = first.cursor;
    first.close();
    const ids = await ingest(harness.srv, someComments(2, 'dr-none'));
    const last = await decide(other, ids[0]!, 'approve');

    const withComments = await client();
    expect(await withComments.join({ kind: 'queue' }, cursor)).toEqual({ ok: true, cursor: ids.at(-1), decisionsCursor: last.actionId });
    const bare = await client();
    expect(await bare.join({ kind: 'queue' })).toEqual({ ok: true, cursor: ids.at(-1), decisionsCursor: last.actionId });
    await settle();
    expect(withComments.updates()).toEqual([]);
    expect(bare.updates()).toEqual([]);
    // The comments are replayed with their current status, all the same.
    expect(withComments.comments().map((c) => [c.id, c.status])).toEqual([
      [ids[0], 'approved'],
      [ids[1], 'pending'],
    ]);
  });

  test("an article's room replays the decisions on that article's comments; a commenter's room, on that commenter's", async () => {
    const [onX] = await ingest(harness.srv, someComments(1, 'dr-x', 'Nadia K.'));
    const [onY] = await ingest(harness.srv, someComments(1, 'dr-y', 'Nadia K.'));
    const [othersOnX] = await ingest(harness.srv, someComments(1, 'dr-x', 'Quelqu’un'));
    const { articleId, commenterId } = (await harness.srv.store.getComment(onX!))!;
    const other = await harness.srv.login('moderator');
    const onArticle = await client();
    const onCommenter = await client();
    const a = await onArticle.join({ kind: 'article', id: articleId });
    const c = await onCommenter.join({ kind: 'commenter', id: commenterId });
    onArticle.close();
    onCommenter.close();

    const x = updateOf(await decide(other, onX!, 'approve'), other);
    const y = updateOf(await decide(other, onY!, 'reject', 'insult'), other, 'insult');
    const xOther = updateOf(await decide(other, othersOnX!, 'escalate'), other);
    await decide(other, (await ingest(harness.srv, someComments(1, 'dr-z', 'Tiers')))[0]!, 'reject');

    const articleAgain = await client();
    const commenterAgain = await client();
    expect(a.ok && c.ok).toBe(true);
    await articleAgain.join({ kind: 'article', id: articleId }, undefined, a.ok ? a.decisionsCursor : -1);
    await commenterAgain.join({ kind: 'commenter', id: commenterId }, undefined, c.ok ? c.decisionsCursor : -1);
    expect(articleAgain.updates()).toEqual([x, xOther]);
    expect(commenterAgain.updates()).toEqual([x, y]);
  });

  test('while decisions keep being made, the ones before the cut and after the reconnect are all of them, once each', async () => {
    const ids = await ingest(harness.srv, someComments(60, 'dr-stream'));
    const other = await harness.srv.login('moderator');
    const made: number[] = [];
    let deciding = true;
    const writer = (async () => {
      for (let i = 0; deciding; i++) made.push((await decide(other, ids[i % ids.length]!, i % 2 ? 'approve' : 'reject')).actionId);
    })();

    const first = await client();
    await first.join({ kind: 'queue' });
    await first.until((c) => c.updates().length >= 20);
    first.close();
    const before = actionIdsOf(first);
    await new Promise((r) => setTimeout(r, 100));

    const again = await client();
    expect((await again.join({ kind: 'queue' }, first.cursor, first.decisionsCursor)).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    deciding = false;
    await writer;
    await again.until((c) => (actionIdsOf(c).at(-1) ?? 0) >= made.at(-1)!);
    await settle();

    const after = actionIdsOf(again);
    expect(new Set(after).size).toBe(after.length);
    expect(after).toEqual([...after].sort((p, q) => p - q));
    expect([...before, ...after]).toEqual(made.filter((id) => id >= before[0]!));
  });

  test('a decision broadcast while a replay page is being read is read on for, not lost', async () => {
    const ids = await ingest(harness.srv, someComments(2, 'dr-race-read'));
    const other = await harness.srv.login('moderator');
    const watcher = await client();
    await watcher.join({ kind: 'queue' });
    const cursor = watcher.decisionsCursor;
    const missed = updateOf(await decide(other, ids[0]!, 'approve'), other);
    await watcher.until((c) => c.decisionsCursor === missed.actionId);
    const actionsAfter = harness.srv.store.actionsAfter;
    let during: CommentUpdate | undefined;
    harness.srv.store.actionsAfter = async (...args) => {
      const page = await actionsAfter(...args);
      if (!during) {
        // Decided and broadcast after this page was read, before the join could enter the room.
        during = updateOf(await decide(other, ids[1]!, 'reject'), other);
        await watcher.until((c) => c.decisionsCursor === during!.actionId);
      }
      return page;
    };
    try {
      const late = await client();
      expect(await late.join({ kind: 'queue' }, undefined, cursor)).toMatchObject({ ok: true, decisionsCursor: during!.actionId });
      await settle();
      expect(late.updates()).toEqual([missed, during]);
    } finally {
      harness.srv.store.actionsAfter = actionsAfter;
    }
  });

  test('a decision being broadcast while a dashboard joins reaches it once, live, not also by replay', async () => {
    // Stored without the bus: routing its decision waits on a lookup, which this test holds.
    const [stored] = await harness.srv.store.ingest('site', [scored({ external_id: 'dr-race-send', article: { id: 'dr-race-send' } })]);
    const other = await harness.srv.login('moderator');
    const before = await client();
    await before.join({ kind: 'queue' });
    const cursor = before.decisionsCursor;
    const getComment = harness.srv.store.getComment;
    let release = () => {};
    const looking = new Promise<void>((resolve) => {
      harness.srv.store.getComment = async (id) => {
        resolve();
        await new Promise<void>((r) => (release = r));
        return getComment(id);
      };
    });
    try {
      const decided = updateOf(await decide(other, stored!.id, 'escalate'), other);
      await looking;
      const joining = await client();
      expect(await joining.join({ kind: 'queue' }, undefined, cursor)).toMatchObject({ ok: true, decisionsCursor: cursor });
      expect(joining.updates()).toEqual([]);
      release();
      await joining.until((c) => c.updates().length > 0);
      await settle();
      expect(joining.updates()).toEqual([decided]);
    } finally {
      harness.srv.store.getComment = getComment;
      release();
    }
  });

  test('when a window of decisions cannot be broadcast, dashboards are made to reconnect, and their replay holds the lost decisions', async () => {
    // Stored without the bus, so the broadcaster has to look the comment up to route its decision.
    const [stored] = await harness.srv.store.ingest('site', [scored({ external_id: 'dr-unknown-place', article: { id: 'dr-failure' } })]);
    const other = await harness.srv.login('moderator');
    const watcher = await client();
    await watcher.join({ kind: 'queue' });
    await watcher.until((c) => c.of('queue:counts').length > 0);
    const dropped = new Promise<string>((resolve) => watcher.socket.once('disconnect', (reason) => resolve(reason)));
    const getComment = harness.srv.store.getComment;
    harness.srv.store.getComment = () => Promise.reject(new Error('disk I/O error'));
    try {
      const lost = updateOf(await decide(other, stored!.id, 'reject'), other);
      expect(await dropped).toBe('transport close');
      harness.srv.store.getComment = getComment;
      const again = await client();
      await again.join({ kind: 'queue' }, watcher.cursor, watcher.decisionsCursor);
      expect(again.updates()).toEqual([lost]);
    } finally {
      harness.srv.store.getComment = getComment;
    }
  });

  test('a client too far behind in decisions is told to reload instead of being replayed', async () => {
    // Logged directly, in one transaction: only the gap in audit ids matters here.
    const [many] = await ingest(harness.srv, someComments(1, 'dr-far'));
    await harness.srv.store.setStatuses(Array.from({ length: MAX_REPLAY + 1 }, () => many!), 'approved', 'bulk-bot');
    const other = await harness.srv.login('moderator');
    const watcher = await client();
    await watcher.join({ kind: 'queue' });
    // One decision through the API, so the server's position moves past them.
    const [quiet] = await ingest(harness.srv, someComments(1, 'dr-quiet'));
    const last = await decide(other, quiet!, 'approve');
    await watcher.until((c) => c.decisionsCursor === last.actionId);

    const late = await client();
    const ack = await late.join({ kind: 'queue' }, undefined, last.actionId - MAX_REPLAY - 2);
    expect(ack).toEqual({ ok: false, error: expect.stringMatching(/^decisionsSince: more than 20000 decisions missed; reload the page/) });
    expect(late.events.map((e) => e.event)).toEqual([]);
    // A quiet article's room far behind in ids is not: only its few missed decisions count.
    const quietArticle = (await harness.srv.store.getComment(quiet!))!.articleId;
    const returning = await client();
    expect(await returning.join({ kind: 'article', id: quietArticle }, undefined, 0)).toMatchObject({ ok: true, decisionsCursor: last.actionId });
    expect(returning.updates()).toEqual([updateOf(last, other)]);
  });
});
