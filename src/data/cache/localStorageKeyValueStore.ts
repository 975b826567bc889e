import type { IKeyValueStore } from './IKeyValueStore';

/**
 * localStorage holds about 5 million UTF-16 characters per origin, shared with everything else
 * on the SharePoint site, so by default we take at most 2 million and leave the rest to others.
 */
export const DEFAULT_LOCAL_STORAGE_LIMIT = 2000000;

/**
 * localStorage, for browsers without IndexedDB. A value over `maxChars` is not stored (and any
 * older copy under the key is removed, so a stale copy is never served); a full storage
 * (QuotaExceededError) is treated the same way.
 */
export function localStorageKeyValueStore(storage: Storage, maxChars = DEFAULT_LOCAL_STORAGE_LIMIT): IKeyValueStore {
  return {
    get: async (key) => storage.getItem(key) ?? undefined,
    set: async (key, value) => {
      if (value.length + key.length > maxChars) {
        storage.removeItem(key);
        return;
      }
      try {
        storage.setItem(key, value);
      } catch {
        storage.removeItem(key);
      }
    },
    delete: async (key) => {
      storage.removeItem(key);
    }
  };
}
