/** @jest-environment node */
/**
 * The briefings view's first read against the SharePoint emulator: the signed-in member, every ward
 * and this week's briefing with its items in ONE $batch (the items through the lookup's projected
 * WeekCommencing), then forWeek and wards answered from it without another request. Past the 5,000-item
 * threshold the projected filter is refused, as in SharePoint, and the week's items come by the
 * indexed lookup instead: one more request, the same answer.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { BriefingRepository } from '../../src/data/BriefingRepository';
import { RetryThrottled, Transport } from '../../src/data/behaviours/RetryThrottled';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';
import type { ISiteData } from '../../tools/emulator/siteData';

const THIS_MONDAY = '2026-11-23';
const tenYears: ISiteData = generateSampleCouncil({ seed: 2026, weeks: 520, anchorDate: THIS_MONDAY });

/** BriefingItems padded past the threshold with copies of the oldest items (on the oldest briefings). */
function itemsOverThreshold(data: ISiteData): ISiteData {
  const items = [...data.lists.BriefingItems];
  let nextItemId = Math.max(...items.map((item) => item.Id)) + 1;
  for (let source = 0; items.length < 6200; source++) {
    const original = data.lists.BriefingItems[source];
    items.push({ ...original, Id: nextItemId++, fields: { ...original.fields, Title: `Follow-up: ${String(original.fields.Title)}` } });
  }
  return { ...data, lists: { ...data.lists, BriefingItems: items } };
}

const member = tenYears.users.find((user) => user.role === 'reader' && /^cllr\./.test(user.email));

let plain: IRunningEmulator;
let padded: IRunningEmulator;

beforeAll(async () => {
  [plain, padded] = await Promise.all([startEmulator({ data: tenYears, port: 0 }), startEmulator({ data: itemsOverThreshold(tenYears), port: 0 })]);
});

afterAll(async () => {
  await Promise.all([plain?.close(), padded?.close()]);
});

/** The requests sent, form digest left out (SPFx takes it from the page; see tools/preview/client/previewData.ts). */
function spAs(emulator: IRunningEmulator, userId: number, sent: string[]): SPFI {
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

describe('BriefingRepository.opening', () => {
  if (!member) throw new Error('The sample council has no councillor with a reader account.');

  it('reads the member, the wards and this week with its items in one $batch, and forWeek/wards ask for nothing more', async () => {
    const sent: string[] = [];
    const repository = new BriefingRepository(spAs(plain, member.id, sent));
    const reader = await repository.opening(THIS_MONDAY, member.email);
    const [week, wards] = await Promise.all([repository.forWeek(THIS_MONDAY), repository.wards()]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^POST .*\/_api\/\$batch$/);

    // The same answers as the separate reads.
    const separate = new BriefingRepository(spAs(plain, member.id, []));
    expect(reader).toEqual(await separate.readerForAccount(member.email));
    expect(reader?.ward).toBeDefined();
    expect(wards).toEqual(await separate.wards());
    const expected = await separate.forWeek(THIS_MONDAY);
    expect(expected.items.length).toBeGreaterThan(0);
    expect(week.briefing).toEqual(expected.briefing);
    expect(week.items.map((item) => item.id).sort()).toEqual(expected.items.map((item) => item.id).sort());
  });

  it('keeps the week only once: a later forWeek of the same week reads it again', async () => {
    const sent: string[] = [];
    const repository = new BriefingRepository(spAs(plain, member.id, sent));
    await repository.opening(THIS_MONDAY, member.email);
    await repository.forWeek(THIS_MONDAY);
    await repository.forWeek(THIS_MONDAY);
    expect(sent.length).toBeGreaterThan(1);
  });

  it('with no account, asks for no member and still brings the week and the wards', async () => {
    const sent: string[] = [];
    const repository = new BriefingRepository(spAs(plain, member.id, sent));
    await expect(repository.opening(THIS_MONDAY, undefined)).resolves.toBeUndefined();
    expect((await repository.forWeek(THIS_MONDAY)).items.length).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
  });

  it('a missing briefings list fails the week alone: the member and the wards still arrive', async () => {
    const repository = new BriefingRepository(spAs(plain, member.id, []), { listTitles: { Briefings: 'Briefings renamed' } });
    const reader = await repository.opening(THIS_MONDAY, member.email);
    expect(reader?.ward).toBeDefined();
    expect((await repository.wards()).length).toBeGreaterThan(0);
    await expect(repository.forWeek(THIS_MONDAY)).rejects.toMatchObject({ listTitle: 'Briefings renamed' });
  });

  it('past 5,000 items falls back to the week’s items by the indexed lookup: the same items, one more request', async () => {
    const sent: string[] = [];
    const repository = new BriefingRepository(spAs(padded, member.id, sent));
    await repository.opening(THIS_MONDAY, member.email);
    const week = await repository.forWeek(THIS_MONDAY);
    const expected = await new BriefingRepository(spAs(plain, member.id, [])).forWeek(THIS_MONDAY);
    expect(week.items.map((item) => item.id).sort()).toEqual(expected.items.map((item) => item.id).sort());
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatch(/BriefingId\+eq\+\d+/);
  });
});
