/**
 * @jest-environment node
 */
/**
 * Members' enquiries through the product's repository against the emulator, which enforces the folder
 * permissions of docs/enquiries-permissions.md: "mine" as the list shows it in one $batch, then in full with its
 * updates in another, a service's queue due date first, raising into the member's folder, officers' updates the
 * member reads, Democratic Services logging for a member, acknowledge/respond/close with ETags and a 412 conflict
 * that returns both versions.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { EnquiryRepository } from '../../src/data/EnquiryRepository';
import { isDataError } from '../../src/data/DataError';
import { countingTransport, ICountingTransport, IWireRecord } from '../../tools/bench/countingTransport';
import { requestSteps } from '../../tools/bench/roundTrips';
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
const memberIds = [...new Set(data.lists.Enquiries.map((item) => Number(item.fields.Member)))];
const memberA = userById(memberIds[0]);
const memberB = userById(memberIds[1]);
const officerOf = (title: string, index = 0): ISiteUser => userById(groups.find((group) => group.title.endsWith(title))?.memberIds[index] ?? -1);
const highwaysOfficer = officerOf('Highways');
const secondHighwaysOfficer = officerOf('Highways', 1);
const planningOfficer = officerOf('Planning and Development');
const democraticServices = userWithRole(data, 'owner');
const memberItemIdOf = (user: ISiteUser): number => data.lists.Members.find((item) => item.fields.MemberAccount === user.id)?.Id ?? -1;

let emulator: IRunningEmulator;

function spAs(user: ISiteUser, wire?: ICountingTransport): SPFI {
  return spfi(emulator.siteUrl).using(
    SPBrowser({ baseUrl: emulator.siteUrl }),
    RetryThrottled({ transport: wire?.transport, maxAttempts: 3, baseDelayMs: 1 }),
    // As SPFx on the lists' own site: the page's digest serves the $batch (no contextinfo request).
    InjectHeaders({ 'X-Emulator-User': String(user.id), 'X-RequestDigest': issueDigest() })
  );
}

function repositoryFor(user: ISiteUser, wire?: ICountingTransport, store = memoryKeyValueStore()): EnquiryRepository {
  return new EnquiryRepository(spAs(user, wire), emulator.store.serverRelativeUrl, store);
}

function roundTrips(records: readonly IWireRecord[]): number {
  const steps = requestSteps(records.map((record) => ({ label: `${record.method} ${record.url}`, startMs: record.startMs, endMs: record.endMs })));
  return steps.reduce((deepest, step) => Math.max(deepest, step.roundTrip), 0);
}

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(() => emulator.close());

describe('a member\u2019s enquiries', () => {
  it('are theirs only, as their list shows them, in one $batch once their id on the lists\u2019 site is known: no updates, no Details', async () => {
    const store = memoryKeyValueStore();
    await repositoryFor(memberA, undefined, store).mine();
    const bodies: string[] = [];
    const wire = countingTransport((url, init) => {
      bodies.push(String(init.body ?? ''));
      return fetch(url.toString(), init);
    });
    const mine = await repositoryFor(memberA, wire, store).mine();

    expect(mine.enquiries.map((enquiry) => enquiry.id).sort()).toEqual(data.lists.Enquiries.filter((item) => item.fields.Member === memberA.id).map((item) => item.Id).sort());
    expect(mine.enquiries.every((enquiry) => enquiry.memberUserId === memberA.id)).toBe(true);
    const received = mine.enquiries.map((enquiry) => enquiry.received.getTime());
    expect(received).toEqual([...received].sort((a, b) => b - a));
    expect(mine.enquiries.some((enquiry) => 'details' in enquiry || 'folderUrl' in enquiry)).toBe(false);
    expect(wire.records.map((record) => `${record.method} ${new URL(record.url).pathname.replace(/.*\/_api\//, '')}`)).toEqual(['POST $batch']);
    expect(roundTrips(wire.records)).toBe(1);
    // What the list does not show stays out of the first read: the updates, the long Details, the per-row metadata.
    const batch = decodeURIComponent(bodies.join('\n').replace(/\+/g, ' '));
    expect(batch).toContain("getByTitle('Enquiries')");
    expect(batch).not.toContain("getByTitle('EnquiryUpdates')");
    expect(batch).not.toMatch(/\$select=[^\s]*Details/);
    expect(batch).toContain('odata=nometadata');
  });

  it('in full, with every update on them, in a second $batch by the indexed member columns', async () => {
    const repository = repositoryFor(memberA);
    const listed = await repository.mine();
    const bodies: string[] = [];
    const wire = countingTransport((url, init) => {
      bodies.push(String(init.body ?? ''));
      return fetch(url.toString(), init);
    });
    const inFull = await new EnquiryRepository(spAs(memberA, wire), emulator.store.serverRelativeUrl, memoryKeyValueStore(), memberA.id).mineInFull();

    expect(inFull.enquiries.map((enquiry) => enquiry.id)).toEqual(listed.enquiries.map((enquiry) => enquiry.id));
    const stored = data.lists.Enquiries.find((item) => item.Id === inFull.enquiries[0].id);
    expect(inFull.enquiries[0].details).toBe(stored?.fields.Details);
    expect(inFull.enquiries.every((enquiry) => enquiry.eTag !== '*' && enquiry.folderUrl !== '')).toBe(true);
    const ids = new Set(inFull.enquiries.map((enquiry) => enquiry.id));
    expect(inFull.updates.every((update) => ids.has(update.enquiryId))).toBe(true);
    expect(inFull.updates.filter((update) => update.authorId !== memberA.id).length).toBeGreaterThan(0);
    expect(wire.records.map((record) => `${record.method} ${new URL(record.url).pathname.replace(/.*\/_api\//, '')}`)).toEqual(['POST $batch']);
    const batch = decodeURIComponent(bodies.join('\n').replace(/\+/g, ' '));
    expect(batch).toContain(`$filter=MemberId eq ${memberA.id}`);
    expect(batch).toContain(`$filter=EnquiryMemberId eq ${memberA.id}`);
  });

  it('include one Democratic Services logged for them', async () => {
    const logged = data.lists.Enquiries.find((item) => item.fields.LoggedOnBehalf === true);
    const member = userById(Number(logged?.fields.Member));
    const mine = await repositoryFor(member).mine();
    expect(mine.enquiries.find((enquiry) => enquiry.id === logged?.Id)?.loggedOnBehalf).toBe(true);
  });

  it('are raised into the member\u2019s folder; the service sees it, another member and another service do not', async () => {
    const raised = await repositoryFor(memberA).raise({
      memberItemId: memberItemIdOf(memberA),
      memberLoginName: memberA.loginName,
      serviceId: HIGHWAYS,
      subject: 'Fly-posting on the bus shelter',
      details: 'Posters cover the timetable.',
      location: 'High Street bus shelter',
      dueDate: '2026-12-07'
    });
    expect(raised.status).toBe('Received');
    expect(raised.memberUserId).toBe(memberA.id);
    expect(raised.due?.toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(raised.folderUrl).toMatch(new RegExp(`/Lists/Enquiries/M${memberItemIdOf(memberA)}-S${HIGHWAYS}$`));

    expect((await repositoryFor(highwaysOfficer).serviceQueue(HIGHWAYS)).map((enquiry) => enquiry.id)).toContain(raised.id);
    expect((await repositoryFor(planningOfficer).serviceQueue(HIGHWAYS)).map((enquiry) => enquiry.id)).toEqual([]);
    expect((await repositoryFor(memberB).mine()).enquiries.map((enquiry) => enquiry.id)).not.toContain(raised.id);
  });

  it('cannot be raised into another member\u2019s folder: SharePoint refuses it', async () => {
    const attempt = repositoryFor(memberA).raise({ memberItemId: memberItemIdOf(memberB), memberLoginName: memberA.loginName, serviceId: HIGHWAYS, subject: 'x', details: 'y' });
    const failure = await attempt.then(() => undefined, (error: unknown) => error);
    expect(isDataError(failure) && failure.kind).toBe('accessDenied');
  });
});

describe('the service', () => {
  it('reads its queue due date first, and its updates reach the member', async () => {
    const queue = await repositoryFor(highwaysOfficer).serviceQueue(HIGHWAYS);
    expect(queue.length).toBeGreaterThan(1);
    expect(queue.every((enquiry) => enquiry.serviceId === HIGHWAYS && enquiry.status !== 'Closed')).toBe(true);
    const dues = queue.map((enquiry) => enquiry.due?.getTime() ?? Infinity);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));

    const enquiry = queue.find((candidate) => candidate.memberUserId === memberB.id);
    if (!enquiry) throw new Error('No Highways enquiry of member B');
    const update = await repositoryFor(highwaysOfficer).addUpdate(enquiry, 'Update', 'A gang is booked for Thursday.');
    expect(update.authorId).toBe(highwaysOfficer.id);
    const seen = await repositoryFor(memberB).mineInFull();
    expect(seen.updates.find((candidate) => candidate.id === update.id)?.body).toBe('A gang is booked for Thursday.');
    expect((await repositoryFor(memberA).mineInFull()).updates.map((candidate) => candidate.id)).not.toContain(update.id);
  });

  it('acknowledges, responds and closes with ETags; a stale write is a conflict with both versions, nothing lost', async () => {
    const raised = await repositoryFor(memberA).raise({ memberItemId: memberItemIdOf(memberA), memberLoginName: memberA.loginName, serviceId: HIGHWAYS, subject: 'Damaged bollard', details: 'Knocked over.' });
    const first = repositoryFor(highwaysOfficer);
    const second = repositoryFor(secondHighwaysOfficer);
    const seenByBoth = (await first.serviceQueue(HIGHWAYS)).find((enquiry) => enquiry.id === raised.id);
    if (!seenByBoth) throw new Error('Not in the queue');

    const acknowledged = await first.acknowledge(seenByBoth, highwaysOfficer.id, new Date('2026-12-01T10:00:00Z'));
    expect(acknowledged.status).toBe('saved');
    const stale = await second.change(seenByBoth, { status: 'Closed', closed: new Date('2026-12-01T11:00:00Z') });
    expect(stale.status).toBe('conflict');
    if (stale.status !== 'conflict') return;
    expect(stale.mine).toEqual({ status: 'Closed', closed: new Date('2026-12-01T11:00:00Z') });
    expect(stale.theirs.status).toBe('Acknowledged');
    expect(stale.theirs.assignedOfficerId).toBe(highwaysOfficer.id);
    expect(emulator.store.item('Enquiries', raised.id)?.fields.EnquiryStatus).toBe('Acknowledged');

    if (acknowledged.status !== 'saved') return;
    const responded = await first.respond(acknowledged.enquiry, 'Replaced on 2 December.', new Date('2026-12-02T09:00:00Z'));
    expect(responded.status).toBe('saved');
    if (responded.status !== 'saved') return;
    const closed = await first.close(responded.enquiry, new Date('2026-12-03T09:00:00Z'));
    expect(closed.status === 'saved' && closed.enquiry.status).toBe('Closed');

    const mine = await repositoryFor(memberA).mineInFull();
    expect(mine.enquiries.find((enquiry) => enquiry.id === raised.id)?.status).toBe('Closed');
    expect(mine.updates.filter((update) => update.enquiryId === raised.id).map((update) => update.kind)).toEqual(['Response']);
  });

  it('a member cannot change their enquiry\u2019s status: refused, nothing written', async () => {
    const enquiry = (await repositoryFor(memberA).mineInFull()).enquiries.find((candidate) => candidate.status !== 'Closed');
    if (!enquiry) throw new Error('No open enquiry');
    const result = await repositoryFor(memberA).close(enquiry);
    expect(result.status).toBe('refused');
    expect(result.status === 'refused' && result.error.kind).toBe('accessDenied');
    expect(emulator.store.item('Enquiries', enquiry.id)?.fields.EnquiryStatus).toBe(enquiry.status);
  });
});

describe('Democratic Services', () => {
  it('log an enquiry for a member, who sees it as theirs', async () => {
    const logged = await repositoryFor(democraticServices).raise({
      memberItemId: memberItemIdOf(memberB),
      memberLoginName: memberB.loginName,
      serviceId: PLANNING,
      subject: 'Objection deadline for the solar farm',
      details: 'Phoned in: when does consultation close?',
      receivedOnBehalf: new Date('2026-11-30T09:15:00Z')
    });
    expect(logged.loggedOnBehalf).toBe(true);
    const mine = await repositoryFor(memberB).mine();
    expect(mine.enquiries.find((enquiry) => enquiry.id === logged.id)?.received.toISOString()).toBe('2026-11-30T09:15:00.000Z');
    expect((await repositoryFor(planningOfficer).serviceQueue(PLANNING)).map((enquiry) => enquiry.id)).toContain(logged.id);
    expect((await repositoryFor(memberA).mine()).enquiries.map((enquiry) => enquiry.id)).not.toContain(logged.id);
  });
});
