import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Store } from '../../server/store/store.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { scored } from './factories.js';

describeEachStore('moderation decisions', (kind) => {
  let t: TempStore;
  let store: Store;
  beforeEach(async () => {
    t = await openTempStore(kind);
    store = t.store;
    await store.ingest('site', [scored({ external_id: '1' }), scored({ external_id: '2' }, 'insult')]);
  });
  afterEach(() => t.close());

  const auditLog = () => t.query('SELECT comment_id, actor, action, reason, note FROM moderation_actions ORDER BY id');

  test('a decision changes the status, moves the counts of its article and commenter, and is logged', async () => {
    const change = await store.setStatus(2, 'rejected', 'alice', 'insult', 'second warning');
    expect(change).toMatchObject({ commentId: 2, previous: 'pending', status: 'rejected', actionId: 1 });
    expect((await store.getComment(2))!.status).toBe('rejected');
    for (const stats of [await store.articleStats(1), await store.commenterStats(1)]) {
      expect(stats.statuses).toEqual({ pending: 1, approved: 0, rejected: 1, escalated: 0 });
    }
    expect(await auditLog()).toEqual([{ comment_id: 2, actor: 'alice', action: 'rejected', reason: 'insult', note: 'second warning' }]);
  });

  test('a decision reversed moves the counts back, and both decisions stay in the log', async () => {
    await store.setStatus(2, 'rejected', 'alice');
    await store.setStatus(2, 'approved', 'bob', 'appeal upheld');
    expect((await store.articleStats(1)).statuses).toEqual({ pending: 1, approved: 1, rejected: 0, escalated: 0 });
    expect(await auditLog()).toEqual([
      { comment_id: 2, actor: 'alice', action: 'rejected', reason: null, note: null },
      { comment_id: 2, actor: 'bob', action: 'approved', reason: 'appeal upheld', note: null },
    ]);
  });

  test('setting the status a comment already has changes no count but is still logged', async () => {
    await store.setStatus(1, 'pending', 'alice', undefined, 'looked, left as is');
    expect((await store.articleStats(1)).statuses).toEqual({ pending: 2, approved: 0, rejected: 0, escalated: 0 });
    expect(await auditLog()).toHaveLength(1);
  });

  test('a decision on an unknown comment is refused with null and logs nothing', async () => {
    expect(await store.setStatus(99, 'approved', 'alice')).toBeNull();
    expect(await auditLog()).toEqual([]);
  });

  test.each([
    ['rewritten', "UPDATE moderation_actions SET actor = 'mallory'"],
    ['deleted', 'DELETE FROM moderation_actions'],
  ])('the audit log is append-only: a line cannot be %s, even in SQL', async (_, sql) => {
    await store.setStatus(1, 'approved', 'alice');
    await expect(t.query(sql)).rejects.toThrow(/append-only/);
    expect(await auditLog()).toEqual([{ comment_id: 1, actor: 'alice', action: 'approved', reason: null, note: null }]);
  });
});
