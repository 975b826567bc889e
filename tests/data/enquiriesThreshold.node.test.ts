/**
 * @jest-environment node
 */
/**
 * Five years of enquiries (100,000, a third of them to Highways, 96 % closed) and an update for each, against the
 * emulator's list view threshold: the repository's queries (a member's enquiries and updates, a service's queue)
 * stay under it because each leads with an indexed column that narrows far below 5,000 rows; the query a naive
 * queue would send (all of one busy service's enquiries) is refused, as SharePoint refuses it.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import { EnquiryRepository } from '../../src/data/EnquiryRepository';
import { isDataError } from '../../src/data/DataError';
import { issueDigest } from '../../tools/emulator/auth';
import type { ISiteData, ISiteUser, IStoredFolder, IStoredGroup, IStoredItem, IStoredRoleAssignment } from '../../tools/emulator/siteData';
import { RoleDefinitionIds } from '../../tools/emulator/scopes';
import { enquiryFolderName } from '../../src/schema/enquiryAccess';
import { ModerationStatus } from '../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from '../tools/emulator/emulatorKit';

jest.setTimeout(180000);

const ENQUIRIES = 100000;
const base = sampleCouncil();
const highways = base.lists.Services.find((item) => item.fields.Title === 'Highways')?.Id ?? -1;
const planning = base.lists.Services.find((item) => item.fields.Title === 'Planning and Development')?.Id ?? -1;
const members = base.users.filter((user) => user.persona?.startsWith('Member for')).slice(0, 150);
const owner = userWithRole(base, 'owner');

function item(id: number, fields: IStoredItem['fields']): IStoredItem {
  const when = new Date(Date.UTC(2021, 11, 1) + (id % 1826) * 86400000).toISOString();
  return { Id: id, Created: when, Modified: when, AuthorId: owner.id, EditorId: owner.id, version: 1, moderationStatus: ModerationStatus.Approved, fields };
}

const groups = base.security?.groups ?? [];
const groupOf = (title: string): IStoredGroup | undefined => groups.find((group) => group.title.endsWith(title));
const highwaysOfficer = base.users.find((user) => user.id === groupOf('Highways')?.memberIds[0]);
const planningOfficer = base.users.find((user) => user.id === groupOf('Planning and Development')?.memberIds[0]);
const memberLevel = base.security?.roleDefinitions[0]?.id ?? -1;

/** Every enquiry and update in its (member, service) folder, with the folder permissions the deployment gives. */
function fiveYears(): ISiteData {
  const enquiries: IStoredItem[] = [];
  const updates: IStoredItem[] = [];
  const folders = new Map<string, IStoredFolder>();
  const scopes: Record<string, IStoredRoleAssignment[]> = {};
  const memberItem = new Map(base.lists.Members.map((row) => [row.fields.MemberAccount, row.Id]));
  const folderFor = (member: ISiteUser, service: number): string => {
    const name = enquiryFolderName(memberItem.get(member.id) ?? 0, service);
    if (!folders.has(name)) {
      const id = ENQUIRIES + 1 + folders.size;
      folders.set(name, { id, name, authorId: owner.id });
      const group = service === highways ? groupOf('Highways') : service === planning ? groupOf('Planning and Development') : undefined;
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
    const service = id % 3 === 0 ? highways : id % 3 === 1 ? planning : base.lists.Services[id % base.lists.Services.length].Id;
    const status = id % 25 === 0 ? 'Acknowledged' : 'Closed'; // 4 % open at once
    const folder = folderFor(member, service);
    enquiries.push({ ...item(id, { Title: `Enquiry ${id}`, Details: 'x', Member: member.id, Service: service, EnquiryStatus: status, DueDate: '2026-12-01T00:00:00Z', LoggedOnBehalf: false }), folder });
    updates.push({ ...item(id, { Title: 'Update', Enquiry: id, EnquiryMember: member.id, UpdateKind: 'Update', UpdateBody: 'y' }), folder });
  }
  const folderList = [...folders.values()];
  return {
    ...base,
    lists: { ...base.lists, Enquiries: enquiries, EnquiryUpdates: updates },
    security: {
      folders: { Enquiries: folderList, EnquiryUpdates: folderList },
      uniqueScopes: { Enquiries: scopes, EnquiryUpdates: scopes },
      groups,
      roleDefinitions: base.security?.roleDefinitions ?? []
    }
  };
}

let emulator: IRunningEmulator;

function repositoryAs(user: ISiteUser): EnquiryRepository {
  const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(user.id), 'X-RequestDigest': issueDigest() }));
  return new EnquiryRepository(sp, emulator.store.serverRelativeUrl);
}

beforeAll(async () => {
  emulator = await startSampleEmulator({ data: fiveYears() });
});

afterAll(() => emulator.close());

it('reads a member\u2019s enquiries and updates at 100,000 enquiries', async () => {
  expect(emulator.store.security.foldersOf('Enquiries').length).toBeGreaterThan(1000);
  const repository = repositoryAs(members[0]);
  const mine = await repository.mine();
  expect(mine.enquiries).toHaveLength(Math.floor(ENQUIRIES / members.length));
  const inFull = await repository.mineInFull();
  expect(inFull.enquiries).toHaveLength(mine.enquiries.length);
  expect(inFull.updates).toHaveLength(mine.enquiries.length);
});

it('reads a busy service\u2019s queue at 100,000 enquiries: all of it for its officers and Democratic Services, none for another service', async () => {
  if (!highwaysOfficer || !planningOfficer) throw new Error('No officers in the enquiry groups');
  const open = emulator.store.items('Enquiries').filter((row) => row.fields.Service === highways && row.fields.EnquiryStatus !== 'Closed').map((row) => row.Id);
  expect(open.length).toBeGreaterThan(1000);
  const started = performance.now();
  expect((await repositoryAs(highwaysOfficer).serviceQueue(highways)).map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(open);
  const officerMs = performance.now() - started;
  expect((await repositoryAs(owner).serviceQueue(highways)).length).toBe(open.length);
  expect(await repositoryAs(planningOfficer).serviceQueue(highways)).toEqual([]);
  console.log(`[enquiries] Highways queue at ${ENQUIRIES} enquiries in folders: ${open.length} open, ${Math.round(officerMs)} ms against the local emulator`);
});

it('the naive queue query (every enquiry of the service first) is refused: the threshold is really enforced', async () => {
  const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(owner.id) }));
  const failure = await sp.web.lists
    .getByTitle('Enquiries')
    .items.filter(`ServiceId eq ${highways} and EnquiryStatus ne 'Closed'`)
    .select('Id')
    .top(5000)()
    .then(() => undefined, (error: unknown) => error);
  expect(failure).toBeDefined();
  expect(isDataError(failure)).toBe(false);
  expect(String((failure as Error).message)).toMatch(/threshold|500/i);
});
