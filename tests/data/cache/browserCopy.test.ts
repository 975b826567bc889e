/** @jest-environment node */
/**
 * The one browser-copy mechanism the views share: keyed per kind, site and user; a copy of another
 * version, a corrupt one or a failing store is no copy; another user's copies are deleted when they
 * sign in. Run on IndexedDB (fake-indexeddb) as in the browser, and on the memory store.
 */
import 'fake-indexeddb/auto';
import { BrowserCopy, browserCopyKey, forgetOtherUsers, IBrowserCopyFormat, SIGNED_IN_USER_KEY, writesSettled } from '../../../src/data/cache/browserCopy';
import { getMany, IKeyValueStore } from '../../../src/data/cache/IKeyValueStore';
import { indexedDbKeyValueStore } from '../../../src/data/cache/indexedDbKeyValueStore';
import { memoryKeyValueStore } from '../../../src/data/cache/memoryKeyValueStore';

const SITE = 'https://council.sharepoint.com/sites/members';
const LISTS = ['Members'];

interface ICounted {
  readonly count: number;
}

/** A format of version 2: anything else is not a copy. */
const FORMAT: IBrowserCopyFormat<ICounted> = {
  serialise: (value) => JSON.stringify({ version: 2, count: value.count }),
  parse: (text) => {
    if (text === undefined) return undefined;
    try {
      const parsed = JSON.parse(text) as { version?: unknown; count?: unknown };
      return parsed.version === 2 && typeof parsed.count === 'number' ? { count: parsed.count } : undefined;
    } catch {
      return undefined;
    }
  }
};

const copyFor = (store: IKeyValueStore, user: string, kind = 'counted'): BrowserCopy<ICounted> =>
  new BrowserCopy(store, kind, { siteUrl: SITE, user, listTitles: LISTS }, FORMAT);

let database = 0;
describe.each([
  ['IndexedDB', (): IKeyValueStore => indexedDbKeyValueStore(`browser-copy-test-${++database}`)],
  ['memory', (): IKeyValueStore => memoryKeyValueStore()]
])('BrowserCopy on %s', (_name, newStore) => {
  it('gives back what was kept for the same user and site', async () => {
    const store = newStore();
    await copyFor(store, 'alice@council.gov.uk').write({ count: 3 });
    await expect(copyFor(store, ' Alice@Council.gov.uk ').read()).resolves.toEqual({ count: 3 });
  });

  it("never gives one user another user's copy, and deletes the last user's copies when another signs in", async () => {
    const store = newStore();
    await copyFor(store, 'alice@council.gov.uk').write({ count: 3 });
    await copyFor(store, 'alice@council.gov.uk', 'other-kind').write({ count: 4 });
    await expect(copyFor(store, 'bob@council.gov.uk').read()).resolves.toBeUndefined();
    // Alice's copies went when Bob signed in: she starts afresh too.
    await expect(store.get(browserCopyKey('counted', { siteUrl: SITE, user: 'alice@council.gov.uk', listTitles: LISTS }))).resolves.toBeUndefined();
    await expect(store.get(browserCopyKey('other-kind', { siteUrl: SITE, user: 'alice@council.gov.uk', listTitles: LISTS }))).resolves.toBeUndefined();
    await expect(copyFor(store, 'alice@council.gov.uk').read()).resolves.toBeUndefined();
  });

  it('ignores a corrupt copy and a copy of another version', async () => {
    const store = newStore();
    const copy = copyFor(store, 'alice@council.gov.uk');
    await copy.write({ count: 3 });
    await store.set(copy.key, '{"version":2,"count":');
    await expect(copy.read()).resolves.toBeUndefined();
    await store.set(copy.key, JSON.stringify({ version: 1, count: 3 }));
    await expect(copy.read()).resolves.toBeUndefined();
  });
});

describe('BrowserCopy with a store that fails', () => {
  it('reads nothing and keeps nothing, without rejecting', async () => {
    const failing: IKeyValueStore = {
      get: () => Promise.reject(new Error('The database connection is closing.')),
      set: () => Promise.reject(new Error('QuotaExceededError')),
      delete: () => Promise.reject(new Error('blocked'))
    };
    const copy = copyFor(failing, 'alice@council.gov.uk');
    await expect(copy.write({ count: 1 })).resolves.toBeUndefined();
    await expect(copy.read()).resolves.toBeUndefined();
  });
});

/** A store that counts its calls: how many reads (and of what) a copy costs. */
function countingStore(inner: IKeyValueStore & { getMany?: IKeyValueStore['getMany'] }): IKeyValueStore & { readonly calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    get: (key) => {
      calls.push(`get ${key}`);
      return inner.get(key);
    },
    getMany: (keys) => {
      calls.push(`getMany ${keys.join(' + ')}`);
      return getMany(inner, keys);
    },
    set: (key, value) => {
      calls.push(`set ${key}`);
      return inner.set(key, value);
    },
    delete: (key) => {
      calls.push(`delete ${key}`);
      return inner.delete(key);
    }
  };
}

describe('BrowserCopy reads', () => {
  it("read the signed-in record and the copy in one go, not one after the other", async () => {
    const store = countingStore(indexedDbKeyValueStore(`browser-copy-test-${++database}`));
    await copyFor(store, 'alice@council.gov.uk').write({ count: 3 });
    store.calls.length = 0;
    const copy = copyFor(store, 'alice@council.gov.uk');
    await expect(copy.read()).resolves.toEqual({ count: 3 });
    expect(store.calls).toEqual([`getMany ${SIGNED_IN_USER_KEY} + ${copy.key}`]);
  });

  it('start at prefetch (before anyone asks), and the next read takes that read', async () => {
    const store = countingStore(memoryKeyValueStore());
    await copyFor(store, 'alice@council.gov.uk').write({ count: 3 });
    store.calls.length = 0;
    const copy = copyFor(store, 'alice@council.gov.uk');
    copy.prefetch();
    await writesSettled(store);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.calls).toHaveLength(1);
    await expect(copy.read()).resolves.toEqual({ count: 3 });
    // Taken, not read again; a later read asks the store afresh.
    expect(store.calls).toHaveLength(1);
    await expect(copy.read()).resolves.toEqual({ count: 3 });
    expect(store.calls).toHaveLength(2);
  });

  it('never hand out a prefetched read older than a write or forget made after it', async () => {
    const store = memoryKeyValueStore();
    const copy = copyFor(store, 'alice@council.gov.uk');
    await copy.write({ count: 1 });
    copy.prefetch();
    void copy.write({ count: 2 });
    await expect(copy.read()).resolves.toEqual({ count: 2 });
    copy.prefetch();
    await copy.forget();
    await expect(copy.read()).resolves.toBeUndefined();
  });

  it("still deletes the last user's copies when the copy is read in one go with the record", async () => {
    const store = countingStore(memoryKeyValueStore());
    await copyFor(store, 'alice@council.gov.uk').write({ count: 3 });
    const bobs = copyFor(store, 'bob@council.gov.uk');
    bobs.prefetch();
    await expect(bobs.read()).resolves.toBeUndefined();
    expect(store.calls).toContain(`delete ${copyFor(store, 'alice@council.gov.uk').key}`);
  });
});

describe('forgetOtherUsers', () => {
  it('records the signed-in user and leaves their own copies alone', async () => {
    const store = memoryKeyValueStore();
    await copyFor(store, 'alice@council.gov.uk').write({ count: 3 });
    await forgetOtherUsers(store, 'ALICE@council.gov.uk');
    expect(JSON.parse(store.entries.get(SIGNED_IN_USER_KEY) ?? '{}')).toMatchObject({ user: 'alice@council.gov.uk' });
    await expect(copyFor(store, 'alice@council.gov.uk').read()).resolves.toEqual({ count: 3 });
  });

  it('treats an unreadable record as nobody signed in before (nothing to delete, a new record)', async () => {
    const store = memoryKeyValueStore();
    await store.set(SIGNED_IN_USER_KEY, 'not json');
    await forgetOtherUsers(store, 'bob@council.gov.uk');
    expect(JSON.parse(store.entries.get(SIGNED_IN_USER_KEY) ?? '{}')).toEqual({ user: 'bob@council.gov.uk', keys: [] });
  });
});
