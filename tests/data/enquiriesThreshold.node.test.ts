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
import type { ISiteData, ISiteUser, IStoredItem } from '../../tools/emulator/siteData';
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

function fiveYears(): ISiteData {
  const enquiries: IStoredItem[] = [];
  const updates: IStoredItem[] = [];
  for (let id = 1; id <= ENQUIRIES; id += 1) {
    const member = members[id % members.length];
    const service = id % 3 === 0 ? highways : id % 3 === 1 ? planning : base.lists.Services[id % base.lists.Services.length].Id;
    const status = id % 25 === 0 ? 'Acknowledged' : 'Closed'; // 4 % open at once
    enquiries.push(item(id, { Title: `Enquiry ${id}`, Details: 'x', Member: member.id, Service: service, EnquiryStatus: status, DueDate: '2026-12-01T00:00:00Z', LoggedOnBehalf: false }));
    updates.push(item(id, { Title: 'Update', Enquiry: id, EnquiryMember: member.id, UpdateKind: 'Update', UpdateBody: 'y' }));
  }
  return { ...base, lists: { ...base.lists, Enquiries: enquiries, EnquiryUpdates: updates }, security: undefined };
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
  // Items in the root inherit the site's permissions: the member reads them all, so the threshold is what is tested.
  const mine = await repositoryAs(members[0]).mine();
  expect(mine.enquiries).toHaveLength(Math.floor(ENQUIRIES / members.length));
  expect(mine.updates).toHaveLength(mine.enquiries.length);
});

it('reads a busy service\u2019s queue, open ones due first, at 100,000 enquiries', async () => {
  const queue = await repositoryAs(owner).serviceQueue(highways);
  expect(queue.length).toBe(emulator.store.items('Enquiries').filter((row) => row.fields.Service === highways && row.fields.EnquiryStatus !== 'Closed').length);
  expect(queue.length).toBeGreaterThan(1000);
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
