/** Comments read after a cursor, as a reconnecting dashboard's replay and the live broadcast read them. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Store } from '../../server/store/store.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { scored } from './factories.js';

describeEachStore('comments after a cursor', (kind) => {
  let t: TempStore;
  let store: Store;
  let ids: number[];
  beforeEach(async () => {
    t = await openTempStore(kind);
    store = t.store;
    // Article x: Anne, Bruno, Anne; article y: Anne, Bruno.
    const stored = await store.ingest('site', [
      scored({ external_id: '1', article: { id: 'x', title: 'Article X' }, author: 'Anne' }),
      scored({ external_id: '2', article: { id: 'x' }, author: 'Bruno' }, 'insult'),
      scored({ external_id: '3', article: { id: 'y', title: 'Article Y' }, author: 'Anne', posted_at: '2015-10-07T18:21:00.000Z' }),
      scored({ external_id: '4', article: { id: 'x' }, author: 'Anne' }),
      scored({ external_id: '5', article: { id: 'y' }, author: 'Bruno' }),
    ]);
    ids = stored.map((o) => o.id);
  });
  afterEach(() => t.close());

  test('ids grow in the order comments were given; the latest is the highest, 0 in an empty store', async () => {
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(await store.latestCommentId()).toBe(ids.at(-1));
    const empty = await openTempStore(kind);
    try {
      expect(await empty.store.latestCommentId()).toBe(0);
    } finally {
      await empty.close();
    }
  });

  test('after, up to and limit bound the range, oldest first, whole summaries with their scores', async () => {
    const all = await store.commentsAfter({}, ids[0]!, ids[3]!, 10);
    expect(all.map((c) => c.id)).toEqual(ids.slice(1, 4));
    expect(all[0]).toMatchObject({ articleTitle: 'Article X', author: 'Bruno', status: 'pending', score: { flagged: true } });
    expect(all[1]).toMatchObject({ articleTitle: 'Article Y', postedAt: '2015-10-07T18:21:00.000Z' });
    expect((await store.commentsAfter({}, 0, ids.at(-1)!, 2)).map((c) => c.id)).toEqual(ids.slice(0, 2));
    expect(await store.commentsAfter({}, ids.at(-1)!, ids.at(-1)!, 10)).toEqual([]);
  });

  test("an article's or commenter's filter keeps their comments", async () => {
    const { articleId: x, commenterId: anne } = (await store.getComment(ids[0]!))!;
    expect((await store.commentsAfter({ articleId: x }, 0, ids.at(-1)!, 10)).map((c) => c.id)).toEqual([ids[0], ids[1], ids[3]]);
    expect((await store.commentsAfter({ commenterId: anne }, ids[0]!, ids.at(-1)!, 10)).map((c) => c.id)).toEqual([ids[2], ids[3]]);
  });

  test('listings: the comments asked for, oldest first, without scores, unknown ids left out', async () => {
    await store.setStatus(ids[1]!, 'rejected', 'alice');
    const listings = await store.commentListings([ids[3]!, 9999, ids[1]!]);
    expect(listings).toEqual([
      expect.objectContaining({ id: ids[1], articleTitle: 'Article X', author: 'Bruno', status: 'rejected' }),
      expect.objectContaining({ id: ids[3], author: 'Anne', postedAt: null, status: 'pending' }),
    ]);
    expect(listings[0]).not.toHaveProperty('score');
    expect(await store.commentListings([])).toEqual([]);
  });
});
