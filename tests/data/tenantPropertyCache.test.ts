import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { cachedTenantPropertyReader, tenantPropertyCacheKey } from '../../src/data/tenantPropertyCache';

const SITE = 'https://council.sharepoint.com/sites/members';
const KEY = 'MemberOfficerHubSiteUrl';

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('cachedTenantPropertyReader', () => {
  it('reads and keeps the property when nothing is kept', async () => {
    const store = memoryKeyValueStore();
    const read = jest.fn(async () => 'https://council.sharepoint.com/sites/hub');
    await expect(cachedTenantPropertyReader(read, store, SITE)(KEY)).resolves.toBe('https://council.sharepoint.com/sites/hub');
    expect(read).toHaveBeenCalledTimes(1);
    expect(store.entries.get(tenantPropertyCacheKey(SITE, KEY))).toContain('/sites/hub');
  });

  it('answers from the kept copy at once, without waiting for SharePoint, and keeps the fresh answer for next time', async () => {
    const store = memoryKeyValueStore();
    await cachedTenantPropertyReader(async () => 'https://council.sharepoint.com/sites/old-hub', store, SITE)(KEY);
    const pending = deferred<string | undefined>();
    const reader = cachedTenantPropertyReader(() => pending.promise, store, SITE);
    await expect(reader(KEY)).resolves.toBe('https://council.sharepoint.com/sites/old-hub');
    pending.resolve('https://council.sharepoint.com/sites/new-hub');
    await pending.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(cachedTenantPropertyReader(async () => 'unused', store, SITE)(KEY)).resolves.toBe('https://council.sharepoint.com/sites/new-hub');
  });

  it('keeps "no property set" too, so a tenant without one does not wait either', async () => {
    const store = memoryKeyValueStore();
    await cachedTenantPropertyReader(async () => undefined, store, SITE)(KEY);
    const never = new Promise<string | undefined>(() => undefined);
    await expect(cachedTenantPropertyReader(() => never, store, SITE)(KEY)).resolves.toBeUndefined();
  });

  it('ignores a corrupt or older-version copy and reads again', async () => {
    const store = memoryKeyValueStore();
    const read = jest.fn(async () => 'https://council.sharepoint.com/sites/hub');
    await store.set(tenantPropertyCacheKey(SITE, KEY), '{not json');
    await expect(cachedTenantPropertyReader(read, store, SITE)(KEY)).resolves.toBe('https://council.sharepoint.com/sites/hub');
    await store.set(tenantPropertyCacheKey(SITE, KEY), JSON.stringify({ version: 0, value: 'https://elsewhere.example/sites/x' }));
    await expect(cachedTenantPropertyReader(read, store, SITE)(KEY)).resolves.toBe('https://council.sharepoint.com/sites/hub');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('keeps one copy per tenant: another tenant’s answer is never used', async () => {
    const store = memoryKeyValueStore();
    await cachedTenantPropertyReader(async () => 'https://other.sharepoint.com/sites/hub', store, 'https://other.sharepoint.com/sites/x')(KEY);
    const read = jest.fn(async () => undefined);
    await expect(cachedTenantPropertyReader(read, store, SITE)(KEY)).resolves.toBeUndefined();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failed read, and a storage that refuses is no cache', async () => {
    const store = memoryKeyValueStore();
    await expect(cachedTenantPropertyReader(async () => Promise.reject(new Error('403')), store, SITE)(KEY)).rejects.toThrow('403');
    expect(store.entries.size).toBe(0);
    const broken = { get: async () => Promise.reject(new Error('blocked')), set: async () => Promise.reject(new Error('blocked')), delete: async () => undefined };
    await expect(cachedTenantPropertyReader(async () => 'https://council.sharepoint.com/sites/hub', broken, SITE)(KEY)).resolves.toBe('https://council.sharepoint.com/sites/hub');
  });
});
