/** The audit log read after a cursor, as a reconnecting dashboard's decisions replay reads it. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Store } from '../../server/store/store.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { scored } from './factories.js';

describeEachStore('decisions after a cursor', (kind) => {
  let t: TempStore;
  let store: Store;
  let ids: { x1: number; x2: number; y1: number };
  beforeEach(async () => {
    t = await openTempStore(kind);
    store = t.store;
    // Article x: Anne and Bruno; article y: Anne.
    const stored = await store.ingest('site', [
      scored({ external_id: 'x1', article: { id: 'x' }, author: 'Anne' }),
      scored({ external_id: 'x2', article: { id: 'x' }, author: 'Bruno' }),
      scored({ external_id: 'y1', article: { id: 'y' }, author: 'Anne' }),
    ]);
    ids = { x1: stored[0]!.id, x2: stored[1]!.id, y1: stored[2]!.id };
  });
  afterEach(() => t.close());

  test('with nothing decided, the latest line is 0 and nothing comes after it', async () => {
    expect(await store.latestActionId()).toBe(0);
    expect(await store.actionsAfter({}, 0, 10, 10)).toEqual([]);
  });

  test('each line comes as a live update: the status it set, by whom, when, why; an undo carries the status it brought back', async () => {
    const a = (await store.setStatus(ids.x1, 'approved', 'alice'))!;
    const b = (await store.setStatus(ids.x1, 'escalated', 'bob', 'to the editor'))!;
    const undo = await store.undoLastDecision(ids.x1, 'bob', '1970-01-01T00:00:00.000Z');
    if (!undo.ok) throw new Error(undo.error);
    expect(await store.latestActionId()).toBe(undo.change.actionId);
    expect(await store.actionsAfter({}, 0, undo.change.actionId, 10)).toEqual([
      { id: ids.x1, status: 'approved', by: 'alice', at: a.at, actionId: a.actionId },
      { id: ids.x1, status: 'escalated', by: 'bob', at: b.at, reason: 'to the editor', actionId: b.actionId },
      // The undo reverts the escalation: approved again, not the pending the comment started as.
      { id: ids.x1, status: 'approved', by: 'bob', at: undo.change.at, actionId: undo.change.actionId },
    ]);
  });

  test("after, up to and limit bound the range; an article's or commenter's filter keeps their comments' lines", async () => {
    const lines = [];
    for (const [id, status] of [
      [ids.x1, 'rejected'],
      [ids.x2, 'approved'],
      [ids.y1, 'rejected'],
      [ids.x2, 'escalated'],
      [ids.y1, 'approved'],
    ] as const) {
      lines.push((await store.setStatus(id, status, 'alice'))!.actionId);
    }
    const { articleId: x, commenterId: anne } = (await store.getComment(ids.x1))!;
    const idsOf = async (filter: Parameters<Store['actionsAfter']>[0], after: number, upTo: number, limit = 10) =>
      (await store.actionsAfter(filter, after, upTo, limit)).map((u) => [u.id, u.status]);

    expect(await idsOf({}, lines[0]!, lines[3]!)).toEqual([
      [ids.x2, 'approved'],
      [ids.y1, 'rejected'],
      [ids.x2, 'escalated'],
    ]);
    expect(await idsOf({}, 0, lines[4]!, 2)).toEqual([
      [ids.x1, 'rejected'],
      [ids.x2, 'approved'],
    ]);
    expect(await idsOf({ articleId: x }, 0, lines[4]!)).toEqual([
      [ids.x1, 'rejected'],
      [ids.x2, 'approved'],
      [ids.x2, 'escalated'],
    ]);
    expect(await idsOf({ commenterId: anne }, lines[0]!, lines[4]!)).toEqual([
      [ids.y1, 'rejected'],
      [ids.y1, 'approved'],
    ]);
    expect(await idsOf({ commenterId: anne }, lines[4]!, lines[4]!)).toEqual([]);
  });
});
