/**
 * @jest-environment node
 */
/** GET /_emulator/stats: the counts of stats(), over HTTP for a browser or another process. */
import { IRunningEmulator, startSampleEmulator } from './emulatorKit';

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startSampleEmulator();
});

afterAll(async () => {
  await emulator.close();
});

async function statsOverHttp(): Promise<{ apiRequests: number; batchRequests: number; faultsInjected: number }> {
  const response = await fetch(`${emulator.url}/_emulator/stats`);
  expect(response.status).toBe(200);
  return (await response.json()) as { apiRequests: number; batchRequests: number; faultsInjected: number };
}

it('counts API requests and injected faults, and does not count itself', async () => {
  const before = await statsOverHttp();
  expect(before).toEqual(emulator.stats());
  emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 3 });
  const throttled = await fetch(`${emulator.siteUrl}/_api/web`, { headers: { Accept: 'application/json;odata=nometadata' } });
  expect(throttled.status === 429 || throttled.status === 503).toBe(true);
  expect(throttled.headers.get('retry-after')).toBe('3');
  emulator.setFaults({ throttleRate: 0 });
  await fetch(`${emulator.siteUrl}/_api/web`, { headers: { Accept: 'application/json;odata=nometadata' } });
  const after = await statsOverHttp();
  expect(after.apiRequests - before.apiRequests).toBe(2);
  expect(after.faultsInjected - before.faultsInjected).toBe(1);
  expect(after.batchRequests).toBe(before.batchRequests);
});
