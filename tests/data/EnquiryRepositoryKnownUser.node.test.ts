/**
 * @jest-environment node
 */
/**
 * "My enquiries" on a first visit (nothing kept in the browser) when the host already knows the user's id on the
 * lists' site (SPFx: the page is on that site): one $batch, not the current user first and then the $batch. A
 * wrong id costs a second read, never another member's enquiries.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { isDataError } from '../../src/data/DataError';
import { EnquiryRepository } from '../../src/data/EnquiryRepository';
import { countingTransport, ICountingTransport } from '../../tools/bench/countingTransport';
import { issueDigest } from '../../tools/emulator/auth';
import type { ISiteUser } from '../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, startSampleEmulator } from '../tools/emulator/emulatorKit';

jest.setTimeout(60000);

const data = sampleCouncil();
const memberIds = [...new Set(data.lists.Enquiries.map((item) => Number(item.fields.Member)))];
const userById = (id: number): ISiteUser => {
  const found = data.users.find((user) => user.id === id);
  if (!found) throw new Error(`No user ${id}`);
  return found;
};
const memberA = userById(memberIds[0]);
const memberB = userById(memberIds[1]);
const enquiriesOf = (user: ISiteUser): number[] =>
  data.lists.Enquiries.filter((item) => item.fields.Member === user.id).map((item) => item.Id).sort((a, b) => a - b);

let emulator: IRunningEmulator;

function spAs(user: ISiteUser, wire: ICountingTransport): SPFI {
  return spfi(emulator.siteUrl).using(
    SPBrowser({ baseUrl: emulator.siteUrl }),
    RetryThrottled({ transport: wire.transport, maxAttempts: 3, baseDelayMs: 1 }),
    InjectHeaders({ 'X-Emulator-User': String(user.id), 'X-RequestDigest': issueDigest() })
  );
}

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(() => emulator.close());

describe('My enquiries with the user id the host knows', () => {
  it('is one request on a first visit', async () => {
    const wire = countingTransport();
    const mine = await new EnquiryRepository(spAs(memberA, wire), emulator.store.serverRelativeUrl, memoryKeyValueStore(), memberA.id).mine();
    expect(wire.records).toHaveLength(1);
    expect(mine.enquiries.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(enquiriesOf(memberA));
  });

  it('reads again with the right id when the one it was given is someone else’s', async () => {
    const wire = countingTransport();
    const mine = await new EnquiryRepository(spAs(memberA, wire), emulator.store.serverRelativeUrl, memoryKeyValueStore(), memberB.id).mine();
    expect(wire.records).toHaveLength(2);
    expect(mine.enquiries.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(enquiriesOf(memberA));
  });
});

describe('My enquiries read before the view asks (prefetchMine)', () => {
  it('sends the list\u2019s $batch at once; the first mine() takes it, a later one reads afresh', async () => {
    const wire = countingTransport();
    const repository = new EnquiryRepository(spAs(memberA, wire), emulator.store.serverRelativeUrl, memoryKeyValueStore(), memberA.id);
    repository.prefetchMine();
    repository.prefetchMine();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(wire.records).toHaveLength(1);
    const mine = await repository.mine();
    expect(wire.records).toHaveLength(1);
    expect(mine.enquiries.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(enquiriesOf(memberA));
    await repository.mine();
    expect(wire.records).toHaveLength(2);
  });

  it('hands a failed prefetch to the view\u2019s mine(); trying again reads afresh', async () => {
    let down = true;
    const wire = countingTransport((url, init) => (down ? Promise.resolve(new Response('', { status: 503 })) : fetch(url.toString(), init)));
    const repository = new EnquiryRepository(spAs(memberA, wire), emulator.store.serverRelativeUrl, memoryKeyValueStore(), memberA.id);
    repository.prefetchMine();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const failure = await repository.mine().then(() => undefined, (error: unknown) => error);
    expect(isDataError(failure)).toBe(true);
    down = false;
    const mine = await repository.mine();
    expect(mine.enquiries.map((enquiry) => enquiry.id).sort((a, b) => a - b)).toEqual(enquiriesOf(memberA));
  });
});
