/** Leases (Store.acquireLease/releaseLease): work that one instance at a time does, on both stores. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';

describeEachStore('leases', (kind) => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await openTempStore(kind);
  });
  afterEach(async () => temp.close());

  test('a free lease goes to the first instance that asks; the others are refused while it lasts', async () => {
    expect(await temp.store.acquireLease('rescore', 'a', 60_000)).toBe(true);
    expect(await temp.store.acquireLease('rescore', 'b', 60_000)).toBe(false);
    // Its holder renews it.
    expect(await temp.store.acquireLease('rescore', 'a', 60_000)).toBe(true);
    // Another kind of work is another lease.
    expect(await temp.store.acquireLease('demo', 'b', 60_000)).toBe(true);
  });

  test('of instances asking at the same moment, exactly one gets it', async () => {
    const holders = Array.from({ length: 8 }, (_, i) => `instance-${i}`);
    const won = await Promise.all(holders.map((h) => temp.store.acquireLease('rescore', h, 60_000)));
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  test('a lease that ran out (its holder died) can be taken by another', async () => {
    expect(await temp.store.acquireLease('rescore', 'a', 40)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await temp.store.acquireLease('rescore', 'b', 60_000)).toBe(true);
    // The old holder cannot renew it back.
    expect(await temp.store.acquireLease('rescore', 'a', 60_000)).toBe(false);
  });

  test('renewing extends only a lease its holder still has: not one that lapsed, even if no one took it', async () => {
    expect(await temp.store.acquireLease('demo', 'a', 40)).toBe(true);
    expect(await temp.store.renewLease('demo', 'a', 60_000)).toBe(true);
    expect(await temp.store.renewLease('demo', 'b', 60_000)).toBe(false);
    expect(await temp.store.acquireLease('demo', 'b', 60_000)).toBe(false);
    await temp.store.releaseLease('demo', 'a');
    expect(await temp.store.renewLease('demo', 'a', 60_000)).toBe(false);
    expect(await temp.store.acquireLease('demo', 'c', 40)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await temp.store.renewLease('demo', 'c', 60_000)).toBe(false);
  });

  test('a released lease is free at once; releasing someone else’s does nothing', async () => {
    await temp.store.acquireLease('rescore', 'a', 60_000);
    await temp.store.releaseLease('rescore', 'b');
    expect(await temp.store.acquireLease('rescore', 'b', 60_000)).toBe(false);
    await temp.store.releaseLease('rescore', 'a');
    expect(await temp.store.acquireLease('rescore', 'b', 60_000)).toBe(true);
  });
});
