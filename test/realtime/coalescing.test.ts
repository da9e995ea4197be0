/** Broadcasts are coalesced, and what they add up to matches the store. */
import { describe, expect, test } from 'vitest';
import type { StatsDelta } from '../../shared/events.js';
import type { Stats } from '../../shared/types.js';
import { MAX_EVENT_COMMENTS } from '../../server/realtime/rooms.js';
import { type LiveClient, type PostedComment, idsOf, ingest, someComments, useLiveServer } from './client.js';

const harness = useLiveServer('viewer');
const client = () => harness.client();


describe('coalescing', () => {
  test('300 comments ingested at once arrive in a few events, not 300', async () => {
    const watcher = await client();
    await watcher.join({ kind: 'queue' });
    const ids = await ingest(harness.srv, someComments(300, 'burst'));
    await watcher.until((c) => idsOf(c).length === 300);
    const events = watcher.of('comment:new');
    expect(events.length).toBe(Math.ceil(300 / MAX_EVENT_COMMENTS));
    expect(idsOf(watcher)).toEqual(ids);
    expect(events.map((e) => e.cursor)).toEqual(events.map((e) => e.comments.at(-1)!.id));
  });

  test('30 requests within 150 ms reach a dashboard as a handful of events', async () => {
    const watcher = await client();
    await watcher.join({ kind: 'queue' });
    const posts: Promise<number[]>[] = [];
    const start = performance.now();
    for (let i = 0; i < 30; i++) {
      posts.push(ingest(harness.srv, someComments(10, 'spread')));
      await new Promise((r) => setTimeout(r, 5));
    }
    const ids = (await Promise.all(posts)).flat().sort((a, b) => a - b);
    await watcher.until((c) => idsOf(c).length === 300, 20_000);
    const elapsedMs = performance.now() - start;
    expect(idsOf(watcher)).toEqual(ids);
    // At most one event per 50 ms window: 30 requests over ~150 ms (plus their processing) make a few.
    const events = watcher.of('comment:new').length;
    expect(events).toBeLessThanOrEqual(Math.floor(elapsedMs / 50) + 1);
    expect(events).toBeLessThan(30);
  });
});

const mixed = (n: number, article: string, author: string): PostedComment[] => {
  const texts = [
    'Quel mollasson, ce président !',
    'Merci pour cet excellent article, très clair.',
    'CE GOUVERNEMENT NOUS PREND VRAIMENT POUR DES IMBÉCILES, ASSEZ DE MENSONGES',
    'Article nul, journalistes nuls, tout est à jeter.',
    'Je ne suis pas d’accord mais le débat est intéressant.',
    'Achetez ici http://spam.example http://spam.example/2 http://spam.example/3',
  ];
  return someComments(n, article, author).map((c, i) => ({ ...c, text: `${texts[i % texts.length]} (${c.external_id})` }));
};

/** `after − before` for the fields a delta carries. */
function difference(before: Stats, after: Stats): Omit<StatsDelta, 'id'> {
  const reasons = Object.fromEntries(
    Object.entries(after.reasons)
      .map(([r, n]) => [r, n! - (before.reasons[r as keyof Stats['reasons']] ?? 0)])
      .filter(([, n]) => n !== 0),
  );
  return { comments: after.comments - before.comments, flagged: after.flagged - before.flagged, toneSum: after.toneSum - before.toneSum, reasons };
}

function sum(deltas: StatsDelta[]): Omit<StatsDelta, 'id'> {
  const total = { comments: 0, flagged: 0, toneSum: 0, reasons: {} as StatsDelta['reasons'] };
  for (const d of deltas) {
    total.comments += d.comments;
    total.flagged += d.flagged;
    total.toneSum += d.toneSum;
    for (const [r, n] of Object.entries(d.reasons)) total.reasons[r as keyof StatsDelta['reasons']] = (total.reasons[r as keyof StatsDelta['reasons']] ?? 0) + n!;
  }
  return total;
}

describe('counts and stats deltas', () => {
  test("an article's and a commenter's deltas add up to what their stats moved by; the queue's last counts are the store's", async () => {
    const [first] = await ingest(harness.srv, mixed(1, 'stats-a', 'Paul Stats'));
    const { articleId, commenterId } = (await harness.srv.store.getComment(first!))!;
    const before = { article: await harness.srv.store.articleStats(articleId), commenter: await harness.srv.store.commenterStats(commenterId) };
    const countsBefore = await harness.srv.store.queueCounts();

    const onArticle = await client();
    const onCommenter = await client();
    const onQueue = await client();
    await onArticle.join({ kind: 'article', id: articleId });
    await onCommenter.join({ kind: 'commenter', id: commenterId });
    await onQueue.join({ kind: 'queue' });

    // 60 on the article by this commenter, 12 by him elsewhere, 20 by others on another article.
    const posts = [mixed(30, 'stats-a', 'Paul Stats'), mixed(30, 'stats-a', 'PAUL STATS'), mixed(12, 'stats-b', 'Paul Stats'), mixed(20, 'stats-c', 'Autre')];
    await Promise.all(posts.map((p) => ingest(harness.srv, p)));
    await onArticle.until((c) => sum(c.of('article:stats')).comments === 60);
    await onCommenter.until((c) => sum(c.of('commenter:stats')).comments === 72);
    await onQueue.until((c) => c.of('queue:counts').at(-1)?.all === countsBefore.all + 92);

    const after = { article: await harness.srv.store.articleStats(articleId), commenter: await harness.srv.store.commenterStats(commenterId) };
    for (const [received, expected, id] of [
      [onArticle.of('article:stats'), difference(before.article, after.article), articleId],
      [onCommenter.of('commenter:stats'), difference(before.commenter, after.commenter), commenterId],
    ] as const) {
      expect(received.every((d) => d.id === id)).toBe(true);
      const total = sum(received);
      expect(total.flagged).toBeGreaterThan(0);
      expect({ ...total, toneSum: 0 }).toEqual({ ...expected, toneSum: 0 });
      expect(total.toneSum).toBeCloseTo(expected.toneSum, 9);
    }
    expect(onQueue.of('queue:counts').at(-1)).toEqual(await harness.srv.store.queueCounts());
  });
});
