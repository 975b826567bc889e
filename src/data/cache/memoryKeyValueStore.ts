import type { IKeyValueStore } from './IKeyValueStore';

/** Kept for the life of the page (or the test): where the browser has no storage, and in Node. */
export function memoryKeyValueStore(): IKeyValueStore & { readonly entries: ReadonlyMap<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, value) => {
      entries.set(key, value);
    },
    delete: async (key) => {
      entries.delete(key);
    }
  };
}
