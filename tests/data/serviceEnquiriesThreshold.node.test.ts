/**
 * @jest-environment node
 */
/**
 * The officers' queue at five years of enquiries (100,000, a third to Highways, 96 % closed, closures spread over
 * the five years): the open queue and the recently closed enquiries (those it may reopen) each lead with an indexed
 * column that narrows far below the 5,000-item threshold, so both answer; the officer's services come in one $batch.
 * Democratic Services' "All services" (every service's open enquiries, led by the indexed status alone) answers too,
 * and an officer asking for it is sent only what their service's folders let them read.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import { resolveListsSite, tenantPropertyReader } from '../../src/data/resolveListsSite';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { ServiceEnquiriesRepository } from '../../src/data/ServiceEnquiriesRepository';
import { countingTransport, type ICountingTransport } from '../../tools/bench/countingTransport';
import { requestSteps } from '../../tools/bench/roundTrips';
import { closuresReadFrom, listsFromOpening } from '../../src/webparts/serviceEnquiries/components/queueOpening';
import { earliestReopenableClosure } from '../../src/model/enquiries/enquiryReopenWindow';
import { workingCalendar } from '../../src/model/enquiries/workingCalendar';
import { enquiryFolderName } from '../../src/schema/enquiryAccess';
import { issueDigest } from '../../tools/emulator/auth';
import { RoleDefinitionIds } from '../../tools/emulator/scopes';
import { ModerationStatus, type ISiteData, type ISiteUser, type IStoredFolder, type IStoredItem, type IStoredRoleAssignment } from '../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from '../tools/emulator/emulatorKit';

jest.setTimeout(180000);

const ENQUIRIES = 100000;
const DAY = 86_400_000;
const NOW = new Date('2026-12-04T12:00:00Z');
const base = sampleCouncil();
const highways = base.lists.Services.find((item) => item.fields.Title === 'Highways')?.Id ?? -1;
const members = base.users.filter((user) => user.persona?.startsWith('Member for')).slice(0, 150);
const owner = userWithRole(base, 'owner');
const groups = base.security?.groups ?? [];
const highwaysGroup = groups.find((group) => group.title.endsWith('Highways'));
const highwaysOfficer = base.users.find((user) => user.id === highwaysGroup?.memberIds[0]);
const memberLevel = base.security?.roleDefinitions[0]?.id ?? -1;

/** Enquiry `id` was received `id % 1826` days before NOW and, unless open, closed 12 days later. */
function fiveYears(): ISiteData {
  const enquiries: IStoredItem[] = [];
  const folders = new Map<string, IStoredFolder>();
  const scopes: Record<string, IStoredRoleAssignment[]> = {};
  const memberItem = new Map(base.lists.Members.map((row) => [row.fields.MemberAccount, row.Id]));
  const folderFor = (member: ISiteUser, service: number): string => {
    const name = enquiryFolderName(memberItem.get(member.id) ?? 0, service);
    if (!folders.has(name)) {
      const id = ENQUIRIES + 1 + folders.size;
      folders.set(name, { id, name, authorId: owner.id });
      scopes[String(id)] = [
        { principalId: member.id, roleDefId: memberLevel },
        ...(service === highways && highwaysGroup ? [{ principalId: highwaysGroup.id, roleDefId: RoleDefinitionIds.contribute }] : []),
        { principalId: 3, roleDefId: RoleDefinitionIds.fullControl }
      ];
    }
    return name;
  };
  for (let id = 1; id <= ENQUIRIES; id += 1) {
    const member = members[id % members.length];
    const service = id % 3 === 0 ? highways : base.lists.Services[id % base.lists.Services.length].Id;
    const received = NOW.getTime() - ((id % 1826) + 13) * DAY;
    const open = id % 25 === 0;
    const when = new Date(received).toISOString();
    enquiries.push({
      Id: id,
      Created: when,
      Modified: when,
      AuthorId: owner.id,
      EditorId: owner.id,
      version: 1,
      moderationStatus: ModerationStatus.Approved,
      fields: {
        Title: `Enquiry ${id}`,
        Details: 'x',
        Member: member.id,
        Service: service,
        EnquiryStatus: open ? 'Acknowledged' : 'Closed',
        DueDate: new Date(received + 14 * DAY).toISOString().slice(0, 10) + 'T00:00:00Z',
        ClosedDate: open ? null : new Date(received + 12 * DAY).toISOString(),
        LoggedOnBehalf: false
      },
      folder: folderFor(member, service)
    });
  }
  const folderList = [...folders.values()];
  return {
    ...base,
    lists: { ...base.lists, Enquiries: enquiries, EnquiryUpdates: [] },
    security: { folders: { Enquiries: folderList, EnquiryUpdates: folderList }, uniqueScopes: { Enquiries: scopes, EnquiryUpdates: scopes }, groups, roleDefinitions: base.security?.roleDefinitions ?? [] }
  };
}

let emulator: IRunningEmulator;

function roundTrips(wire: ICountingTransport): number {
  const steps = requestSteps(wire.records.map((record) => ({ label: `${record.method} ${record.url}`, startMs: record.startMs, endMs: record.endMs })));
  return steps.reduce((deepest, step) => Math.max(deepest, step.roundTrip), 0);
}

function repositoryAs(user: ISiteUser, wire?: ICountingTransport): ServiceEnquiriesRepository {
  return new ServiceEnquiriesRepository(spAs(user, wire), emulator.store.serverRelativeUrl, () => NOW);
}

function spAs(user: ISiteUser, wire?: ICountingTransport): SPFI {
  return spfi(emulator.siteUrl).using(
    SPBrowser({ baseUrl: emulator.siteUrl }),
    RetryThrottled({ transport: wire?.transport, maxAttempts: 3, baseDelayMs: 1 }),
    // As SPFx on the lists' own site: the page's digest serves the $batch (no contextinfo request).
    InjectHeaders({ 'X-Emulator-User': String(user.id), 'X-RequestDigest': issueDigest() })
  );
}

beforeAll(async () => {
  emulator = await startSampleEmulator({ data: fiveYears() });
});

afterAll(() => emulator.close());

it('reads an officer\u2019s services, the open queue and the recently closed at 100,000 enquiries', async () => {
  if (!highwaysOfficer) throw new Error('No Highways officer');
  const repository = repositoryAs(highwaysOfficer);
  expect((await repository.desk()).services.map((service) => service.id)).toEqual([highways]);

  const rows = emulator.store.items('Enquiries');
  const open = rows.filter((row) => row.fields.Service === highways && row.fields.EnquiryStatus !== 'Closed').map((row) => row.Id);
  expect(open.length).toBeGreaterThan(1000);
  const started = performance.now();
  const queue = await repository.queue(highways);
  const queueMs = performance.now() - started;
  expect(queue.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(open);

  const since = earliestReopenableClosure(NOW, workingCalendar('england-and-wales'));
  const closedSince = rows
    .filter((row) => row.fields.Service === highways && row.fields.EnquiryStatus === 'Closed' && Date.parse(String(row.fields.ClosedDate)) >= since.getTime())
    .map((row) => row.Id);
  expect(closedSince.length).toBeGreaterThan(0);
  const recent = await repository.recentlyClosed(highways, since);
  expect(recent.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(closedSince.sort((a, b) => a - b));
  console.log(`[enquiries] Highways queue at ${ENQUIRIES}: ${open.length} open in ${Math.round(queueMs)} ms; ${recent.length} closed since ${since.toISOString().slice(0, 10)}`);
});

it('a cold load of the queue at 100,000 enquiries is two sequential round trips, as the bench counts them: the lists site, then the officer\u2019s desk with every open enquiry they may read and the recent closures in one $batch, beside the calendar settings', async () => {
  if (!highwaysOfficer) throw new Error('No Highways officer');
  const wire = countingTransport();
  const repository = repositoryAs(highwaysOfficer, wire);
  // What the web part does on a cold load: find the lists' site, then what ServiceEnquiries reads.
  await resolveListsSite({ currentSiteUrl: emulator.siteUrl, readTenantProperty: tenantPropertyReader(spAs(highwaysOfficer, wire)) });
  const [opening, settings] = await Promise.all([repository.opening(closuresReadFrom(NOW)), repository.calendarSettings()]);
  if ('error' in opening.lists) throw opening.lists.error;
  const service = opening.desk.services[0].id;
  const lists = listsFromOpening(opening.lists, service, earliestReopenableClosure(NOW, workingCalendar(settings.nation)));
  const rows = emulator.store.items('Enquiries');
  const since = earliestReopenableClosure(NOW, workingCalendar('england-and-wales'));
  expect(lists?.open.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(rows.filter((row) => row.fields.Service === highways && row.fields.EnquiryStatus !== 'Closed').map((row) => row.Id));
  expect(lists?.open.length).toBeGreaterThan(1000);
  const closedSince = rows.filter((row) => row.fields.Service === highways && row.fields.EnquiryStatus === 'Closed' && Date.parse(String(row.fields.ClosedDate)) >= since.getTime()).map((row) => row.Id);
  expect(closedSince.length).toBeGreaterThan(0);
  expect(lists?.recentlyClosed.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(closedSince.sort((a, b) => a - b));
  expect(roundTrips(wire)).toBe(2);
  const kb = wire.records.reduce((sum, record) => sum + record.bytes, 0) / 1024;
  console.log(`[enquiries] cold queue at ${ENQUIRIES}: ${wire.records.length} requests, ${roundTrips(wire)} round trips, ${Math.round(kb)} KB of answers (Content-Length)`);
});

it('Democratic Services\u2019 "All services" at 100,000 enquiries: every open enquiry, due first, and the recent closures, in two round trips', async () => {
  const wire = countingTransport();
  const repository = repositoryAs(owner, wire);
  // What ServiceEnquiries does on a cold load for Democratic Services choosing all services.
  const desk = await repository.desk();
  expect(desk.seesAllServices).toBe(true);
  const since = earliestReopenableClosure(NOW, workingCalendar('england-and-wales'));
  const started = performance.now();
  const [open, recent] = await Promise.all([repository.queueOfAllServices(), repository.recentlyClosedOfAllServices(since)]);
  const queueMs = performance.now() - started;
  const rows = emulator.store.items('Enquiries');
  const openIds = rows.filter((row) => row.fields.EnquiryStatus !== 'Closed').map((row) => row.Id);
  expect(openIds.length).toBeGreaterThan(3000);
  expect(open.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(openIds);
  const openServices = new Set(rows.filter((row) => row.fields.EnquiryStatus !== 'Closed').map((row) => Number(row.fields.Service)));
  expect(openServices.size).toBeGreaterThan(1);
  expect(new Set(open.map((enquiry) => enquiry.serviceId))).toEqual(openServices);
  const dues = open.map((enquiry) => enquiry.due?.getTime() ?? Infinity);
  expect(dues).toEqual([...dues].sort((a, b) => a - b));
  const closedIds = rows.filter((row) => row.fields.EnquiryStatus === 'Closed' && Date.parse(String(row.fields.ClosedDate)) >= since.getTime()).map((row) => row.Id);
  expect(recent.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(closedIds.sort((a, b) => a - b));
  const steps = requestSteps(wire.records.map((record) => ({ label: `${record.method} ${record.url}`, startMs: record.startMs, endMs: record.endMs })));
  expect(wire.records.map((record) => `${record.method} ${new URL(record.url).pathname.replace(/.*\/_api\//, '')}`)).toEqual([
    'POST $batch',
    "GET web/lists/getByTitle('Enquiries')/items",
    "GET web/lists/getByTitle('Enquiries')/items"
  ]);
  expect(steps.reduce((deepest, step) => Math.max(deepest, step.roundTrip), 0)).toBe(2);
  const kb = wire.records.reduce((sum, record) => sum + record.bytes, 0) / 1024;
  console.log(`[enquiries] all services at ${ENQUIRIES}: ${open.length} open, ${recent.length} closed recently in ${Math.round(queueMs)} ms; ${Math.round(kb)} KB of answers`);
});

it('Democratic Services\u2019 cold load at 100,000 enquiries ("All services", their default) is two round trips too: every open enquiry and the recent closures come in the desk\u2019s $batch', async () => {
  const wire = countingTransport();
  await resolveListsSite({ currentSiteUrl: emulator.siteUrl, readTenantProperty: tenantPropertyReader(spAs(owner, wire)) });
  const [opening] = await Promise.all([repositoryAs(owner, wire).opening(closuresReadFrom(NOW)), repositoryAs(owner, wire).calendarSettings()]);
  if ('error' in opening.lists) throw opening.lists.error;
  expect(opening.desk.seesAllServices).toBe(true);
  const since = earliestReopenableClosure(NOW, workingCalendar('england-and-wales'));
  const lists = listsFromOpening(opening.lists, undefined, since);
  const rows = emulator.store.items('Enquiries');
  expect(lists?.open.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(rows.filter((row) => row.fields.EnquiryStatus !== 'Closed').map((row) => row.Id));
  const closedIds = rows.filter((row) => row.fields.EnquiryStatus === 'Closed' && Date.parse(String(row.fields.ClosedDate)) >= since.getTime()).map((row) => row.Id);
  expect(lists?.recentlyClosed.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(closedIds.sort((a, b) => a - b));
  expect(roundTrips(wire)).toBe(2);
});

it('an officer who is not Democratic Services asking for all services at 100,000 enquiries gets their own service\u2019s only: the folders refuse the rest', async () => {
  if (!highwaysOfficer) throw new Error('No Highways officer');
  const repository = repositoryAs(highwaysOfficer);
  expect((await repository.desk()).seesAllServices).toBe(false);
  const open = await repository.queueOfAllServices();
  const expected = emulator.store
    .items('Enquiries')
    .filter((row) => row.fields.Service === highways && row.fields.EnquiryStatus !== 'Closed')
    .map((row) => row.Id);
  expect(open.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(expected);
  expect(open.every((enquiry) => enquiry.serviceId === highways)).toBe(true);
});

it('without the ClosedDate lead, the recently closed query would be refused: the threshold is really enforced', async () => {
  const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(owner.id) }));
  const failure = await sp.web.lists
    .getByTitle('Enquiries')
    .items.filter(`EnquiryStatus eq 'Closed' and ServiceId eq ${highways}`)
    .select('Id')
    .top(5000)()
    .then(() => undefined, (error: unknown) => error);
  expect(String((failure as Error | undefined)?.message)).toMatch(/threshold|500/i);
});
