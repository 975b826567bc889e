import { createStore, del, get, getMany, set } from 'idb-keyval';
import type { IKeyValueStore } from './IKeyValueStore';

/**
 * The product's own IndexedDB database, apart from anything else on the SharePoint origin. It
 * holds one object store, created when the database is first opened: another kind of cache
 * should share this store (with its own keys), not add a store, which would need a version upgrade.
 */
export const CACHE_DATABASE = 'member-officer-hub';
export const CACHE_OBJECT_STORE = 'cache';

/**
 * IndexedDB through idb-keyval: room for the whole officer directory (megabytes), written off
 * the main thread. The database opens on first use; if the browser refuses (some private
 * modes), each call rejects and callers fall back to the network.
 */
export function indexedDbKeyValueStore(database = CACHE_DATABASE, objectStore = CACHE_OBJECT_STORE): IKeyValueStore {
  const store = createStore(database, objectStore);
  return {
    get: async (key) => {
      const value: unknown = await get(key, store);
      return typeof value === 'string' ? value : undefined;
    },
    getMany: async (keys) => {
      const values: unknown[] = await getMany([...keys], store);
      return values.map((value) => (typeof value === 'string' ? value : undefined));
    },
    set: (key, value) => set(key, value, store),
    delete: (key) => del(key, store)
  };
}
