/**
 * Somewhere in the browser to keep text between visits (IndexedDB, localStorage, or memory in
 * Node and tests). Caches are best effort: callers treat a failure to read as "nothing stored"
 * and a failure to write as "not kept".
 */
export interface IKeyValueStore {
  get(key: string): Promise<string | undefined>;
  /** Several values in one go (IndexedDB: one transaction rather than one per key); undefined where none. */
  getMany?(keys: readonly string[]): Promise<(string | undefined)[]>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Reads `keys` in one go where the store can, else each at once (in parallel). */
export function getMany(store: IKeyValueStore, keys: readonly string[]): Promise<(string | undefined)[]> {
  return store.getMany ? store.getMany(keys) : Promise.all(keys.map((key) => store.get(key)));
}
