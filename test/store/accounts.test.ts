/** Dashboard accounts in the store: names without case, listing order, lookups. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Store } from '../../server/store/store.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';

describeEachStore('accounts', (kind) => {
  let t: TempStore;
  let store: Store;
  beforeEach(async () => {
    t = await openTempStore(kind);
    store = t.store;
  });
  afterEach(() => t.close());

  const user = (username: string, role: 'admin' | 'moderator' | 'viewer' = 'viewer') => ({ username, role, passwordHash: `scrypt$hash-of-${username}` });

  test('a name differing only in case is taken; the account is found by any case', async () => {
    const karim = await store.createUser(user('Karim', 'moderator'));
    expect(karim).toMatchObject({ username: 'Karim', role: 'moderator', disabledAt: null });
    expect(karim!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(await store.createUser(user('KARIM'))).toBeNull();
    expect(await store.findUserByName('karim')).toEqual({ ...karim, passwordHash: 'scrypt$hash-of-Karim' });
    expect(await store.findUserByName('nobody')).toBeNull();
  });

  test('accounts are listed oldest first, counted, and read by id', async () => {
    const [a, b] = [await store.createUser(user('hala')), await store.createUser(user('admin', 'admin'))];
    expect(await store.listUsers()).toEqual([a, b]);
    expect(await store.countUsers()).toBe(2);
    expect(await store.getUser(b!.id)).toEqual(b);
    expect(await store.getUser(9999)).toBeNull();
  });
});
