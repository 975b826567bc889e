import type { IKeyValueStore } from './cache/IKeyValueStore';
import { localStorageKeyValueStore } from './cache/localStorageKeyValueStore';
import { parseStoredRecord } from './cache/storedRecord';

/**
 * The tenant property that names the lists' site, kept in the browser between visits, so a view
 * need not wait for `getStorageEntity` before it asks for data: the kept answer is used at once and
 * read again in the background for the next visit (an admin changes it once, if ever). One copy
 * per tenant (the page's origin), versioned; nothing private (a site URL every user is told).
 */
const CACHE_VERSION = 1;

interface IStoredTenantProperty {
  readonly version: number;
  /** The property's value; null when the tenant has none set (the current site is used). */
  readonly value: string | null;
}

export function tenantPropertyCacheKey(currentSiteUrl: string, property: string): string {
  let origin: string;
  try {
    origin = new URL(currentSiteUrl).origin.toLowerCase();
  } catch {
    origin = currentSiteUrl.toLowerCase();
  }
  return `member-officer-hub|tenant-property|${origin}|${property}`;
}

function parseStored(text: string | undefined): { value: string | undefined } | undefined {
  const stored = parseStoredRecord(text) as Partial<IStoredTenantProperty> | undefined;
  if (stored?.version !== CACHE_VERSION) return undefined;
  if (stored.value === null) return { value: undefined };
  return typeof stored.value === 'string' ? { value: stored.value } : undefined;
}

/**
 * Wraps a tenant property reader: a kept answer comes back at once, and the property is read again
 * in the background and kept for the next visit; with nothing kept, it is read and kept. A failed
 * read is not kept (resolveListsSite treats it as unset, and the next visit tries again).
 */
export function cachedTenantPropertyReader(
  read: (key: string) => Promise<string | undefined>,
  store: IKeyValueStore,
  currentSiteUrl: string
): (key: string) => Promise<string | undefined> {
  const readAndKeep = async (key: string): Promise<string | undefined> => {
    const value = await read(key);
    const stored: IStoredTenantProperty = { version: CACHE_VERSION, value: value ?? null };
    try {
      await store.set(tenantPropertyCacheKey(currentSiteUrl, key), JSON.stringify(stored));
    } catch {
      // Not kept: the next visit reads it again.
    }
    return value;
  };
  return async (key) => {
    let kept: { value: string | undefined } | undefined;
    try {
      kept = parseStored(await store.get(tenantPropertyCacheKey(currentSiteUrl, key)));
    } catch {
      kept = undefined;
    }
    if (!kept) return readAndKeep(key);
    readAndKeep(key).catch(() => undefined);
    return kept.value;
  };
}

/** localStorage (a few dozen bytes, read without opening a database), else nothing kept. */
export function browserTenantPropertyStore(host: { readonly localStorage?: Storage } = globalThis as { localStorage?: Storage }): IKeyValueStore | undefined {
  try {
    return host.localStorage ? localStorageKeyValueStore(host.localStorage) : undefined;
  } catch {
    // Reading localStorage throws where the browser blocks site data.
    return undefined;
  }
}
