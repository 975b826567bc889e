/**
 * @jest-environment node
 */
/**
 * The officers' side of member enquiries through real PnPjs against the emulator (folder permissions enforced):
 * which services an officer works on (their enquiry groups), the service's officers to assign to, reopening an
 * enquiry it closed recently, and "apply my change to the current version" after a 412.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { EnquiryRepository } from '../../src/data/EnquiryRepository';
import { ServiceEnquiriesRepository } from '../../src/data/ServiceEnquiriesRepository';
import { EnquiryReportRepository } from '../../src/data/EnquiryReportRepository';
import { reopenedRespondBy } from '../../src/model/enquiries/enquiryDueDates';
import { enquiryReport } from '../../src/model/enquiries/enquiryReport';
import { DEFAULT_ENQUIRY_TARGETS } from '../../src/model/enquiries/enquiryTargets';
import { workingCalendar } from '../../src/model/enquiries/workingCalendar';
import { enquiryDue } from '../../src/ui/enquiries/enquiryDue';
import { countingTransport, ICountingTransport } from '../../tools/bench/countingTransport';
import { issueDigest } from '../../tools/emulator/auth';
import type { ISiteUser } from '../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from '../tools/emulator/emulatorKit';

jest.setTimeout(60000);

const data = sampleCouncil();
const groups = data.security?.groups ?? [];
const serviceId = (title: string): number => data.lists.Services.find((item) => item.fields.Title === title)?.Id ?? -1;
const HIGHWAYS = serviceId('Highways');
const PLANNING = serviceId('Planning and Development');
const userById = (id: number): ISiteUser => {
  const found = data.users.find((user) => user.id === id);
  if (!found) throw new Error(`No user ${id}`);
  return found;
};
const officerOf = (title: string, index = 0): ISiteUser => userById(groups.find((group) => group.title.endsWith(title))?.memberIds[index] ?? -1);
const highwaysOfficer = officerOf('Highways');
const secondHighwaysOfficer = officerOf('Highways', 1);
const planningOfficer = officerOf('Planning and Development');
const democraticServices = userWithRole(data, 'owner');
const member = userById(Number(data.lists.Enquiries[0].fields.Member));

let emulator: IRunningEmulator;

function spAs(user: ISiteUser, wire?: ICountingTransport): SPFI {
  return spfi(emulator.siteUrl).using(
    SPBrowser({ baseUrl: emulator.siteUrl }),
    RetryThrottled({ transport: wire?.transport, maxAttempts: 3, baseDelayMs: 1 }),
    InjectHeaders({ 'X-Emulator-User': String(user.id), 'X-RequestDigest': issueDigest() })
  );
}

const repositoryFor = (user: ISiteUser, wire?: ICountingTransport): ServiceEnquiriesRepository =>
  new ServiceEnquiriesRepository(spAs(user, wire), emulator.store.serverRelativeUrl);

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(() => emulator.close());

it('an officer works on the services whose enquiry group they are in, read in one $batch', async () => {
  const wire = countingTransport();
  const desk = await repositoryFor(highwaysOfficer, wire).desk();
  expect(desk.userId).toBe(highwaysOfficer.id);
  expect(desk.services).toEqual([{ id: HIGHWAYS, title: 'Highways' }]);
  expect(wire.records.map((record) => `${record.method} ${new URL(record.url).pathname.replace(/.*\/_api\//, '')}`)).toEqual(['POST $batch']);
  expect((await repositoryFor(planningOfficer).desk()).services.map((service) => service.id)).toEqual([PLANNING]);
  expect((await repositoryFor(member).desk()).services).toEqual([]);
});

it('Democratic Services (the site\u2019s Owners) may choose all services, read in the same one $batch; no officer or member may', async () => {
  const wire = countingTransport();
  expect((await repositoryFor(democraticServices, wire).desk()).seesAllServices).toBe(true);
  expect(wire.records.map((record) => record.method)).toEqual(['POST']);
  expect((await repositoryFor(highwaysOfficer).desk()).seesAllServices).toBe(false);
  expect((await repositoryFor(member).desk()).seesAllServices).toBe(false);
});

it('all services: Democratic Services read every service\u2019s open enquiries, due date first; an officer asking gets only their own service\u2019s, because SharePoint sends no more', async () => {
  const openIds = (serviceIds?: readonly number[]): number[] =>
    emulator.store
      .items('Enquiries')
      .filter((row) => ['Received', 'Acknowledged', 'Responded', 'Reopened'].includes(String(row.fields.EnquiryStatus)))
      .filter((row) => serviceIds === undefined || serviceIds.includes(Number(row.fields.Service)))
      .map((row) => row.Id)
      .sort((a, b) => a - b);
  const all = await repositoryFor(democraticServices).queueOfAllServices();
  expect(all.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(openIds());
  expect(new Set(all.map((enquiry) => enquiry.serviceId))).toEqual(new Set([HIGHWAYS, PLANNING]));
  expect(all.every((enquiry) => enquiry.serviceTitle === 'Highways' || enquiry.serviceTitle === 'Planning and Development')).toBe(true);
  const dues = all.map((enquiry) => enquiry.due?.getTime() ?? Infinity);
  expect(dues).toEqual([...dues].sort((a, b) => a - b));

  const asOfficer = await repositoryFor(highwaysOfficer).queueOfAllServices();
  expect(asOfficer.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(openIds([HIGHWAYS]));
  expect(asOfficer.length).toBeLessThan(all.length);
  // A member asking gets their own enquiries only.
  expect((await repositoryFor(member).queueOfAllServices()).map((enquiry) => enquiry.memberUserId)).toEqual(
    emulator.store
      .items('Enquiries')
      .filter((row) => openIds().includes(row.Id) && Number(row.fields.Member) === member.id)
      .map(() => member.id)
  );
});

it('lists the service\u2019s officers with accounts, liaison officers first', async () => {
  const officers = await repositoryFor(highwaysOfficer).officersOf(HIGHWAYS);
  const expected = data.lists.Officers.filter((item) => item.fields.Service === HIGHWAYS && typeof item.fields.OfficerAccount === 'number');
  expect(officers.map((officer) => officer.userId).sort((a, b) => a - b)).toEqual(expected.map((item) => Number(item.fields.OfficerAccount)).sort((a, b) => a - b));
  const firstOther = officers.findIndex((officer) => !officer.liaison);
  expect(officers.slice(firstOther).every((officer) => !officer.liaison)).toBe(true);
  expect(officers.some((officer) => officer.userId === highwaysOfficer.id)).toBe(true);
});

it('assigns, closes, finds the closure among the recently closed, reopens it; another service sees none of it', async () => {
  const repository = repositoryFor(highwaysOfficer);
  const open = (await repository.queue(HIGHWAYS))[0];
  const assigned = await repository.assign(open, secondHighwaysOfficer.id);
  expect(assigned.status === 'saved' && assigned.enquiry.assignedOfficerId).toBe(secondHighwaysOfficer.id);
  if (assigned.status !== 'saved') return;
  const closed = await repository.close(assigned.enquiry);
  if (closed.status !== 'saved') throw new Error(`Not closed: ${closed.status}`);
  const since = new Date(Date.now() - 86_400_000);
  expect((await repository.recentlyClosed(HIGHWAYS, since)).map((enquiry) => enquiry.id)).toContain(open.id);
  expect(await repositoryFor(planningOfficer).recentlyClosed(HIGHWAYS, since)).toEqual([]);
  const reopened = await repository.reopen(closed.enquiry, '2026-12-16');
  expect(reopened.status === 'saved' && reopened.enquiry.status).toBe('Reopened');
  expect(reopened.status === 'saved' && reopened.enquiry.closed).toBeUndefined();
  expect((await repository.queue(HIGHWAYS)).map((enquiry) => enquiry.id)).toContain(open.id);
});

it('a conflict names who changed it; applying mine to the current version saves with the new ETag', async () => {
  const first = repositoryFor(highwaysOfficer);
  const second = repositoryFor(democraticServices);
  const enquiry = (await first.queue(HIGHWAYS))[0];
  const theirs = await second.assign(enquiry, highwaysOfficer.id);
  expect(theirs.status).toBe('saved');
  const stale = await first.assign(enquiry, secondHighwaysOfficer.id);
  if (stale.status !== 'conflict') throw new Error(`Expected a conflict, got ${stale.status}`);
  expect(stale.theirs.modifiedByName).toBe(democraticServices.title);
  expect(stale.theirs.eTag).not.toBe(enquiry.eTag);
  const applied = await first.change(stale.theirs, stale.mine);
  expect(applied.status === 'saved' && applied.enquiry.assignedOfficerId).toBe(secondHighwaysOfficer.id);
  expect(emulator.store.item('Enquiries', enquiry.id)?.fields.AssignedOfficer).toBe(secondHighwaysOfficer.id);
});

it('an internal note is read by the service and Democratic Services, never by the member or another service: SharePoint keeps it from them', async () => {
  const officer = repositoryFor(highwaysOfficer);
  const target = (await officer.queue(HIGHWAYS)).find((candidate) => candidate.memberUserId === member.id);
  if (!target) throw new Error('No Highways enquiry of the member');
  const note = await officer.addInternalNote(target, 'Contractor says the repair is disputed; do not promise a date.');
  expect(note.folderUrl).toMatch(new RegExp(`/Lists/EnquiryUpdates/S${HIGHWAYS}$`));
  expect((await repositoryFor(secondHighwaysOfficer).updatesOf(target.id)).map((update) => update.id)).toContain(note.id);
  expect((await repositoryFor(democraticServices).updatesOf(target.id)).map((update) => update.id)).toContain(note.id);
  expect((await repositoryFor(planningOfficer).updatesOf(target.id)).map((update) => update.id)).not.toContain(note.id);
  const asMember = new EnquiryRepository(spAs(member), emulator.store.serverRelativeUrl);
  const mine = await asMember.mineInFull();
  expect(mine.enquiries.map((enquiry) => enquiry.id)).toContain(target.id);
  expect(mine.updates.map((update) => update.id)).not.toContain(note.id);
  expect((await asMember.updatesOf(target.id)).map((update) => update.id)).not.toContain(note.id);
});

it('reopening gives a new due date counted from the reopening, keeps the first response, and leaves the report\u2019s figures as they were', async () => {
  const hour = 3_600_000;
  let clock = new Date();
  const repository = new ServiceEnquiriesRepository(spAs(highwaysOfficer), emulator.store.serverRelativeUrl, () => clock);
  const target = (await repository.queue(HIGHWAYS)).find((candidate) => candidate.responded === undefined);
  if (!target) throw new Error('No unanswered Highways enquiry');
  const calendar = workingCalendar('england-and-wales');
  const asOf = new Date(target.received.getTime() + 60 * 24 * hour);
  const reportOf = async (): Promise<ReturnType<typeof enquiryReport>['total']> => {
    const rows = await new EnquiryReportRepository(spAs(democraticServices)).enquiriesReceived({ from: target.received, to: new Date(target.received.getTime() + 1) });
    return enquiryReport(rows.filter((row) => row.id === String(target.id)), asOf, DEFAULT_ENQUIRY_TARGETS, calendar).total;
  };

  clock = new Date(target.received.getTime() + hour);
  const responded = await repository.respond(target, 'The gully will be cleared this week.');
  if (responded.status !== 'saved') throw new Error(`Not responded: ${responded.status}`);
  const firstResponse = responded.enquiry.responded;
  clock = new Date(target.received.getTime() + 2 * hour);
  const closed = await repository.close(responded.enquiry);
  if (closed.status !== 'saved') throw new Error(`Not closed: ${closed.status}`);
  const before = await reportOf();
  expect(before.response.onTime + before.response.late).toBe(1);

  clock = new Date(target.received.getTime() + 3 * hour);
  const respondBy = reopenedRespondBy(clock, DEFAULT_ENQUIRY_TARGETS, calendar);
  const reopened = await repository.reopen(closed.enquiry, respondBy);
  if (reopened.status !== 'saved') throw new Error(`Not reopened: ${reopened.status}`);
  expect(reopened.enquiry.due?.toISOString().slice(0, 10)).toBe(respondBy);
  expect(emulator.store.item('Enquiries', target.id)?.fields.DueDate).toBe(`${respondBy}T00:00:00.000Z`);
  // Open again (it counts among the open enquiries), but measured as before: the first response against the target from receipt.
  const whileReopened = await reportOf();
  expect(whileReopened.open).toBe(1);
  expect([whileReopened.acknowledgement, whileReopened.response]).toEqual([before.acknowledgement, before.response]);
  // The member's "My enquiries" reads the new due date: due, not overdue, the moment it is reopened.
  const mine = await new EnquiryRepository(spAs(userById(target.memberUserId)), emulator.store.serverRelativeUrl).mine();
  const seen = mine.enquiries.find((enquiry) => enquiry.id === target.id);
  expect(seen && { status: seen.status, due: enquiryDue(seen, clock) }).toEqual({ status: 'Reopened', due: { state: 'due', date: respondBy } });

  clock = new Date(target.received.getTime() + 20 * 24 * hour);
  const again = await repository.respond(reopened.enquiry, 'The contractor has now finished the work.');
  if (again.status !== 'saved') throw new Error(`Not responded again: ${again.status}`);
  expect(again.enquiry.status).toBe('Responded');
  expect(again.enquiry.responded).toEqual(firstResponse);
  const afterSecondAnswer = await reportOf();
  expect([afterSecondAnswer.acknowledgement, afterSecondAnswer.response]).toEqual([before.acknowledgement, before.response]);
});
