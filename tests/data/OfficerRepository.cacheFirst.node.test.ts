/** @jest-environment node */
/**
 * The officer directory cache first, against the SharePoint emulator: with a browser copy,
 * searchIndex(onProgress, onRevalidated) answers from it before any request, then checks the lists' change
 * dates in the background and hands over the lists read again only when they changed. Another user's copy is
 * never drawn; a corrupt copy or one of another version is ignored.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { RetryThrottled, Transport } from '../../src/data/behaviours/RetryThrottled';
import { OfficerRepository } from '../../src/data/OfficerRepository';
import { directoryCacheKey } from '../../src/data/officerDirectoryCache';
import { writesSettled } from '../../src/data/cache/browserCopy';
import type { IOfficerDirectory } from '../../src/model/Officer';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';

const data = generateSampleCouncil({ seed: 2026, officers: 50, weeks: 4 });
const owner = data.users.find((user) => user.role === 'owner');
let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ data, port: 0 });
});

afterAll(async () => {
  await emulator?.close();
});

function spAs(userId: number | string, sent: string[]): SPFI {
  const transport: Transport = async (url, init) => {
    const text = url.toString();
    if (!/\/_api\/contextinfo$/i.test(text)) sent.push(`${init.method ?? 'GET'} ${decodeURIComponent(text)}`);
    return fetch(text, init);
  };
  return spfi(emulator.siteUrl).using(
    SPBrowser({ baseUrl: emulator.siteUrl }),
    RetryThrottled({ maxAttempts: 1, transport }),
    InjectHeaders({ 'X-Emulator-User': String(userId) })
  );
}

/** Resolves with what onRevalidated was given, or 'not called' once `quietMs` passed without it. */
function revalidation(quietMs = 1500): { readonly onRevalidated: (directory: IOfficerDirectory) => void; readonly result: Promise<IOfficerDirectory | 'not called'> } {
  let onRevalidated: (directory: IOfficerDirectory) => void = () => undefined;
  const result = new Promise<IOfficerDirectory | 'not called'>((resolve) => {
    onRevalidated = resolve;
    setTimeout(() => resolve('not called'), quietMs);
  });
  return { onRevalidated: (directory) => onRevalidated(directory), result };
}

const names = (directory: IOfficerDirectory): string[] => directory.officers.map((officer) => officer.name);

describe('OfficerRepository.searchIndex, cache first', () => {
  if (!owner) throw new Error('The sample council has no owner.');
  const user = 'alice@council.gov.uk';
  const repository = (sent: string[], who = user, store = memoryKeyValueStore()): OfficerRepository =>
    new OfficerRepository(spAs(owner.id, sent), { cache: { user: who, store } });

  it('draws the stale copy before any request, then hands over the changed lists', async () => {
    const store = memoryKeyValueStore();
    await repository([], user, store).searchIndex();
    const officer = emulator.store.items('Officers')[0];
    await new Promise((resolve) => setTimeout(resolve, 1100));
    emulator.store.update('Officers', officer.Id, { fields: { Title: 'Renamed Officer (cache first)' } }, owner.id);

    const sent: string[] = [];
    const { onRevalidated, result } = revalidation();
    const drawn = await repository(sent, user, store).searchIndex(undefined, onRevalidated);
    expect(sent).toEqual([]);
    expect(drawn.source).toBe('cache');
    expect(names(drawn)).not.toContain('Renamed Officer (cache first)');

    const fresh = await result;
    if (fresh === 'not called') throw new Error('onRevalidated was not called after a list changed');
    expect(fresh.source).toBe('network');
    expect(names(fresh)).toContain('Renamed Officer (cache first)');
    expect(sent[0]).toMatch(/^GET .*\/web\/lists\?.*LastItemModifiedDate/);

    const next = await repository([], user, store).searchIndex(undefined, () => undefined);
    expect(names(next)).toContain('Renamed Officer (cache first)');
  });

  it('asks only whether the lists changed, and redraws nothing when they did not', async () => {
    const store = memoryKeyValueStore();
    await repository([], user, store).searchIndex();
    const sent: string[] = [];
    const { onRevalidated, result } = revalidation(800);
    const drawn = await repository(sent, user, store).searchIndex(undefined, onRevalidated);
    expect(drawn.source).toBe('cache');
    await expect(result).resolves.toBe('not called');
    expect(sent).toEqual([expect.stringMatching(/^GET .*\/web\/lists\?.*LastItemModifiedDate/)]);
  });

  it("never draws another user's copy: the other user waits for the lists", async () => {
    const store = memoryKeyValueStore();
    await repository([], user, store).searchIndex();
    const sent: string[] = [];
    const directory = await repository(sent, 'bob@council.gov.uk', store).searchIndex(undefined, () => undefined);
    expect(directory.source).toBe('network');
    expect(sent[0]).toMatch(/^POST .*\/\$batch$/);
  });

  it.each([
    ['a corrupt copy', '{"shape":"v2:'],
    ['a copy of another version', JSON.stringify({ shape: 'v1:Title', fingerprint: 'x', loadedAt: '2026-11-01T00:00:00Z', officerFields: [], officers: [], services: [] })]
  ])('ignores %s and reads the lists', async (_case, text) => {
    const store = memoryKeyValueStore();
    await store.set(directoryCacheKey({ siteUrl: emulator.siteUrl, user, listTitles: ['Officers', 'Services'] }), text);
    const sent: string[] = [];
    const directory = await repository(sent, user, store).searchIndex(undefined, () => undefined);
    expect(directory.source).toBe('network');
    expect(sent[0]).toMatch(/^POST .*\/\$batch$/);
    expect(directory.officers.length).toBeGreaterThan(0);
  });

  it('forgets the copy when the revalidation finds the user may no longer read the lists, so the next visit says why', async () => {
    const store = memoryKeyValueStore();
    const stranger = 'stranger@elsewhere.example';
    // Kept while they could read the lists (read here as the owner, under the stranger's name).
    await new OfficerRepository(spAs(owner.id, []), { cache: { user: stranger, store } }).searchIndex();
    await writesSettled(store);
    const key = directoryCacheKey({ siteUrl: emulator.siteUrl, user: stranger, listTitles: ['Officers', 'Services'] });
    expect(await store.get(key)).toBeDefined();

    const drawn = await new OfficerRepository(spAs(stranger, []), { cache: { user: stranger, store } }).searchIndex(undefined, () => undefined);
    expect(drawn.source).toBe('cache');
    for (let tries = 0; tries < 100 && (await store.get(key)) !== undefined; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.get(key)).toBeUndefined();
    const next = await new OfficerRepository(spAs(stranger, []), { cache: { user: stranger, store } }).searchIndex(undefined, () => undefined).catch((error: unknown) => error);
    expect(next).toMatchObject({ kind: 'accessDenied' });
  });
});
