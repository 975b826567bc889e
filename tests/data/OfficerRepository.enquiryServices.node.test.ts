/** @jest-environment node */
/**
 * Which services take members' enquiries (Services.TakesEnquiries, schema 1.3.0.0), read by the officer directory
 * for "Raise an enquiry with …": in the opening $batch (no request of its own), and on a site still on an older
 * schema, which has no such column, the directory loads as before with no service taking enquiries, never an error.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { OfficerRepository } from '../../src/data/OfficerRepository';
import { ReadsWithoutBatch } from '../../src/data/readInOneBatch';
import { schema, type IListDefinition } from '../../src/schema';
import { countingTransport, type ICountingTransport } from '../../tools/bench/countingTransport';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';

jest.setTimeout(60000);

const council = generateSampleCouncil({ seed: 2026, officers: 300, services: 20 });
const reader = council.users.find((user) => user.role === 'reader');
const takingEnquiries = council.lists.Services.filter((item) => item.fields.TakesEnquiries === true).map((item) => item.Id).sort((a, b) => a - b);

/** Services as a site on schema 1.2.0.0 has them: without the columns 1.3.0.0 added. */
const servicesBefore13: IListDefinition = {
  ...schema.Services,
  fields: schema.Services.fields.filter((field) => field.internalName !== 'TakesEnquiries' && field.internalName !== 'EnquiryGroup')
};

let current: IRunningEmulator;
let older: IRunningEmulator;

beforeAll(async () => {
  [current, older] = await Promise.all([
    startEmulator({ data: council, port: 0 }),
    startEmulator({ data: council, port: 0, lists: { ...schema, Services: servicesBefore13 } })
  ]);
});

afterAll(async () => {
  await Promise.all([current?.close(), older?.close()]);
});

function spOn(emulator: IRunningEmulator, wire: ICountingTransport, withoutBatch = false): SPFI {
  const sp = spfi(emulator.siteUrl).using(
    SPBrowser({ baseUrl: emulator.siteUrl }),
    RetryThrottled({ transport: wire.transport, maxAttempts: 2, baseDelayMs: 1 }),
    InjectHeaders({ 'X-Emulator-User': String(reader?.id) })
  );
  return withoutBatch ? sp.using(ReadsWithoutBatch()) : sp;
}

const requests = (wire: ICountingTransport): string[] =>
  wire.records.filter((record) => !/\/_api\/contextinfo$/i.test(record.url)).map((record) => `${record.method} ${new URL(record.url).pathname.replace(/.*\/_api\//, '')}`);

const takers = (services: readonly { readonly id: number; readonly takesEnquiries?: true }[]): number[] =>
  services.filter((service) => service.takesEnquiries).map((service) => service.id).sort((a, b) => a - b);

describe('the officer directory and services that take enquiries', () => {
  it('the sample council has services that take enquiries and services that do not', () => {
    expect(takingEnquiries.length).toBeGreaterThan(0);
    expect(takingEnquiries.length).toBeLessThan(council.lists.Services.length);
  });

  it('marks the services that take enquiries, read in the one opening $batch', async () => {
    const wire = countingTransport();
    const directory = await new OfficerRepository(spOn(current, wire)).searchIndex();
    expect(takers(directory.services)).toEqual(takingEnquiries);
    expect(requests(wire)).toEqual(['POST $batch']);
  });

  it('on a site still on schema 1.2 (no TakesEnquiries column) loads the whole directory, no service taking enquiries, in the same one $batch', async () => {
    const wire = countingTransport();
    const progress: boolean[] = [];
    const directory = await new OfficerRepository(spOn(older, wire)).searchIndex((step) => progress.push(step.partial !== undefined));
    expect(directory.officers).toHaveLength(council.lists.Officers.length);
    expect(directory.services).toHaveLength(council.lists.Services.length);
    expect(takers(directory.services)).toEqual([]);
    expect(requests(wire)).toEqual(['POST $batch']);
    expect(wire.records.every((record) => record.status === 200)).toBe(true);
  });

  it('proves the column is really missing there: naming it is refused with 400, as SharePoint refuses it', async () => {
    const sp = spfi(older.siteUrl).using(SPBrowser({ baseUrl: older.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(reader?.id) }));
    const failure = await sp.web.lists.getByTitle('Services').items.select('Id', 'TakesEnquiries')().then(() => undefined, (error: unknown) => error);
    expect(String((failure as Error | undefined)?.message)).toMatch(/400/);
  });

  it('reads the same where the lists are on another site (parallel GETs, no $batch): the missing column fails its own request only', async () => {
    const [wireCurrent, wireOlder] = [countingTransport(), countingTransport()];
    const [now, before] = await Promise.all([
      new OfficerRepository(spOn(current, wireCurrent, true)).searchIndex(),
      new OfficerRepository(spOn(older, wireOlder, true)).searchIndex()
    ]);
    expect(takers(now.services)).toEqual(takingEnquiries);
    expect(takers(before.services)).toEqual([]);
    expect(before.officers).toHaveLength(council.lists.Officers.length);
    expect(wireOlder.records.filter((record) => record.status === 400)).toHaveLength(1);
  });

  it('keeps the marks in the browser copy: a warm visit shows them without reading the services again', async () => {
    const store = memoryKeyValueStore();
    const cold = countingTransport();
    await new OfficerRepository(spOn(current, cold), { cache: { user: String(reader?.id), store } }).searchIndex();
    const warm = countingTransport();
    const directory = await new OfficerRepository(spOn(current, warm), { cache: { user: String(reader?.id), store } }).searchIndex();
    expect(directory.source).toBe('cache');
    expect(takers(directory.services)).toEqual(takingEnquiries);
    expect(requests(warm)).toEqual(['GET web/lists']);
  });
});
