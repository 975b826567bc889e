/**
 * Somewhere in the browser to keep text between visits (IndexedDB, localStorage, or memory in
 * Node and tests). Caches are best effort: callers treat a failure to read as "nothing stored"
 * and a failure to write as "not kept".
 */
export interface IKeyValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}
