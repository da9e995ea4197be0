import { afterEach, beforeEach, expect, test } from 'vitest';
import { hashApiKey } from '../../server/store/apiKeys.js';
import type { Store } from '../../server/store/store.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';

describeEachStore('API keys', (kind) => {
  let t: TempStore;
  let store: Store;
  beforeEach(async () => {
    t = await openTempStore(kind);
    store = t.store;
  });
  afterEach(() => t.close());

  test('a created key is vk_ and 32 random bytes in base64url, different every time', async () => {
    const a = await store.createApiKey('site');
    const b = await store.createApiKey('site');
    expect(a).toMatch(/^vk_[A-Za-z0-9_-]{43}$/);
    expect(b).not.toBe(a);
  });

  test('a key verifies as its source; an unknown or altered key as null', async () => {
    const key = await store.createApiKey('lorient-le-jour');
    expect(await store.verifyApiKey(key)).toBe('lorient-le-jour');
    expect(await store.verifyApiKey(key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'))).toBeNull();
    expect(await store.verifyApiKey('')).toBeNull();
  });

  test('only the sha256 of a key is stored, never the key', async () => {
    const key = await store.createApiKey('site');
    const rows = await t.query('SELECT * FROM api_keys');
    expect(rows).toEqual([expect.objectContaining({ source: 'site', key_hash: hashApiKey(key), revoked_at: null })]);
    expect(JSON.stringify(rows)).not.toContain(key.slice(3));
  });

  test('a revoked key no longer verifies', async () => {
    const key = await store.createApiKey('site');
    await t.query("UPDATE api_keys SET revoked_at = '2024-01-01T00:00:00.000Z'");
    expect(await store.verifyApiKey(key)).toBeNull();
  });
});
