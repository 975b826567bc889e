/** @jest-environment node */
/**
 * A copy kept as a head and parts (the officer directory's): read whole or not at all (a corrupt or
 * missing part, or a part of another write, is no copy), parsed part by part, per user like every copy,
 * and forgotten with its parts. Run on IndexedDB (fake-indexeddb) as in the browser, and on the memory store.
 */
import 'fake-indexeddb/auto';
import { BrowserCopy, IBrowserCopyFormat, SIGNED_IN_USER_KEY } from '../../../src/data/cache/browserCopy';
import type { IKeyValueStore } from '../../../src/data/cache/IKeyValueStore';
import { indexedDbKeyValueStore } from '../../../src/data/cache/indexedDbKeyValueStore';
import { memoryKeyValueStore } from '../../../src/data/cache/memoryKeyValueStore';
import { IPartedCopyFormat, PartedBrowserCopy, partKey } from '../../../src/data/cache/partedBrowserCopy';

const SITE = 'https://council.sharepoint.com/sites/members';

interface INumbers {
  readonly label: string;
  readonly numbers: readonly number[];
}

/** Three numbers a part; counts each part parsed, so a test can see the parse go part by part. */
function numbersFormat(parsed: string[] = []): IPartedCopyFormat<INumbers> {
  return {
    serialise: (value) => {
      const parts: string[] = [];
      for (let start = 0; start < value.numbers.length; start += 3) parts.push(JSON.stringify(value.numbers.slice(start, start + 3)));
      return { head: JSON.stringify({ version: 1, label: value.label, parts: parts.length }), parts };
    },
    partCount: (head) => {
      const parsedHead = JSON.parse(head) as { version?: unknown; parts?: unknown };
      return parsedHead.version === 1 && typeof parsedHead.parts === 'number' ? parsedHead.parts : undefined;
    },
    parse: async (head, parts) => {
      const { label } = JSON.parse(head) as { label: string };
      const numbers: number[] = [];
      for (const part of parts) {
        await Promise.resolve();
        parsed.push(part);
        const values: unknown = JSON.parse(part);
        if (!Array.isArray(values) || !values.every((value) => typeof value === 'number')) return undefined;
        numbers.push(...(values as number[]));
      }
      return { label, numbers };
    }
  };
}

const copyFor = (store: IKeyValueStore, user: string, format = numbersFormat()): PartedBrowserCopy<INumbers> =>
  new PartedBrowserCopy(store, 'numbers', { siteUrl: SITE, user, listTitles: ['Numbers'] }, format);

const SEVEN: INumbers = { label: 'seven', numbers: [1, 2, 3, 4, 5, 6, 7] };

let database = 0;
describe.each([
  ['IndexedDB', (): IKeyValueStore => indexedDbKeyValueStore(`parted-copy-test-${++database}`)],
  ['memory', (): IKeyValueStore => memoryKeyValueStore()]
])('PartedBrowserCopy on %s', (_name, newStore) => {
  it('keeps a value as a head and parts, and reads it back whole, part by part', async () => {
    const store = newStore();
    await copyFor(store, 'alice@council.gov.uk').write(SEVEN);
    const copy = copyFor(store, 'alice@council.gov.uk');
    for (let index = 0; index < 3; index++) await expect(store.get(partKey(copy.key, index))).resolves.toEqual(expect.any(String));
    await expect(store.get(partKey(copy.key, 3))).resolves.toBeUndefined();
    const parsed: string[] = [];
    await expect(copyFor(store, ' Alice@Council.gov.uk ', numbersFormat(parsed)).readSaved()).resolves.toEqual({ value: SEVEN, savedAt: expect.any(Date) });
    expect(parsed).toEqual(['[1,2,3]', '[4,5,6]', '[7]']);
  });

  it.each([
    ['a corrupt part', (store: IKeyValueStore, key: string) => store.get(partKey(key, 1)).then((text) => store.set(partKey(key, 1), (text ?? '').slice(0, -4)))],
    ['a missing part', (store: IKeyValueStore, key: string) => store.delete(partKey(key, 2))],
    ['a part without its stamp', (store: IKeyValueStore, key: string) => store.set(partKey(key, 0), '[1,2,3]')],
    ['a corrupt head', (store: IKeyValueStore, key: string) => store.get(key).then((text) => store.set(key, (text ?? '').slice(0, -2)))],
    ['a copy kept whole by an earlier release', (store: IKeyValueStore, key: string) => store.set(key, JSON.stringify({ version: 1, label: 'old', numbers: [1] }))]
  ])('ignores the copy with %s', async (_case, spoil) => {
    const store = newStore();
    const copy = copyFor(store, 'alice@council.gov.uk');
    await copy.write(SEVEN);
    await spoil(store, copy.key);
    await expect(copyFor(store, 'alice@council.gov.uk').read()).resolves.toBeUndefined();
  });

  it('never mixes parts of two writes: a part another write left behind is not read', async () => {
    const store = newStore();
    const copy = copyFor(store, 'alice@council.gov.uk');
    await copy.write(SEVEN);
    const oldPart = await store.get(partKey(copy.key, 1));
    await copy.write({ label: 'again', numbers: [9, 9, 9, 8, 8, 8] });
    await expect(copy.read()).resolves.toEqual({ label: 'again', numbers: [9, 9, 9, 8, 8, 8] });
    // A tab that wrote its own copy meanwhile, or a write cut short, left this part from the first write.
    await store.set(partKey(copy.key, 1), oldPart ?? '');
    await expect(copy.read()).resolves.toBeUndefined();
  });

  it('deletes the parts a shorter copy no longer needs, and every part when forgotten', async () => {
    const store = newStore();
    const copy = copyFor(store, 'alice@council.gov.uk');
    await copy.write(SEVEN);
    await copy.write({ label: 'two', numbers: [1, 2] });
    await expect(store.get(partKey(copy.key, 1))).resolves.toBeUndefined();
    await expect(store.get(partKey(copy.key, 2))).resolves.toBeUndefined();
    await expect(copy.read()).resolves.toEqual({ label: 'two', numbers: [1, 2] });
    await copy.forget();
    await expect(store.get(copy.key)).resolves.toBeUndefined();
    await expect(store.get(partKey(copy.key, 0))).resolves.toBeUndefined();
  });

  it("never gives one user another user's copy, and deletes the last user's head and parts when another signs in", async () => {
    const store = newStore();
    const alices = copyFor(store, 'alice@council.gov.uk');
    await alices.write(SEVEN);
    await expect(copyFor(store, 'bob@council.gov.uk').read()).resolves.toBeUndefined();
    await expect(store.get(alices.key)).resolves.toBeUndefined();
    for (let index = 0; index < 3; index++) await expect(store.get(partKey(alices.key, index))).resolves.toBeUndefined();
  });
});

describe('PartedBrowserCopy beside a whole copy', () => {
  it('shares the signed-in record with BrowserCopy: both are deleted when another user signs in', async () => {
    const store = memoryKeyValueStore();
    const text: IBrowserCopyFormat<string> = { serialise: (value) => value, parse: (value) => value };
    await new BrowserCopy(store, 'text', { siteUrl: SITE, user: 'alice@council.gov.uk', listTitles: [] }, text).write('hello');
    await copyFor(store, 'alice@council.gov.uk').write(SEVEN);
    await copyFor(store, 'bob@council.gov.uk').read();
    expect([...store.entries.keys()]).toEqual([SIGNED_IN_USER_KEY]);
  });
});

describe('PartedBrowserCopy with a store that fails', () => {
  it('reads nothing and keeps nothing, without rejecting', async () => {
    const failing: IKeyValueStore = {
      get: () => Promise.reject(new Error('The database connection is closing.')),
      set: () => Promise.reject(new Error('QuotaExceededError')),
      delete: () => Promise.reject(new Error('blocked'))
    };
    const copy = copyFor(failing, 'alice@council.gov.uk');
    await expect(copy.write(SEVEN)).resolves.toBeUndefined();
    await expect(copy.read()).resolves.toBeUndefined();
    await expect(copy.forget()).resolves.toBeUndefined();
  });
});
