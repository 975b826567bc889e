/** @jest-environment node */
import 'fake-indexeddb/auto';
import { browserKeyValueStore } from '../../../src/data/cache/browserKeyValueStore';
import { indexedDbKeyValueStore } from '../../../src/data/cache/indexedDbKeyValueStore';
import { localStorageKeyValueStore } from '../../../src/data/cache/localStorageKeyValueStore';
import { memoryKeyValueStore } from '../../../src/data/cache/memoryKeyValueStore';
import { getMany, IKeyValueStore } from '../../../src/data/cache/IKeyValueStore';

/** A Storage that refuses anything past `capacity` characters, as browsers do with QuotaExceededError. */
function limitedStorage(capacity: number): Storage {
  const entries = new Map<string, string>();
  const used = (): number => [...entries].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    get length() {
      return entries.size;
    },
    clear: () => entries.clear(),
    key: (index) => [...entries.keys()][index] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    removeItem: (key) => void entries.delete(key),
    setItem: (key, value) => {
      if (used() - (entries.get(key)?.length ?? 0) + value.length + key.length > capacity) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      entries.set(key, value);
    }
  };
}

describe.each<[string, () => IKeyValueStore]>([
  ['memory', () => memoryKeyValueStore()],
  ['localStorage', () => localStorageKeyValueStore(limitedStorage(10000))],
  ['IndexedDB', () => indexedDbKeyValueStore(`test-${Math.random()}`)]
])('%s store', (_name, create) => {
  it('keeps, replaces and deletes text by key', async () => {
    const store = create();
    expect(await store.get('a')).toBeUndefined();
    await store.set('a', 'first');
    await store.set('b', 'other');
    await store.set('a', 'second');
    expect(await store.get('a')).toBe('second');
    expect(await store.get('b')).toBe('other');
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('b')).toBe('other');
  });

  it('reads several keys in one go, in the order asked, undefined where nothing is kept', async () => {
    const store = create();
    await store.set('a', 'first');
    await store.set('c', 'third');
    await expect(getMany(store, ['c', 'b', 'a'])).resolves.toEqual(['third', undefined, 'first']);
  });
});

describe('localStorageKeyValueStore size guard', () => {
  it('does not store a value over its limit, and drops the older copy so it is never served', async () => {
    const storage = limitedStorage(1000000);
    const store = localStorageKeyValueStore(storage, 100);
    await store.set('directory', 'small');
    await store.set('directory', 'x'.repeat(200));
    expect(await store.get('directory')).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('treats a full storage the same way', async () => {
    const storage = limitedStorage(50);
    const store = localStorageKeyValueStore(storage);
    await store.set('directory', 'small');
    await expect(store.set('directory', 'y'.repeat(60))).resolves.toBeUndefined();
    expect(await store.get('directory')).toBeUndefined();
  });
});

describe('browserKeyValueStore', () => {
  it('prefers IndexedDB', async () => {
    const storage = limitedStorage(1000);
    const store = browserKeyValueStore({ indexedDB, localStorage: storage });
    await store.set('k', 'v');
    expect(storage.length).toBe(0);
    expect(await browserKeyValueStore({ indexedDB }).get('k')).toBe('v');
  });

  it('falls back to localStorage, then to memory', async () => {
    const storage = limitedStorage(1000);
    await browserKeyValueStore({ localStorage: storage }).set('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    const blocked = {
      get localStorage(): Storage {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      }
    };
    const memory = browserKeyValueStore(blocked);
    await memory.set('k', 'v');
    expect(await memory.get('k')).toBe('v');
  });
});
