/** @jest-environment node */
/**
 * Member profiles cache first, against the SharePoint emulator: with a browser copy, loadDirectory(onRevalidated)
 * answers from it before any request, then checks the lists' change dates in the background and hands over the
 * lists read again only when they changed. Another user's copy is never drawn; a corrupt copy or one of another
 * version is ignored (the lists are read, nothing is drawn stale).
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { RetryThrottled, Transport } from '../../src/data/behaviours/RetryThrottled';
import { MemberRepository } from '../../src/data/MemberRepository';
import { memberDirectoryCacheKey } from '../../src/data/memberDirectoryCache';
import type { IMemberDirectory } from '../../src/model/Member';
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

/** Resolves with what onRevalidated was given, or 'not called' once `quietMs` passed without it. */
function revalidation(quietMs = 1500): { readonly onRevalidated: (directory: IMemberDirectory) => void; readonly result: Promise<IMemberDirectory | 'not called'> } {
  let onRevalidated: (directory: IMemberDirectory) => void = () => undefined;
  const result = new Promise<IMemberDirectory | 'not called'>((resolve) => {
    onRevalidated = resolve;
    setTimeout(() => resolve('not called'), quietMs);
  });
  return { onRevalidated: (directory) => onRevalidated(directory), result };
}

const wardNames = (directory: IMemberDirectory): string[] => directory.wards.map((ward) => ward.name);

describe('MemberRepository.loadDirectory, cache first', () => {
  if (!owner) throw new Error('The sample council has no owner.');
  const user = 'alice@council.gov.uk';

  it('draws the stale copy before any request, then hands over the changed lists', async () => {
    const store = memoryKeyValueStore();
    await new MemberRepository(spAs(owner.id, []), { cache: { user, store } }).loadDirectory();

    const ward = emulator.store.items('Wards')[0];
    // SharePoint's change dates have whole seconds: an edit within the same second would look unchanged.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    emulator.store.update('Wards', ward.Id, { fields: { Title: 'Renamed Ward (cache first)' } }, owner.id);

    const sent: string[] = [];
    const { onRevalidated, result } = revalidation();
    const drawn = await new MemberRepository(spAs(owner.id, sent), { cache: { user, store } }).loadDirectory(onRevalidated);
    expect(sent).toEqual([]);
    expect(wardNames(drawn)).not.toContain('Renamed Ward (cache first)');

    const fresh = await result;
    if (fresh === 'not called') throw new Error('onRevalidated was not called after a list changed');
    expect(wardNames(fresh)).toContain('Renamed Ward (cache first)');
    expect(sent).toEqual([expect.stringMatching(/^GET .*\/web\/lists\?.*LastItemModifiedDate/), ...BOTH_BATCHES]);

    // The copy was replaced: the next visit draws the new name.
    const next = await new MemberRepository(spAs(owner.id, []), { cache: { user, store } }).loadDirectory(() => undefined);
    expect(wardNames(next)).toContain('Renamed Ward (cache first)');
  });

  it('asks only whether the lists changed, and redraws nothing when they did not', async () => {
    const store = memoryKeyValueStore();
    const cold = await new MemberRepository(spAs(owner.id, []), { cache: { user, store } }).loadDirectory();
    const sent: string[] = [];
    const { onRevalidated, result } = revalidation(800);
    const drawn = await new MemberRepository(spAs(owner.id, sent), { cache: { user, store } }).loadDirectory(onRevalidated);
    expect(drawn).toEqual(cold);
    await expect(result).resolves.toBe('not called');
    expect(sent).toEqual([expect.stringMatching(/^GET .*\/web\/lists\?.*LastItemModifiedDate/)]);
  });

  it("never draws another user's copy: the other user waits for the lists", async () => {
    const store = memoryKeyValueStore();
    await new MemberRepository(spAs(owner.id, []), { cache: { user, store } }).loadDirectory();
    const sent: string[] = [];
    const { onRevalidated, result } = revalidation(500);
    const directory = await new MemberRepository(spAs(owner.id, sent), { cache: { user: 'bob@council.gov.uk', store } }).loadDirectory(onRevalidated);
    expect(sent).toEqual(BOTH_BATCHES);
    expect(directory.members.length).toBeGreaterThan(0);
    // A cold read: the members first and the committees handed over when they arrive (or all at once if
    // they arrived first), never anything from the other user's copy and nothing more.
    const later = await result;
    if (directory.committeesPending) {
      expect(directory.committeesPending).toEqual({ status: 'loading' });
      if (later === 'not called') throw new Error('the committees were never handed over');
      expect(later.committeesPending).toBeUndefined();
      expect(later.memberships.length).toBeGreaterThan(0);
      expect(later.members).toEqual(directory.members);
    } else {
      expect(later).toBe('not called');
      expect(directory.memberships.length).toBeGreaterThan(0);
    }
    expect(sent).toEqual(BOTH_BATCHES);
  });

  it('sends a first read as two batches in flight together: one round trip, the members drawn first', async () => {
    const spans: { readonly start: number; end: number }[] = [];
    const transport: Transport = async (url, init) => {
      const span = { start: performance.now(), end: Number.NaN };
      if (/\$batch$/.test(url.toString())) spans.push(span);
      const response = await fetch(url.toString(), init);
      const body = await response.arrayBuffer();
      span.end = performance.now();
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
    const sp = spfi(emulator.siteUrl).using(
      SPBrowser({ baseUrl: emulator.siteUrl }),
      RetryThrottled({ maxAttempts: 1, transport }),
      InjectHeaders({ 'X-Emulator-User': String(owner.id) })
    );
    const { onRevalidated, result } = revalidation(3000);
    const first = await new MemberRepository(sp, { cache: { user: 'carol@council.gov.uk', store: memoryKeyValueStore() } }).loadDirectory(onRevalidated);
    expect(first.members.length).toBeGreaterThan(0);
    const later = await result;
    const whole = later === 'not called' ? first : later;
    expect(whole.committeesPending).toBeUndefined();
    expect(whole.memberships.length).toBeGreaterThan(0);

    expect(spans).toHaveLength(2);
    // Each batch was sent before the other's answer was in.
    const [a, b] = spans;
    expect(Math.max(a.start, b.start)).toBeLessThan(Math.min(a.end, b.end));
  });

  it.each([
    ['a corrupt copy', '{"shape":"v1:'],
    ['a copy of another version', JSON.stringify({ shape: 'v0:Title', fingerprint: 'x', members: [{ id: 1, displayName: 'Stale', skills: [] }], parties: [], wards: [], committees: [], memberships: [] })]
  ])('ignores %s and reads the lists', async (_case, text) => {
    const store = memoryKeyValueStore();
    const key = memberDirectoryCacheKey({ siteUrl: emulator.siteUrl, user, listTitles: ['Members', 'Parties', 'Wards', 'Committees', 'CommitteeMemberships'] });
    await store.set(key, text);
    const sent: string[] = [];
    const directory = await new MemberRepository(spAs(owner.id, sent), { cache: { user, store } }).loadDirectory(() => undefined);
    expect(sent).toEqual(BOTH_BATCHES);
    expect(directory.members.map((member) => member.displayName)).not.toContain('Stale');
    expect(directory.members.length).toBeGreaterThan(0);
  });
});
