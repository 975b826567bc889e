/** @jest-environment node */
/**
 * Directory health on a site that still has the first release's private columns (and a
 * "Date of birth" an admin added): the real HealthRepository against the emulator.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { HealthRepository } from '../../src/data/HealthRepository';
import { directoryHealthReport } from '../../src/model/health/directoryHealthReport';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { LEGACY_MEMBER_FIELDS, withLegacyPrivateColumns } from '../../tools/sample-council/legacyPrivateColumns';

const today = new Date('2026-11-23T12:00:00Z');
const council = generateSampleCouncil({ seed: 2026, officers: 200 });
const legacy = withLegacyPrivateColumns(council);
const owner = council.users.find((user) => user.role === 'owner');

let current: IRunningEmulator;
let upgraded: IRunningEmulator;

beforeAll(async () => {
  current = await startEmulator({ data: council });
  upgraded = await startEmulator({ data: legacy.data, lists: legacy.lists });
});

afterAll(async () => {
  await current.close();
  await upgraded.close();
});

function spOn(emulator: IRunningEmulator): SPFI {
  return spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(owner?.id) }));
}

function withData(column: string): number {
  return legacy.data.lists.Members.filter((item) => {
    const value = item.fields[column];
    return value !== null && value !== false && value !== '';
  }).length;
}

describe('Directory health: private columns left on the Members list', () => {
  it('finds each one by name, with how many items hold data in it, at the cost of one extra request', async () => {
    const before = upgraded.stats();
    const snapshot = await new HealthRepository(spOn(upgraded), { now: () => today }).load();
    const after = upgraded.stats();

    expect(snapshot.data.privateColumns).toEqual(
      LEGACY_MEMBER_FIELDS.map((field) => ({
        list: 'Members',
        internalName: field.internalName,
        displayName: field.displayName,
        what: expect.stringMatching(/^a (home address|personal phone number|date of birth)$/),
        readAs: field.internalName,
        itemsWithData: withData(field.internalName)
      }))
    );
    const counts = snapshot.data.privateColumns?.map((column) => column.itemsWithData) ?? [];
    expect(counts.filter((count) => count !== undefined && count > 0).length).toBe(4);
    expect(counts).toContain(0);
    // The form digest, the usual $batch (the fields request is one of its parts) and one read of Id and those columns.
    expect(after.batchRequests - before.batchRequests).toBe(1);
    expect(after.apiRequests - before.apiRequests).toBe(3);
    // The values themselves never leave the repository.
    expect(JSON.stringify(snapshot)).not.toMatch(/Orchard Lane|\+44 7700|19[6-8][0-9]-03-0/);

    const report = directoryHealthReport(snapshot.data, { today });
    expect(report.privateColumns).toHaveLength(LEGACY_MEMBER_FIELDS.length);
  });

  it('finds none on a list provisioned from today\'s schema, and makes no extra request', async () => {
    const before = current.stats();
    const snapshot = await new HealthRepository(spOn(current), { now: () => today }).load();
    const after = current.stats();
    expect(snapshot.data.privateColumns).toEqual([]);
    expect(after.batchRequests - before.batchRequests).toBe(1);
    // The form digest and the $batch: every list fits in its first page of 5,000.
    expect(after.apiRequests - before.apiRequests).toBe(2);
  });
});
