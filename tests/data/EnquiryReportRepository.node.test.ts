/**
 * @jest-environment node
 */
/**
 * The enquiries report's read against the emulator, over more than 5,000 enquiries in their (member, service)
 * folders: a period's enquiries, exactly, without a query the list view threshold refuses; only what the report
 * needs (no member, subject or details); an enquiry logged later for the period included; each user gets only
 * the enquiries their folders let them read.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import { EnquiryReportRepository } from '../../src/data/EnquiryReportRepository';
import { enquiryFolderName } from '../../src/schema/enquiryAccess';
import { issueDigest } from '../../tools/emulator/auth';
import { RoleDefinitionIds } from '../../tools/emulator/scopes';
import type { ISiteData, ISiteUser, IStoredFolder, IStoredGroup, IStoredItem, IStoredRoleAssignment } from '../../tools/emulator/siteData';
import { ModerationStatus } from '../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from '../tools/emulator/emulatorKit';

jest.setTimeout(120000);

const ENQUIRIES = 12000;
/** One enquiry created every 45 minutes from 1 January 2025: IDs in order of creation, as SharePoint gives them. */
const FIRST_CREATED = Date.UTC(2025, 0, 1, 9);
const STEP_MS = 45 * 60000;
const createdOf = (id: number): Date => new Date(FIRST_CREATED + (id - 1) * STEP_MS);
/** Every 50th was logged by Democratic Services three days after it arrived. */
const receivedOf = (id: number): Date => (id % 50 === 0 ? new Date(createdOf(id).getTime() - 3 * 86400000) : createdOf(id));
/** Logged long after: created at the end, received inside the period. */
const LATE_LOGGED = ENQUIRIES;
const LATE_RECEIVED = new Date(Date.UTC(2025, 7, 20, 10));

const base = sampleCouncil();
const owner = userWithRole(base, 'owner');
const groups = base.security?.groups ?? [];
const groupOf = (title: string): IStoredGroup | undefined => groups.find((group) => group.title.endsWith(title));
const serviceItem = (title: string): IStoredItem => {
  const found = base.lists.Services.find((item) => item.fields.Title === title);
  if (!found) throw new Error(`No service ${title}`);
  return found;
};
const highways = serviceItem('Highways');
const planning = serviceItem('Planning and Development');
const members = base.users.filter((user) => user.persona?.startsWith('Member for')).slice(0, 40);
const memberLevel = base.security?.roleDefinitions[0]?.id ?? -1;
const highwaysOfficer = base.users.find((user) => user.id === groupOf('Highways')?.memberIds[0]);
const wards = base.lists.Wards;

/** The one enquiry with an assigned officer (a Highways one: 12 % 3 === 0). */
const ASSIGNED = 12;
const serviceOf = (id: number): IStoredItem => (id % 3 === 0 ? highways : planning);
const STATUSES = ['Received', 'Acknowledged', 'Responded', 'Closed', 'Reopened'] as const;

function dataSet(): ISiteData {
  const enquiries: IStoredItem[] = [];
  const folders = new Map<string, IStoredFolder>();
  const scopes: Record<string, IStoredRoleAssignment[]> = {};
  const memberItem = new Map(base.lists.Members.map((row) => [row.fields.MemberAccount, row.Id]));
  const folderFor = (member: ISiteUser, service: IStoredItem): string => {
    const name = enquiryFolderName(memberItem.get(member.id) ?? 0, service.Id);
    if (!folders.has(name)) {
      const id = ENQUIRIES + 1 + folders.size;
      folders.set(name, { id, name, authorId: owner.id });
      const group = groupOf(String(service.fields.Title));
      scopes[String(id)] = [
        { principalId: member.id, roleDefId: memberLevel },
        ...(group ? [{ principalId: group.id, roleDefId: RoleDefinitionIds.contribute }] : []),
        { principalId: 3, roleDefId: RoleDefinitionIds.fullControl }
      ];
    }
    return name;
  };
  for (let id = 1; id <= ENQUIRIES; id += 1) {
    const member = members[id % members.length];
    const service = serviceOf(id);
    const created = id === LATE_LOGGED ? new Date(createdOf(id).getTime()) : createdOf(id);
    const received = id === LATE_LOGGED ? LATE_RECEIVED : receivedOf(id);
    const status = STATUSES[id % STATUSES.length];
    const day = 86400000;
    enquiries.push({
      Id: id,
      Created: created.toISOString(),
      Modified: created.toISOString(),
      AuthorId: owner.id,
      EditorId: owner.id,
      version: 1,
      moderationStatus: ModerationStatus.Approved,
      folder: folderFor(member, service),
      fields: {
        Title: `Enquiry ${id}`,
        Details: 'Private details',
        Member: member.id,
        Service: service.Id,
        Ward: wards[id % wards.length].Id,
        EnquiryStatus: status,
        ReceivedDate: received.getTime() === created.getTime() ? null : received.toISOString(),
        AcknowledgedDate: status === 'Received' ? null : new Date(received.getTime() + day).toISOString(),
        RespondedDate: status === 'Responded' || status === 'Closed' || status === 'Reopened' ? new Date(received.getTime() + (id % 20) * day).toISOString() : null,
        ClosedDate: status === 'Closed' || status === 'Reopened' ? new Date(received.getTime() + 21 * day).toISOString() : null,
        DueDate: null,
        AssignedOfficer: id === ASSIGNED && highwaysOfficer ? highwaysOfficer.id : null,
        LoggedOnBehalf: received.getTime() !== created.getTime()
      }
    });
  }
  const folderList = [...folders.values()];
  return {
    ...base,
    lists: { ...base.lists, Enquiries: enquiries, EnquiryUpdates: [] },
    security: {
      folders: { Enquiries: folderList, EnquiryUpdates: [] },
      uniqueScopes: { Enquiries: scopes, EnquiryUpdates: {} },
      groups,
      roleDefinitions: base.security?.roleDefinitions ?? []
    }
  };
}

/** Q2 of 2025–26 in UK time: 1 July 2025 00:00 BST to 1 October 2025 00:00 BST. */
const PERIOD = { from: new Date(Date.UTC(2025, 5, 30, 23)), to: new Date(Date.UTC(2025, 8, 30, 23)) };
const inPeriod = (id: number): boolean => {
  const received = id === LATE_LOGGED ? LATE_RECEIVED : receivedOf(id);
  return received >= PERIOD.from && received < PERIOD.to;
};
const expectedIds = (keep: (id: number) => boolean = () => true): string[] =>
  Array.from({ length: ENQUIRIES }, (_, index) => index + 1)
    .filter((id) => inPeriod(id) && keep(id))
    .map(String);

let emulator: IRunningEmulator;
let requests: string[] = [];

function repositoryAs(user: ISiteUser): EnquiryReportRepository {
  const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(user.id), 'X-RequestDigest': issueDigest() }), (instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
      requests.push(url);
      return [url, init, result];
    });
    return instance;
  });
  return new EnquiryReportRepository(sp);
}

beforeAll(async () => {
  emulator = await startSampleEmulator({ data: dataSet() });
});

afterAll(() => emulator.close());

beforeEach(() => {
  requests = [];
});

it('reads exactly the period\u2019s enquiries for Democratic Services over 12,000 enquiries, with the threshold enforced', async () => {
  const enquiries = await repositoryAs(owner).enquiriesReceived(PERIOD);
  const ids = enquiries.map((enquiry) => enquiry.id).sort((a, b) => Number(a) - Number(b));
  expect(ids.length).toBeGreaterThan(2000);
  expect(ids).toEqual(expectedIds());
  // Logged by Democratic Services after the period for a day in it: in the report.
  expect(ids).toContain(String(LATE_LOGGED));
  // Logged in the period for a day before it: not in it.
  const loggedIntoPeriod = Array.from({ length: ENQUIRIES }, (_, index) => index + 1).find(
    (id) => id % 50 === 0 && createdOf(id) >= PERIOD.from && receivedOf(id) < PERIOD.from
  );
  expect(loggedIntoPeriod).toBeDefined();
  expect(ids).not.toContain(String(loggedIntoPeriod));
});

it('skips the ID ranges created before the period: fewer item pages than the whole list', async () => {
  await repositoryAs(owner).enquiriesReceived(PERIOD);
  const pages = requests.filter((url) => url.includes('/items') && url.includes('Service%2FDirectorate'));
  // 12,000 items are three pages of 5,000; the period starts after the first 5,000 IDs were created.
  expect(createdOf(5001) < PERIOD.from).toBe(true);
  expect(pages.length).toBeLessThanOrEqual(2);
  expect(pages.some((url) => /p_ID%3D5000|p_ID=5000/.test(decodeURIComponent(url)))).toBe(true);
});

it('maps only what the report needs, with service, directorate, ward and status', async () => {
  const enquiries = await repositoryAs(owner).enquiriesReceived(PERIOD);
  const sample = enquiries.find((enquiry) => enquiry.id === expectedIds((id) => id % STATUSES.length === 3)[0]);
  expect(sample).toBeDefined();
  if (!sample) return;
  const id = Number(sample.id);
  expect(Object.keys(sample).sort()).toEqual(['acknowledged', 'closed', 'directorate', 'id', 'received', 'responded', 'service', 'status', 'ward']);
  expect(sample).toMatchObject({
    status: 'closed',
    service: serviceOf(id).fields.Title,
    directorate: serviceOf(id).fields.Directorate,
    ward: wards[id % wards.length].fields.Title
  });
  expect(sample.received.toISOString()).toBe(receivedOf(id).toISOString());
  expect(sample.closed).toBeInstanceOf(Date);
  // Reopened: open again, its old closure not counted.
  const reopened = enquiries.find((enquiry) => Number(enquiry.id) % STATUSES.length === 4);
  expect(reopened).toMatchObject({ status: 'responded', closed: undefined });
  expect(JSON.stringify(enquiries.slice(0, 50))).not.toMatch(/Private details|Enquiry \d|Member/);
});

it('gives a service\u2019s officer only their service\u2019s enquiries: the report is of what the user can see', async () => {
  if (!highwaysOfficer) throw new Error('No Highways officer');
  const enquiries = await repositoryAs(highwaysOfficer).enquiriesReceived(PERIOD);
  expect(enquiries.map((enquiry) => enquiry.id).sort((a, b) => Number(a) - Number(b))).toEqual(expectedIds((id) => serviceOf(id) === highways));
  expect(new Set(enquiries.map((enquiry) => enquiry.service))).toEqual(new Set(['Highways']));
});

it('a member gets only their own', async () => {
  const member = members[7];
  const enquiries = await repositoryAs(member).enquiriesReceived(PERIOD);
  expect(enquiries.map((enquiry) => enquiry.id).sort((a, b) => Number(a) - Number(b))).toEqual(expectedIds((id) => id % members.length === 7));
});

it('the naive read (a filter on the date of receipt) is refused: the threshold is really enforced', async () => {
  const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(owner.id) }));
  const failure = await sp.web.lists
    .getByTitle('Enquiries')
    .items.filter(`Created ge datetime'${PERIOD.from.toISOString()}'`)
    .select('Id')
    .top(5000)()
    .then(() => undefined, (error: unknown) => error);
  expect(String((failure as Error | undefined)?.message)).toMatch(/threshold|500/i);
});

describe('the open and overdue list\u2019s details (Democratic Services only)', () => {
  it('knows Democratic Services (the site\u2019s Owners) from anyone else', async () => {
    if (!highwaysOfficer) throw new Error('No Highways officer');
    await expect(repositoryAs(owner).reportReader()).resolves.toBe('democraticServices');
    await expect(repositoryAs(highwaysOfficer).reportReader()).resolves.toBe('other');
    await expect(repositoryAs(members[3]).reportReader()).resolves.toBe('other');
  });

  it('reads the subject and officer of exactly the enquiries asked for, in ID chunks under the threshold', async () => {
    // 120 IDs spread over the 12,000: three queries of at most 50, each an `or` of equalities on the indexed ID.
    const ids = [String(ASSIGNED), ...Array.from({ length: 119 }, (_, index) => String(11 + index * 97))];
    const details = await repositoryAs(owner).enquiryDetails(ids);
    expect([...details.keys()].sort((a, b) => Number(a) - Number(b))).toEqual([...ids].sort((a, b) => Number(a) - Number(b)));
    expect(details.get('11')).toEqual({ subject: 'Enquiry 11', withWhom: undefined });
    expect(details.get(String(ASSIGNED))).toEqual({ subject: `Enquiry ${ASSIGNED}`, withWhom: highwaysOfficer?.title });
  });

  it('reads nothing a user may not see: an officer asking for another service\u2019s enquiry gets nothing for it', async () => {
    if (!highwaysOfficer) throw new Error('No Highways officer');
    // 3 is Highways, 4 Planning.
    const details = await repositoryAs(highwaysOfficer).enquiryDetails(['3', '4']);
    expect([...details.keys()]).toEqual(['3']);
  });
});
