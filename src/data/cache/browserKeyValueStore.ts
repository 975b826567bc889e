import type { IKeyValueStore } from './IKeyValueStore';
import { indexedDbKeyValueStore } from './indexedDbKeyValueStore';
import { localStorageKeyValueStore } from './localStorageKeyValueStore';
import { memoryKeyValueStore } from './memoryKeyValueStore';

/** What the browser offers; `globalThis` by default, a stand-in in tests. */
export interface IBrowserStorages {
  readonly indexedDB?: unknown;
  readonly localStorage?: Storage;
}

function localStorageOf(host: IBrowserStorages): Storage | undefined {
  try {
    // Reading window.localStorage itself throws where the browser blocks site data.
    return host.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The best storage available: IndexedDB, else localStorage (size-guarded), else memory for this page. */
export function browserKeyValueStore(host: IBrowserStorages = globalThis as IBrowserStorages): IKeyValueStore {
  if (typeof host.indexedDB === 'object' && host.indexedDB !== null) return indexedDbKeyValueStore();
  const storage = localStorageOf(host);
  if (storage) return localStorageKeyValueStore(storage);
  return memoryKeyValueStore();
}
