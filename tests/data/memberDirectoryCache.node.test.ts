/** @jest-environment node */
/**
 * MemberRepository with a browser copy, against the SharePoint emulator: a warm load is one small GET
 * of the lists' change dates; a change to a list replaces the kept copy; one user's copy is never
 * served to another; a corrupt or older-shape copy is ignored; private details are never kept.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { RetryThrottled, Transport } from '../../src/data/behaviours/RetryThrottled';
import { MemberRepository } from '../../src/data/MemberRepository';
import { memberDirectoryCacheKey } from '../../src/data/memberDirectoryCache';
import { SIGNED_IN_USER_KEY, writesSettled } from '../../src/data/cache/browserCopy';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';

/** A first read: the members' $batch and the committees' $batch, sent together. */
const BOTH_BATCHES = [expect.stringMatching(/^POST .*\/\$batch$/), expect.stringMatching(/^POST .*\/\$batch$/)];
const data = generateSampleCouncil({ seed: 2026, officers: 50, weeks: 4 });
const owner = data.users.find((user) => user.role === 'owner');
let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ data, port: 0 });
});

afterAll(async () => {
  await emulator?.close();
});

function spAs(userId: number, sent: string[]): SPFI {
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

/** The copies in a store, less the record of whose copies they are. */
const copies = (store: ReturnType<typeof memoryKeyValueStore>): [string, string][] => [...store.entries].filter(([key]) => key !== SIGNED_IN_USER_KEY);

describe('MemberRepository with a browser copy', () => {
  if (!owner) throw new Error('The sample council has no owner.');

  it('reads the lists once, then a warm load is only the change check; a changed list is read again and replaces the copy', async () => {
    const store = memoryKeyValueStore();
    const sent: string[] = [];
    const repository = (): MemberRepository => new MemberRepository(spAs(owner.id, sent), { cache: { user: 'alice@council.gov.uk', store } });

    const cold = await repository().loadDirectory();
    expect(sent).toEqual(BOTH_BATCHES);
    await writesSettled(store);
    expect(copies(store)).toHaveLength(1);

    sent.length = 0;
    const warm = await repository().loadDirectory();
    expect(sent).toEqual([expect.stringMatching(/^GET .*\/web\/lists\?.*LastItemModifiedDate/)]);
    expect(warm).toEqual(cold);

    // An editor renames a ward: the kept copy is stale and must not be served.
    const ward = emulator.store.items('Wards')[0];
    await new Promise((resolve) => setTimeout(resolve, 1100));
    emulator.store.update('Wards', ward.Id, { fields: { Title: 'Renamed Ward' } }, owner.id);
    sent.length = 0;
    const changed = await repository().loadDirectory();
    // The change check, then both batches.
    expect(sent).toHaveLength(3);
    expect(changed.wards.map((candidate) => candidate.name)).toContain('Renamed Ward');

    sent.length = 0;
    const after = await repository().loadDirectory();
    expect(sent).toHaveLength(1);
    expect(after.wards.map((candidate) => candidate.name)).toContain('Renamed Ward');
  });

  it('never serves one user’s copy to another, and deletes it when another signs in', async () => {
    const store = memoryKeyValueStore();
    const sent: string[] = [];
    await new MemberRepository(spAs(owner.id, sent), { cache: { user: 'alice@council.gov.uk', store } }).loadDirectory();
    sent.length = 0;
    await new MemberRepository(spAs(owner.id, sent), { cache: { user: 'bob@council.gov.uk', store } }).loadDirectory();
    expect(sent).toEqual(BOTH_BATCHES);
    await writesSettled(store);
    expect(copies(store).map(([key]) => key)).toEqual([expect.stringContaining('bob@council.gov.uk')]);
  });

  it('ignores a corrupt copy or one of another shape, and reads the lists', async () => {
    const store = memoryKeyValueStore();
    const key = memberDirectoryCacheKey({
      siteUrl: emulator.siteUrl,
      user: 'alice@council.gov.uk',
      listTitles: ['Members', 'Parties', 'Wards', 'Committees', 'CommitteeMemberships']
    });
    for (const corrupt of ['{"shape":', JSON.stringify({ shape: 'v0:old', fingerprint: 'x', members: [], parties: [], wards: [], committees: [], memberships: [] })]) {
      // After the previous load's copy has been written (in the background), or it would overwrite this one.
      await writesSettled(store);
      await store.set(key, corrupt);
      const sent: string[] = [];
      const directory = await new MemberRepository(spAs(owner.id, sent), { cache: { user: 'alice@council.gov.uk', store } }).loadDirectory();
      expect(sent).toEqual(BOTH_BATCHES);
      expect(directory.members.length).toBeGreaterThan(0);
    }
  });

  it('keeps no member’s private details in the browser', async () => {
    const store = memoryKeyValueStore();
    await new MemberRepository(spAs(owner.id, []), { cache: { user: 'alice@council.gov.uk', store } }).loadDirectory();
    await writesSettled(store);
    const [[, copy]] = copies(store);
    expect(copy).not.toMatch(/personalPhone|homeAddress/);
  });
});
