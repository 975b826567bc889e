/** @jest-environment node */
/**
 * The real BriefingRepository against the SharePoint emulator serving the sample council with
 * ten years (520 weeks) of briefings. A second site pads both lists past the 5,000-item list view
 * threshold (Briefings with a century of older weeks, BriefingItems past the 6,000 the schema
 * expects), where any query that is not threshold-safe fails as it would in SharePoint Online.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { BriefingRepository } from '../../src/data/BriefingRepository';
import { RetryThrottled, Transport } from '../../src/data/behaviours/RetryThrottled';
import { addDays, monthOf, nextMonth } from '../../src/schema/ukDates';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { isoFromDay, storedDateOnly, dayFromIso, ukDayOfStored } from '../../tools/sample-council/ukDate';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';
import { ISiteData, IStoredItem, ModerationStatus } from '../../tools/emulator/siteData';

const THIS_MONDAY = '2026-11-23';
const NEXT_MONDAY = '2026-11-30';
const tenYears: ISiteData = generateSampleCouncil({ seed: 2026, weeks: 520, anchorDate: '2026-11-23' });

/** The same council with both briefing lists past the threshold. */
function overThreshold(data: ISiteData): ISiteData {
  const briefings = [...data.lists.Briefings];
  const items = [...data.lists.BriefingItems];
  const template = briefings[0];
  let nextBriefingId = Math.max(...briefings.map((item) => item.Id)) + 1;
  // 5,000 older weeks, ending the week before the oldest real one; approved, without items.
  const oldest = ukDayOfStored(template.fields.WeekCommencing as string);
  for (let week = 1; week <= 5000; week++) {
    const monday = oldest - 7 * week;
    briefings.push({ ...template, Id: nextBriefingId++, fields: { ...template.fields, Title: `Archive briefing ${isoFromDay(monday)}`, WeekCommencing: storedDateOnly(monday) } });
  }
  // Follow-up items on the oldest briefings until the list holds 6,200.
  let nextItemId = Math.max(...items.map((item) => item.Id)) + 1;
  for (let source = 0; items.length < 6200; source++) {
    const original = data.lists.BriefingItems[source];
    items.push({ ...original, Id: nextItemId++, fields: { ...original.fields, Title: `Follow-up: ${String(original.fields.Title)}` } });
  }
  return { ...data, lists: { ...data.lists, Briefings: briefings, BriefingItems: items } };
}
const large: ISiteData = overThreshold(tenYears);

const reader = tenYears.users.find((user) => user.role === 'reader' && /^cllr\./.test(user.email));
const editor = tenYears.users.find((user) => user.role === 'editor');

let plain: IRunningEmulator;
let padded: IRunningEmulator;

beforeAll(async () => {
  [plain, padded] = await Promise.all([startEmulator({ data: tenYears, port: 0 }), startEmulator({ data: large, port: 0 })]);
});

afterAll(async () => {
  await Promise.all([plain?.close(), padded?.close()]);
});

interface IWireBytes {
  compressed: number;
  uncompressed: number;
}

function spAs(emulator: IRunningEmulator, userId: number | undefined, bytes?: IWireBytes): SPFI {
  const headers: Record<string, string> = userId === undefined ? {} : { 'X-Emulator-User': String(userId) };
  // Counts what crossed the wire: Content-Length is the gzip size the emulator sent.
  const transport: Transport = async (url, init) => {
    const response = await fetch(url.toString(), init);
    if (bytes) {
      bytes.compressed += Number(response.headers.get('content-length') ?? 0);
      bytes.uncompressed += (await response.clone().arrayBuffer()).byteLength;
    }
    return response;
  };
  return spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), RetryThrottled({ maxAttempts: 1, transport }), InjectHeaders(headers));
}

const calendarDate = (stored: unknown): string => isoFromDay(ukDayOfStored(stored as string));
const briefingOf = (data: ISiteData, monday: string): IStoredItem | undefined =>
  data.lists.Briefings.find((item) => calendarDate(item.fields.WeekCommencing) === monday);
const itemsOf = (data: ISiteData, briefingId: number): IStoredItem[] => data.lists.BriefingItems.filter((item) => item.fields.Briefing === briefingId);
const ids = (items: readonly { readonly Id: number }[]): number[] => items.map((item) => item.Id).sort((a, b) => a - b);
const sortedIds = (items: readonly { readonly id: number }[]): number[] => items.map((item) => item.id).sort((a, b) => a - b);

describe('BriefingRepository on the emulator: ten years of weekly briefings', () => {
  it('has the data the tests rely on', () => {
    expect(reader).toBeDefined();
    expect(editor).toBeDefined();
    expect(tenYears.lists.Briefings.length).toBeGreaterThan(500);
    expect(large.lists.Briefings.length).toBeGreaterThan(5000);
    expect(large.lists.BriefingItems.length).toBeGreaterThan(6000);
  });

  test.each([
    ['the plain council', () => plain, () => tenYears],
    ['lists past the threshold', () => padded, () => large]
  ])("loads this week's briefing and its approved items in two round trips (%s)", async (_case, emulatorOf, dataOf) => {
    const emulator = emulatorOf();
    const data = dataOf();
    const before = emulator.stats().apiRequests;
    const week = await new BriefingRepository(spAs(emulator, reader?.id)).forWeek(THIS_MONDAY);
    expect(emulator.stats().apiRequests - before).toBe(2);

    const stored = briefingOf(data, THIS_MONDAY) as IStoredItem;
    expect(week.briefing).toMatchObject({ id: stored.Id, title: stored.fields.Title, weekCommencing: THIS_MONDAY, approval: 'approved' });
    const all = itemsOf(data, stored.Id);
    const approved = all.filter((item) => item.moderationStatus === ModerationStatus.Approved);
    // This week's last item awaits approval: the reader must not get it.
    expect(approved.length).toBeLessThan(all.length);
    expect(sortedIds(week.items)).toEqual(ids(approved));
    expect(week.items.every((item) => item.approval === 'approved' && item.briefingId === stored.Id)).toBe(true);
  });

  it('maps the items as stored: wards, service, contact officer, body, category, sort order', async () => {
    const week = await new BriefingRepository(spAs(plain, reader?.id)).forWeek(THIS_MONDAY);
    const titleOf = (key: 'Wards' | 'Services' | 'Officers', id: unknown): string | undefined =>
      tenYears.lists[key].find((item) => item.Id === id)?.fields.Title as string | undefined;
    for (const item of week.items) {
      const stored = tenYears.lists.BriefingItems.find((candidate) => candidate.Id === item.id) as IStoredItem;
      expect(item.title).toBe(stored.fields.Title);
      expect(item.category).toBe(stored.fields.Category);
      expect(item.sortOrder).toBe(stored.fields.SortOrder);
      expect(item.bodyHtml).toBe(typeof stored.fields.Body === 'string' ? stored.fields.Body.trim() : undefined);
      expect(item.wards).toEqual((stored.fields.Wards as number[]).map((id) => ({ id, name: titleOf('Wards', id) })));
      expect(item.service).toEqual(stored.fields.Service ? { id: stored.fields.Service, name: titleOf('Services', stored.fields.Service) } : undefined);
      const officer = tenYears.lists.Officers.find((candidate) => candidate.Id === stored.fields.ContactOfficer);
      const officerEmail = typeof officer?.fields.Email === 'string' ? officer.fields.Email : undefined;
      expect(item.contactOfficer).toEqual(
        stored.fields.ContactOfficer
          ? { id: stored.fields.ContactOfficer, name: titleOf('Officers', stored.fields.ContactOfficer), ...(officerEmail ? { email: officerEmail } : {}) }
          : undefined
      );
    }
    // The emails came with the items (projected through the lookup), not from further requests.
    expect(week.items.filter((item) => item.contactOfficer?.email?.includes('@')).length).toBeGreaterThan(0);
    // Every category is on show this week, and some items affect all wards.
    expect(new Set(week.items.map((item) => item.category)).size).toBe(7);
    expect(week.items.some((item) => item.wards.length === 0)).toBe(true);
  });

  it("never gives a reader next week's draft; an editor gets it labelled as a draft", async () => {
    const draft = briefingOf(tenYears, NEXT_MONDAY) as IStoredItem;
    expect(draft.moderationStatus).toBe(ModerationStatus.Draft);

    const asReader = await new BriefingRepository(spAs(plain, reader?.id)).forWeek(NEXT_MONDAY);
    expect(asReader).toEqual({ items: [] });

    const asEditor = await new BriefingRepository(spAs(plain, editor?.id)).forWeek(NEXT_MONDAY);
    expect(asEditor.briefing).toMatchObject({ id: draft.Id, approval: 'draft' });
    expect(sortedIds(asEditor.items)).toEqual(ids(itemsOf(tenYears, draft.Id)));
    expect(asEditor.items.every((item) => item.approval === 'draft')).toBe(true);

    // The item of this week awaiting approval reaches the editor, marked pending.
    const thisWeek = await new BriefingRepository(spAs(plain, editor?.id)).forWeek(THIS_MONDAY);
    expect(thisWeek.items.some((item) => item.approval === 'pending')).toBe(true);
  });

  test.each([
    ['the week BST starts (Monday after the last Sunday of March)', '2026-03-30'],
    ['a summer week, stored as Sunday 23:00Z', '2026-06-01'],
    ['the week BST ends (Monday after the last Sunday of October)', '2026-10-26'],
    ['the week before BST ends', '2026-10-19'],
    ['a winter week ten years ago', '2017-01-09'],
    ['a summer week ten years ago', '2017-07-03']
  ])('finds the briefing of %s', async (_case, monday) => {
    const stored = briefingOf(tenYears, monday) as IStoredItem;
    expect(stored).toBeDefined();
    // As an editor, who sees every briefing whatever its approval: this is about dates.
    const week = await new BriefingRepository(spAs(padded, editor?.id)).forWeek(monday);
    expect(week.briefing).toMatchObject({ id: stored.Id, weekCommencing: monday });
    expect(sortedIds(week.items)).toEqual(ids(itemsOf(large, stored.Id)));
  });

  it('keeps a briefing awaiting approval (the week BST ends) from readers', async () => {
    expect(briefingOf(tenYears, '2026-10-26')?.moderationStatus).toBe(ModerationStatus.Pending);
    expect(await new BriefingRepository(spAs(padded, reader?.id)).forWeek('2026-10-26')).toEqual({ items: [] });
  });

  it('finds no briefing for Christmas week, when none goes out', async () => {
    expect(briefingOf(tenYears, '2025-12-22')).toBeUndefined();
    expect(await new BriefingRepository(spAs(plain, reader?.id)).forWeek('2025-12-22')).toEqual({ items: [] });
  });

  it('pages the archive month by month across ten years without tripping the threshold, one request a month', async () => {
    const repository = new BriefingRepository(spAs(padded, reader?.id));
    const tenYearMondays = new Set(
      tenYears.lists.Briefings.filter((item) => item.moderationStatus === ModerationStatus.Approved).map((item) => calendarDate(item.fields.WeekCommencing))
    );
    const seen: string[] = [];
    const before = padded.stats().apiRequests;
    let months = 0;
    for (let month = '2016-12'; month <= '2026-11'; month = nextMonth(month), months++) {
      const briefings = await repository.forMonth(month);
      expect(briefings.every((briefing) => monthOf(briefing.weekCommencing) === month && briefing.approval === 'approved')).toBe(true);
      expect(briefings.map((briefing) => briefing.weekCommencing)).toEqual([...briefings.map((briefing) => briefing.weekCommencing)].sort().reverse());
      seen.push(...briefings.map((briefing) => briefing.weekCommencing));
    }
    expect(months).toBe(120);
    expect(padded.stats().apiRequests - before).toBe(120);
    // Every approved week of the ten years, each once; the draft and the pending week never.
    expect(seen.filter((monday) => tenYearMondays.has(monday)).sort()).toEqual([...tenYearMondays].filter((monday) => monday >= '2016-12-01').sort());
    expect(seen).not.toContain(NEXT_MONDAY);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('searches every briefing without tripping the threshold, and never finds an unapproved item', async () => {
    const repository = new BriefingRepository(spAs(padded, reader?.id));
    const oldApproved = large.lists.BriefingItems.find(
      (item) => item.moderationStatus === ModerationStatus.Approved && String(item.fields.Title).startsWith('Follow-up:')
    ) as IStoredItem;
    const hits = await repository.search(String(oldApproved.fields.Title));
    expect(hits.map((hit) => hit.item.id)).toContain(oldApproved.Id);

    const everything = await repository.search('the');
    const visibleBriefings = new Map(large.lists.Briefings.map((item) => [item.Id, item]));
    for (const hit of everything) {
      const stored = large.lists.BriefingItems.find((item) => item.Id === hit.item.id) as IStoredItem;
      expect(stored.moderationStatus).toBe(ModerationStatus.Approved);
      expect(visibleBriefings.get(stored.fields.Briefing as number)?.moderationStatus).toBe(ModerationStatus.Approved);
    }
    // Newest week first.
    const weeks = everything.map((hit) => hit.briefing.weekCommencing);
    expect(weeks).toEqual([...weeks].sort().reverse());
  });

  it('finds words in item bodies and reports the bytes ten years of briefings cost', async () => {
    const bytes: IWireBytes = { compressed: 0, uncompressed: 0 };
    const repository = new BriefingRepository(spAs(plain, reader?.id, bytes));
    const before = plain.stats();
    // "wider announcement" appears only in bodies, never in a headline.
    const hits = await repository.search('wider announcement');
    const requests = plain.stats().apiRequests - before.apiRequests;
    const approvedWithBody = tenYears.lists.BriefingItems.filter(
      (item) =>
        item.moderationStatus === ModerationStatus.Approved &&
        // Confidential items are never found by search (protocol 004 §§37–41).
        item.fields.IsConfidential !== true &&
        String(item.fields.Body ?? '').includes('wider announcement') &&
        tenYears.lists.Briefings.find((briefing) => briefing.Id === item.fields.Briefing)?.moderationStatus === ModerationStatus.Approved
    );
    expect(approvedWithBody.length).toBeGreaterThan(1000);
    expect(sortedIds(hits.map((hit) => hit.item))).toEqual(ids(approvedWithBody));
    // 4,000-odd items in one $batch (plus, outside SPFx, the form digest a POST needs); the
    // emulator answers gzipped, as SharePoint Online does.
    expect(plain.stats().batchRequests - before.batchRequests).toBe(1);
    expect(requests).toBeLessThanOrEqual(2);
    process.stdout.write(
      `Briefing search index, ${tenYears.lists.Briefings.length} briefings and ${tenYears.lists.BriefingItems.length} items: ` +
        `${bytes.compressed} bytes gzipped, ${bytes.uncompressed} bytes uncompressed, ${requests} request(s)\n`
    );
    expect(bytes.compressed).toBeGreaterThan(0);
    expect(bytes.compressed).toBeLessThan(1_000_000);

    // The second search is answered from memory.
    await repository.search('consultation');
    expect(plain.stats().apiRequests - before.apiRequests).toBe(requests);
  });

  it("finds a member's ward from their account email, whatever its case", async () => {
    const member = tenYears.lists.Members.find((item) => item.fields.IsCurrent === true && item.fields.MemberAccount === reader?.id) as IStoredItem;
    expect(member).toBeDefined();
    const ward = tenYears.lists.Wards.find((item) => item.Id === member.fields.Ward) as IStoredItem;
    const repository = new BriefingRepository(spAs(plain, reader?.id));
    const before = plain.stats().apiRequests;
    const found = await repository.readerForAccount(String(reader?.email).toUpperCase());
    expect(plain.stats().apiRequests - before).toBe(1);
    expect(found).toEqual({ memberId: member.Id, name: member.fields.Title, ward: { id: ward.Id, name: ward.fields.Title } });
    expect(await repository.readerForAccount(String(editor?.email))).toBeUndefined();
  });

  it('recognises a member whose account column was left empty by the email on their profile', async () => {
    const unlinked = tenYears.lists.Members.find(
      (item) => item.fields.IsCurrent === true && !item.fields.MemberAccount && typeof item.fields.Email === 'string'
    ) as IStoredItem;
    expect(unlinked).toBeDefined();
    const found = await new BriefingRepository(spAs(plain, reader?.id)).readerForAccount(unlinked.fields.Email as string);
    expect(found?.memberId).toBe(unlinked.Id);
    expect(found?.ward?.id).toBe(unlinked.fields.Ward);
  });

  it('lists every ward', async () => {
    const wards = await new BriefingRepository(spAs(plain, reader?.id)).wards();
    expect(sortedIds(wards)).toEqual(ids(tenYears.lists.Wards));
  });

  it('reads the week of a date given mid-week, as its Monday', async () => {
    const week = await new BriefingRepository(spAs(plain, reader?.id)).forWeek(addDays(THIS_MONDAY, 3));
    expect(week.briefing?.weekCommencing).toBe(THIS_MONDAY);
    expect(dayFromIso(THIS_MONDAY)).toBe(ukDayOfStored((briefingOf(tenYears, THIS_MONDAY) as IStoredItem).fields.WeekCommencing as string));
  });
});
