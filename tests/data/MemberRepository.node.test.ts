/** @jest-environment node */
/**
 * The real MemberRepository against the SharePoint emulator serving the sample council:
 * 150 current members and over 2,000 committee memberships, read in one $batch.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { MemberRepository } from '../../src/data/MemberRepository';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { createRequestEvents } from '../../src/data/createRequestEvents';
import { DataError } from '../../src/data/DataError';
import { resolveListsSite, tenantPropertyReader } from '../../src/data/resolveListsSite';
import type { IRetryNotice } from '../../src/contracts/requestEvents';
import type { IMember } from '../../src/model/Member';
import { schema } from '../../src/schema';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { NON_COUNCILLOR_COUNT } from '../../tools/sample-council/nonCouncillors';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';
import type { ISiteData, IStoredItem, IStoredUrl, IStoredImage } from '../../tools/emulator/siteData';

const TODAY = new Date(2026, 10, 23, 12, 0, 0);
const data: ISiteData = generateSampleCouncil({ seed: 2026, members: 150, anchorDate: '2026-11-23' });
const reader = data.users.find((user) => user.role === 'reader');

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ data });
});

afterAll(() => emulator.close());

function spAs(userId: number | string | undefined, siteUrl = emulator.siteUrl): SPFI {
  const headers: Record<string, string> = userId === undefined ? {} : { 'X-Emulator-User': String(userId) };
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), RetryThrottled({ maxAttempts: 6 }), InjectHeaders(headers));
}

const stored = (key: keyof ISiteData['lists']): readonly IStoredItem[] => data.lists[key];
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const lines = (value: unknown): string[] =>
  typeof value === 'string' ? value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '') : [];

describe('MemberRepository on the emulator', () => {
  it('loads 150 current members with parties, wards, committees and current memberships in two $batch requests', async () => {
    const before = emulator.stats();
    const directory = await new MemberRepository(spAs(reader?.id), { today: () => TODAY }).loadDirectory();
    const after = emulator.stats();

    // Members, parties and wards in one; committees and memberships in the other (sent together).
    expect(after.batchRequests - before.batchRequests).toBe(2);
    // The two $batch requests and, outside SPFx (which has the page's digest), the form digest each POST
    // asks for: sent together, neither finds the other's digest cached yet.
    expect(after.apiRequests - before.apiRequests).toBeLessThanOrEqual(4);

    const currentMembers = stored('Members').filter((item) => item.fields.IsCurrent === true);
    const activeCommittees = stored('Committees').filter((item) => item.fields.IsActive !== false);
    expect(currentMembers).toHaveLength(150 + NON_COUNCILLOR_COUNT);
    expect(directory.members.map((member) => member.id).sort((a, b) => a - b)).toEqual(currentMembers.map((item) => item.Id));
    expect(directory.parties).toHaveLength(stored('Parties').length);
    expect(directory.wards).toHaveLength(stored('Wards').length);
    expect(directory.committees.map((committee) => committee.id).sort((a, b) => a - b)).toEqual(activeCommittees.map((item) => item.Id));

    const memberIds = new Set(currentMembers.map((item) => item.Id));
    const committeeIds = new Set(activeCommittees.map((item) => item.Id));
    // Current on the day: started before it ends and not ended before it starts.
    const dayStarts = new Date(2026, 10, 23).getTime();
    const dayEnds = new Date(2026, 10, 24).getTime();
    const expectedSeats = stored('CommitteeMemberships').filter((item) => {
      const start = text(item.fields.StartDate);
      const end = text(item.fields.EndDate);
      return (
        memberIds.has(item.fields.Member as number) &&
        committeeIds.has(item.fields.Committee as number) &&
        (start === undefined || Date.parse(start) < dayEnds) &&
        (end === undefined || Date.parse(end) >= dayStarts)
      );
    });
    expect(stored('CommitteeMemberships').length).toBeGreaterThan(2000);
    expect(expectedSeats.length).toBeGreaterThan(100);
    expect(directory.memberships.map((seat) => seat.id).sort((a, b) => a - b)).toEqual(expectedSeats.map((item) => item.Id));
  });

  it('maps every field type of every member as stored', async () => {
    const directory = await new MemberRepository(spAs(reader?.id), { today: () => TODAY }).loadDirectory();
    const byId = new Map<number, IMember>(directory.members.map((member) => [member.id, member]));
    const users = new Map(data.users.map((user) => [user.id, user]));
    let publishedPhones = 0;
    let publishedAddresses = 0;

    for (const item of stored('Members').filter((candidate) => candidate.fields.IsCurrent === true)) {
      const f = item.fields;
      const member = byId.get(item.Id) as IMember;
      expect(member.displayName).toBe(text(f.Title));
      expect(member.surname).toBe(text(f.Surname));
      expect(member.accountEmail).toBe(typeof f.MemberAccount === 'number' ? users.get(f.MemberAccount)?.email : undefined);
      expect(member.email).toBe(text(f.Email));
      expect(member.partyId).toBe(f.Party ?? undefined);
      expect(member.politicalGroupId).toBe(f.PoliticalGroup ?? undefined);
      expect(member.wardId).toBe(f.Ward ?? undefined);
      expect(member.additionalRoles).toEqual(Array.isArray(f.AdditionalRoles) ? f.AdditionalRoles : []);
      expect(member.outsideAppointments).toEqual(lines(f.OutsideAppointments));
      expect(member.skills).toEqual(lines(f.Skills));
      expect(member.interests).toEqual(lines(f.Interests));
      expect(member.biographyHtml).toBe(text(f.Biography));
      expect(member.preferredContact).toBe(f.PreferredContact ?? 'Email');
      expect(member.registerOfInterestsUrl).toBe(f.RegisterOfInterestsUrl ? new URL((f.RegisterOfInterestsUrl as IStoredUrl).Url).toString() : undefined);
      expect(member.termStart?.toISOString()).toBe(f.TermStart ? new Date(f.TermStart as string).toISOString() : undefined);
      expect(member.termEnd?.toISOString()).toBe(f.TermEnd ? new Date(f.TermEnd as string).toISOString() : undefined);
      const photo = f.Photo as IStoredImage | null;
      if (photo) expect(member.photoUrl?.endsWith(encodeURI(photo.serverRelativeUrl))).toBe(true);
      else expect(member.photoUrl).toBeUndefined();
      expect(member.publicPhone).toBe(text(f.PublicPhone));
      expect(member.publicAddress).toBe(text(f.PublicAddress));
      if (text(f.PublicPhone)) publishedPhones++;
      if (text(f.PublicAddress)) publishedAddresses++;
    }
    // The sample council publishes some of each, so both were compared with a value.
    expect(publishedPhones).toBeGreaterThan(0);
    expect(publishedAddresses).toBeGreaterThan(0);
    for (const party of directory.parties) expect(party.colour === undefined || /^#[0-9a-f]{6}$/.test(party.colour)).toBe(true);
    // Photo URLs are absolute and load from the site; a photo whose file was deleted still gets
    // its URL (the browser's error event falls back to initials).
    const files = new Set(data.files.map((file) => file.serverRelativeUrl));
    const storedPhoto = (member: IMember): IStoredImage | null => stored('Members').find((item) => item.Id === member.id)?.fields.Photo as IStoredImage | null;
    const present = directory.members.find((member) => files.has(storedPhoto(member)?.serverRelativeUrl ?? ''));
    const deleted = directory.members.find((member) => storedPhoto(member) && !files.has(storedPhoto(member)?.serverRelativeUrl ?? ''));
    expect(present?.photoUrl?.startsWith(emulator.url)).toBe(true);
    expect((await fetch(present?.photoUrl as string)).status).toBe(200);
    if (deleted) expect((await fetch(deleted.photoUrl as string)).status).toBe(404);
  });

  it('classifies a list that is not there', async () => {
    const error = await new MemberRepository(spAs(reader?.id), { listTitles: { Wards: 'Divisions' } }).loadDirectory().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ kind: 'listNotFound', listTitle: 'Divisions' });
  });

  it('classifies a column that is not there', async () => {
    const membersWithoutPortfolio = { ...schema.Members, fields: schema.Members.fields.filter((field) => field.internalName !== 'Portfolio') };
    const narrowed = await startEmulator({ data, lists: { ...schema, Members: membersWithoutPortfolio } });
    try {
      const sp = spfi(narrowed.siteUrl).using(SPBrowser({ baseUrl: narrowed.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(reader?.id) }));
      const error = await new MemberRepository(sp).loadDirectory().catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: 'columnNotFound', column: 'Portfolio', listTitle: 'Members' });
    } finally {
      await narrowed.close();
    }
  });

  it('classifies a user without access', async () => {
    const error = await new MemberRepository(spAs('stranger@elsewhere.example')).loadDirectory().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'accessDenied' });
  });

  it('classifies a lists site that does not exist', async () => {
    const error = await new MemberRepository(spAs(reader?.id, `${emulator.url}/sites/nowhere`)).loadDirectory().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ kind: 'siteNotFound', status: 404 });
  });

  it('recovers from injected 429/503 answers, telling listeners each time', async () => {
    emulator.setFaults({ throttleRate: 0.5, retryAfterSeconds: 0, seed: 7 });
    try {
      const before = emulator.stats();
      const { events, behaviour } = createRequestEvents({ maxAttempts: 8 });
      const notices: IRetryNotice[] = [];
      events.onRetry((notice) => notices.push(notice));
      const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), behaviour, InjectHeaders({ 'X-Emulator-User': String(reader?.id) }));
      const directories = [];
      for (let run = 0; run < 4; run++) directories.push(await new MemberRepository(sp, { today: () => TODAY }).loadDirectory());
      const injected = emulator.stats().faultsInjected - before.faultsInjected;

      expect(injected).toBeGreaterThan(0);
      expect(notices).toHaveLength(injected);
      expect(notices.every((notice) => notice.status === 429 || notice.status === 503)).toBe(true);
      for (const directory of directories) expect(directory.members).toHaveLength(150 + NON_COUNCILLOR_COUNT);
    } finally {
      emulator.setFaults({ throttleRate: 0 });
    }
  });

  it('reports throttling when it does not let up', async () => {
    emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    try {
      const before = emulator.stats();
      const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), RetryThrottled({ maxAttempts: 3 }));
      const error = await new MemberRepository(sp).loadDirectory().catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: 'throttled' });
      // Bounded: at most three attempts at each request that reached the wire.
      expect(emulator.stats().faultsInjected - before.faultsInjected).toBeLessThanOrEqual(6);
    } finally {
      emulator.setFaults({ throttleRate: 0 });
    }
  });
});

describe('resolveListsSite on the emulator', () => {
  it('reads the tenant property through GetStorageEntity', async () => {
    // A site on the current site's origin (issue 13 §5: one elsewhere is refused, below).
    const withProperty = await startEmulator({ data: { ...data, tenantProperties: { MemberOfficerHubSiteUrl: '/sites/hub/' } } });
    try {
      const sp = spfi(withProperty.siteUrl).using(SPBrowser({ baseUrl: withProperty.siteUrl }));
      const site = await resolveListsSite({ currentSiteUrl: withProperty.siteUrl, readTenantProperty: tenantPropertyReader(sp) });
      expect(site).toEqual({ url: `${withProperty.url}/sites/hub`, source: 'tenantProperty', ignored: [] });
    } finally {
      await withProperty.close();
    }
  });

  it('refuses a tenant property naming a site on another origin', async () => {
    const withProperty = await startEmulator({ data: { ...data, tenantProperties: { MemberOfficerHubSiteUrl: 'https://contoso.sharepoint.com/sites/hub/' } } });
    try {
      const sp = spfi(withProperty.siteUrl).using(SPBrowser({ baseUrl: withProperty.siteUrl }));
      const site = await resolveListsSite({ currentSiteUrl: withProperty.siteUrl, readTenantProperty: tenantPropertyReader(sp) });
      expect(site.refused).toEqual({ source: 'tenantProperty', value: 'https://contoso.sharepoint.com/sites/hub/' });
    } finally {
      await withProperty.close();
    }
  });

  it('falls back to the current site when the property is not set', async () => {
    const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }));
    const site = await resolveListsSite({ currentSiteUrl: emulator.siteUrl, readTenantProperty: tenantPropertyReader(sp) });
    expect(site).toEqual({ url: emulator.siteUrl, source: 'currentSite', ignored: [] });
  });
});
