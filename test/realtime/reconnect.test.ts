/** A dashboard that reconnects with its last cursor loses nothing and receives nothing twice. */
import { describe, expect, test } from 'vitest';
import { scoreComment } from '../../shared/scoring/index.js';
import { MAX_EVENT_COMMENTS, MAX_REPLAY } from '../../server/realtime/rooms.js';
import { type LiveClient, idsOf, ingest, someComments, useLiveServer } from './client.js';

const harness = useLiveServer('moderator');
const client = () => harness.client();

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('reconnecting with a cursor', () => {
  test('disconnect, 50 comments arrive, reconnect with since = last cursor: exactly the 50, in order, then live ones', async () => {
    const first = await client();
    await first.join({ kind: 'queue' });
    const seen = await ingest(harness.srv, someComments(10, 'rc-a'));
    await first.until((c) => idsOf(c).length === 10);
    const cursor = first.cursor;
    expect(cursor).toBe(seen.at(-1));
    first.close();

    const missed: number[] = [];
    for (let i = 0; i < 5; i++) missed.push(...(await ingest(harness.srv, someComments(10, i % 2 ? 'rc-a' : 'rc-b'))));

    const again = await client();
    const ack = await again.join({ kind: 'queue' }, cursor);
    // Nothing was decided on this server: the decisions cursor stays at 0.
    expect(ack).toEqual({ ok: true, cursor: missed.at(-1), decisionsCursor: 0 });
    // The replay is sent before the join is acknowledged.
    expect(idsOf(again)).toEqual(missed);

    const live = await ingest(harness.srv, someComments(5, 'rc-a'));
    await again.until((c) => idsOf(c).length === 55);
    await settle();
    expect(idsOf(again)).toEqual([...missed, ...live]);
  });

  test('while comments keep arriving, the comments before the cut and after the reconnect are all of them, once each', async () => {
    const posted: number[] = [];
    let posting = true;
    const writer = (async () => {
      while (posting) {
        posted.push(...(await ingest(harness.srv, someComments(7, 'rc-stream'))));
        await new Promise((r) => setTimeout(r, 3));
      }
    })();

    const first = await client();
    await first.join({ kind: 'queue' });
    await first.until((c) => idsOf(c).length >= 30);
    first.close();
    const cursor = first.cursor;
    const before = idsOf(first).filter((id) => id <= cursor);
    await new Promise((r) => setTimeout(r, 100));

    const again = await client();
    const ack = await again.join({ kind: 'queue' }, cursor);
    expect(ack.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    posting = false;
    await writer;
    const streamed = posted.filter((id) => id > before[0]! - 1);
    await again.until((c) => (idsOf(c).at(-1) ?? 0) >= posted.at(-1)!);
    await settle();

    const after = idsOf(again);
    expect(new Set(after).size).toBe(after.length);
    expect(after).toEqual([...after].sort((a, b) => a - b));
    expect([...before, ...after]).toEqual(streamed);
  });

  test('more than a page of missed comments comes in events of at most 200, in order', async () => {
    const first = await client();
    await first.join({ kind: 'queue' });
    await first.until((c) => c.of('queue:counts').length > 0);
    const cursor = first.cursor;
    first.close();
    const missed = [...(await ingest(harness.srv, someComments(300, 'rc-pages'))), ...(await ingest(harness.srv, someComments(150, 'rc-pages')))];

    const again = await client();
    await again.join({ kind: 'queue' }, cursor);
    expect(idsOf(again)).toEqual(missed);
    expect(again.of('comment:new').map((e) => e.comments.length)).toEqual([MAX_EVENT_COMMENTS, MAX_EVENT_COMMENTS, 50]);
  });

  test("an article's room replays only that article's missed comments", async () => {
    const [firstId] = await ingest(harness.srv, someComments(1, 'rc-only-mine'));
    const articleId = (await harness.srv.store.getComment(firstId!))!.articleId;
    const first = await client();
    const { cursor } = (await first.join({ kind: 'article', id: articleId })) as { cursor: number };
    first.close();
    const mine: number[] = [];
    for (let i = 0; i < 4; i++) {
      mine.push(...(await ingest(harness.srv, someComments(5, 'rc-only-mine'))));
      await ingest(harness.srv, someComments(5, 'rc-not-mine'));
    }
    const again = await client();
    await again.join({ kind: 'article', id: articleId }, cursor);
    expect(idsOf(again)).toEqual(mine);
  });

  test('when a window cannot be broadcast, dashboards are made to reconnect, and their replay holds the lost comments', async () => {
    const first = await client();
    await first.join({ kind: 'queue' });
    await first.until((c) => c.of('queue:counts').length > 0);
    const cursor = first.cursor;
    const dropped = new Promise<string>((resolve) => first.socket.once('disconnect', (reason) => resolve(reason)));
    const listings = harness.srv.store.commentListings;
    harness.srv.store.commentListings = () => Promise.reject(new Error('disk I/O error'));
    try {
      const lost = await ingest(harness.srv, someComments(5, 'rc-failure'));
      // A transport close: a socket.io client with reconnection on comes back by itself.
      expect(await dropped).toBe('transport close');
      harness.srv.store.commentListings = listings;
      const again = await client();
      await again.join({ kind: 'queue' }, cursor);
      expect(idsOf(again)).toEqual(lost);
    } finally {
      harness.srv.store.commentListings = listings;
    }
  });

  test('a client too far behind is told to reload instead of being replayed', async () => {
    // Stored directly (one scoring for all): only the gap in ids matters here.
    const score = scoreComment('Un commentaire parmi beaucoup.');
    const receivedAt = new Date().toISOString();
    const items = Array.from({ length: MAX_REPLAY + 1 }, (_, i) => ({
      input: { external_id: `far-${i}`, article: { id: 'rc-far' }, author: 'Beaucoup', text: 'Un commentaire parmi beaucoup.' },
      score,
      rulesVersion: 1,
      receivedAt,
    }));
    for (let i = 0; i < items.length; i += 5_000) await harness.srv.store.ingest('site', items.slice(i, i + 5_000));
    // One comment through the API, so the server's position moves past them.
    const watcher = await client();
    await watcher.join({ kind: 'queue' });
    const [last] = await ingest(harness.srv, someComments(1, 'rc-far'));
    await watcher.until((c) => idsOf(c).includes(last!));

    const late = await client();
    const ack = await late.join({ kind: 'queue' }, last! - MAX_REPLAY - 2);
    expect(ack).toEqual({ ok: false, error: expect.stringMatching(/^since: more than/) });
    expect(late.comments()).toEqual([]);
    // A quiet article's room far behind in ids is not: only its few missed comments count.
    const [quiet] = await ingest(harness.srv, someComments(1, 'rc-quiet'));
    const quietArticle = (await harness.srv.store.getComment(quiet!))!.articleId;
    await watcher.until((c) => idsOf(c).includes(quiet!));
    const returning = await client();
    expect(await returning.join({ kind: 'article', id: quietArticle }, 1)).toEqual({ ok: true, cursor: quiet, decisionsCursor: 0 });
    expect(idsOf(returning)).toEqual([quiet]);
  });
});
