/** @jest-environment node */
/**
 * Member briefings cache first, against the SharePoint emulator: with a browser copy of this week's opening
 * for the same account, opening(…, onRevalidated) answers from it before any request, forWeek and wards take
 * the copy, and the same one $batch revalidates it in the background; when it read something else, forWeek
 * answers with that and onRevalidated is called. Confidential items and receipts are never written to the
 * browser; another user's copy is never drawn; a corrupt copy or one of another version is ignored.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { BriefingRepository } from '../../src/data/BriefingRepository';
import { browserCopyKey, writesSettled } from '../../src/data/cache/browserCopy';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { RetryThrottled, Transport } from '../../src/data/behaviours/RetryThrottled';
import { BRIEFING_OPENING_COPY } from '../../src/data/briefingOpeningCache';
import type { IBriefingReader } from '../../src/model/Briefing';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';

const THIS_MONDAY = '2026-11-23';
const data = generateSampleCouncil({ seed: 2026, officers: 50, weeks: 4, anchorDate: THIS_MONDAY });
const member = data.users.find((user) => user.role === 'reader' && /^cllr\./.test(user.email));
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

function revalidation(quietMs = 1500): { readonly onRevalidated: (reader: IBriefingReader | undefined) => void; readonly result: Promise<'called' | 'not called'> } {
  let called: () => void = () => undefined;
  const result = new Promise<'called' | 'not called'>((resolve) => {
    called = () => resolve('called');
    setTimeout(() => resolve('not called'), quietMs);
  });
  return { onRevalidated: () => called(), result };
}

/** This week's items as the emulator holds them. */
function weekItems(): { readonly Id: number; readonly fields: Record<string, unknown> }[] {
  const briefing = emulator.store.items('Briefings').find((item) => String(item.fields.WeekCommencing).startsWith(THIS_MONDAY));
  if (!briefing) throw new Error('The sample council has no briefing this week.');
  return emulator.store.items('BriefingItems').filter((item) => item.fields.Briefing === briefing.Id);
}

/** Runs `body` with none of this week's items confidential, then puts them back as they were. */
async function withoutConfidentialItems(body: () => Promise<void>): Promise<void> {
  const confidential = weekItems().filter((item) => item.fields.IsConfidential === true);
  for (const item of confidential) emulator.store.update('BriefingItems', item.Id, { fields: { IsConfidential: false } }, owner?.id ?? 0);
  try {
    await body();
  } finally {
    for (const item of confidential) emulator.store.update('BriefingItems', item.Id, { fields: { IsConfidential: true } }, owner?.id ?? 0);
  }
}

describe('BriefingRepository.opening, cache first', () => {
  if (!member || !owner) throw new Error('The sample council has no councillor with a reader account, or no owner.');
  const user = member.email;
  const repository = (sent: string[], store: ReturnType<typeof memoryKeyValueStore>, who = user): BriefingRepository =>
    new BriefingRepository(spAs(member.id, sent), { cache: { user: who, store } });

  it('draws the stale copy before any request, then answers with what the one $batch read and says so', async () => {
    const store = memoryKeyValueStore();
    const first = repository([], store);
    await first.opening(THIS_MONDAY, member.email);
    await first.forWeek(THIS_MONDAY);
    // Let the copy be written (after every part of the opening has been read).
    await new Promise((resolve) => setTimeout(resolve, 200));

    const [item] = weekItems().filter((candidate) => candidate.fields.IsConfidential !== true);
    emulator.store.update('BriefingItems', item.Id, { fields: { Title: 'Changed headline (cache first)' } }, owner.id);

    const sent: string[] = [];
    const { onRevalidated, result } = revalidation();
    const second = repository(sent, store);
    const reader = await second.opening(THIS_MONDAY, member.email, onRevalidated);
    const drawnWeek = await second.forWeek(THIS_MONDAY);
    expect(reader?.memberId).toBeDefined();
    expect(drawnWeek.items.map((candidate) => candidate.title)).not.toContain('Changed headline (cache first)');
    expect(drawnWeek.items.length).toBeGreaterThan(0);

    await expect(result).resolves.toBe('called');
    expect(sent).toEqual([expect.stringMatching(/^POST .*\/\$batch$/)]);
    const freshWeek = await second.forWeek(THIS_MONDAY);
    expect(freshWeek.items.map((candidate) => candidate.title)).toContain('Changed headline (cache first)');
  });

  it('never writes a confidential item to the browser; the revalidation brings it', async () => {
    const store = memoryKeyValueStore();
    const [item] = weekItems();
    emulator.store.update('BriefingItems', item.Id, { fields: { IsConfidential: true, Title: 'Confidential: not for the browser' } }, owner.id);
    const first = repository([], store);
    await first.opening(THIS_MONDAY, member.email);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await writesSettled(store);
    const kept = [...store.entries.values()].join('\n');
    expect(kept).toContain(THIS_MONDAY);
    expect(kept).not.toContain('Confidential: not for the browser');

    const { onRevalidated, result } = revalidation();
    const second = repository([], store);
    await second.opening(THIS_MONDAY, member.email, onRevalidated);
    expect((await second.forWeek(THIS_MONDAY)).items.map((candidate) => candidate.id)).not.toContain(item.Id);
    await expect(result).resolves.toBe('called');
    expect((await second.forWeek(THIS_MONDAY)).items.map((candidate) => candidate.id)).toContain(item.Id);
    emulator.store.update('BriefingItems', item.Id, { fields: { IsConfidential: false } }, owner.id);
  });

  it('calls nothing back when the batch read what the copy holds', async () => {
    await withoutConfidentialItems(async () => {
      const store = memoryKeyValueStore();
      await repository([], store).opening(THIS_MONDAY, member.email);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { onRevalidated, result } = revalidation(800);
      await repository([], store).opening(THIS_MONDAY, member.email, onRevalidated);
      await expect(result).resolves.toBe('not called');
    });
  });

  it("never draws another user's copy", async () => {
    const store = memoryKeyValueStore();
    await repository([], store).opening(THIS_MONDAY, member.email);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [item] = weekItems().filter((candidate) => candidate.fields.IsConfidential !== true);
    emulator.store.update('BriefingItems', item.Id, { fields: { Title: 'Changed after the first user kept a copy' } }, owner.id);
    // The same account asked for, so only the signed-in user tells the copies apart.
    const { onRevalidated, result } = revalidation(500);
    const other = repository([], store, 'someone.else@council.gov.uk');
    await other.opening(THIS_MONDAY, member.email, onRevalidated);
    const week = await other.forWeek(THIS_MONDAY);
    expect(week.items.map((candidate) => candidate.title)).toContain('Changed after the first user kept a copy');
    await expect(result).resolves.toBe('not called');
  });

  it.each([
    ['a corrupt copy', '{"shape":"v1:'],
    ['a copy of another version', JSON.stringify({ shape: 'v0:Title', week: THIS_MONDAY, account: '', wards: [], weekBriefing: { items: [] }, withheld: 0 })]
  ])('ignores %s and waits for the lists', async (_case, text) => {
    const store = memoryKeyValueStore();
    const key = browserCopyKey(BRIEFING_OPENING_COPY, { siteUrl: emulator.siteUrl, user, listTitles: ['Briefings', 'BriefingItems', 'Members', 'Wards'] });
    await store.set(key, text);
    const { onRevalidated, result } = revalidation(500);
    const sent: string[] = [];
    const repo = repository(sent, store);
    await repo.opening(THIS_MONDAY, member.email, onRevalidated);
    expect(sent).toEqual([expect.stringMatching(/^POST .*\/\$batch$/)]);
    expect((await repo.forWeek(THIS_MONDAY)).items.length).toBeGreaterThan(0);
    await expect(result).resolves.toBe('not called');
  });
});
