/** @jest-environment node */
/**
 * How many requests a cold officer directory load waits for one after another, against the emulator
 * (which enforces the list view threshold) at 20,000 and 100,000 officers. Round trips are counted as
 * the bench counts them (tools/bench/roundTrips.ts) from each request's start and end.
 */
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import type { IDirectoryLoadProgress } from '../../src/data/IOfficerRepository';
import { OfficerRepository } from '../../src/data/OfficerRepository';
import { countingTransport, ICountingTransport, IWireRecord } from '../../tools/bench/countingTransport';
import { requestSteps } from '../../tools/bench/roundTrips';
import { issueDigest } from '../../tools/emulator/auth';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';

jest.setTimeout(180000);

const COLD_BYTES_BUDGET_AT_20000 = 600 * 1024;

/** As SPFx on the lists' own site: the page's form digest serves the $batch, so no contextinfo request. */
function spOnPageSite(emulator: IRunningEmulator, wire: ICountingTransport, user: number | undefined): SPFI {
  return spfi(emulator.siteUrl).using(
    SPBrowser({ baseUrl: emulator.siteUrl }),
    RetryThrottled({ transport: wire.transport, maxAttempts: 8 }),
    InjectHeaders({ 'X-Emulator-User': String(user), 'X-RequestDigest': issueDigest() })
  );
}

function roundTrips(records: readonly IWireRecord[]): number {
  const steps = requestSteps(records.map((record) => ({ label: `${record.method} ${record.url}`, startMs: record.startMs, endMs: record.endMs })));
  return steps.reduce((deepest, step) => Math.max(deepest, step.roundTrip), 0);
}

describe.each([20000, 100000])('a cold officer directory load at %d officers', (officers) => {
  let emulator: IRunningEmulator;
  let reader: number | undefined;

  beforeAll(async () => {
    const data = generateSampleCouncil({ seed: 2026, officers, services: 300 });
    reader = data.users.find((user) => user.role === 'reader')?.id;
    emulator = await startEmulator({ data });
  });

  afterAll(() => emulator.close());

  it('takes two sequential round trips: the $batch, then every further page at once', async () => {
    const wire = countingTransport();
    const progress: IDirectoryLoadProgress[] = [];
    const repository = new OfficerRepository(spOnPageSite(emulator, wire, reader), { cache: { user: String(reader), store: memoryKeyValueStore() } });

    const directory = await repository.searchIndex((step) => progress.push(step));

    expect(directory.officers.map((officer) => officer.id)).toEqual(emulator.store.items('Officers').map((item) => item.Id));
    expect(wire.records.every((record) => record.status === 200)).toBe(true);
    expect(wire.records[0].url).toMatch(/\/_api\/\$batch$/);
    expect(wire.records.filter((record) => record.method === 'POST')).toHaveLength(1);
    expect(wire.records).toHaveLength(officers / 5000);
    expect(roundTrips(wire.records)).toBe(2);
    expect(progress[progress.length - 1]).toMatchObject({ loaded: officers, total: officers });
    // The first page, reported from the $batch alone, for the view to draw while the rest loads.
    expect(progress.find((step) => step.partial)?.partial?.officers).toHaveLength(5000);
    if (officers === 20000) expect(wire.totals().bytes).toBeLessThan(COLD_BYTES_BUDGET_AT_20000);
  });

  it('reads every officer once where IDs have gaps (deleted officers), still in two round trips', async () => {
    // Delete a run of IDs wider than a page and a scattering of others, as years of leavers would.
    const ids = emulator.store.items('Officers').map((item) => item.Id);
    const gone = new Set([...ids.slice(6000, 12000), ...ids.filter((id) => id % 7 === 0)]);
    for (const id of gone) emulator.store.remove('Officers', id);
    const wire = countingTransport();
    const directory = await new OfficerRepository(spOnPageSite(emulator, wire, reader)).searchIndex();

    expect(directory.officers.map((officer) => officer.id)).toEqual(ids.filter((id) => !gone.has(id)));
    expect(roundTrips(wire.records)).toBe(2);
  });
});
