/**
 * @jest-environment node
 */
/**
 * Fault injection: a seeded share of requests answered 429/503 with Retry-After, which PnPjs's
 * BrowserFetchWithRetry honours, added latency, and the admin endpoint the preview uses.
 */
import { IRunningEmulator, sampleCouncil, sharePointError, spAs, startSampleEmulator } from './emulatorKit';

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startSampleEmulator({ data: sampleCouncil() });
});

afterEach(() => emulator.setFaults({}));

afterAll(() => emulator.close());

async function readWards(count: number): Promise<number> {
  const sp = spAs(emulator);
  let rows = 0;
  for (let index = 0; index < count; index += 1) {
    rows += (await sp.web.lists.getByTitle('Wards').items.select('Id').top(1)()).length;
  }
  return rows;
}

describe('throttling injection', () => {
  it('throttles a share of requests and PnPjs recovers by retrying after Retry-After', async () => {
    emulator.setFaults({ throttleRate: 0.3, retryAfterSeconds: 0, seed: 11 });
    const before = emulator.stats();
    const rows = await readWards(20);
    const after = emulator.stats();
    expect(rows).toBe(20);
    const injected = after.faultsInjected - before.faultsInjected;
    expect(injected).toBeGreaterThan(0);
    // Every injected fault cost the client one extra request.
    expect(after.apiRequests - before.apiRequests).toBe(20 + injected);
  });

  it('is deterministic for a seed', async () => {
    const run = async (): Promise<number> => {
      emulator.setFaults({ throttleRate: 0.3, retryAfterSeconds: 0, seed: 5 });
      const before = emulator.stats().faultsInjected;
      await readWards(15);
      return emulator.stats().faultsInjected - before;
    };
    const first = await run();
    expect(first).toBeGreaterThan(0);
    expect(await run()).toBe(first);
  });

  it('answers 429 or 503 with Retry-After in SharePoint\'s error shape when the client gives up', async () => {
    emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0, seed: 3 });
    const error = await sharePointError(() => spAs(emulator).web.lists.getByTitle('Wards').items());
    expect([429, 503]).toContain(error.status);
    expect(error.code).toContain('Microsoft.SharePoint');
    const response = await fetch(`${emulator.siteUrl}/_api/web`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect([429, 503]).toContain(response.status);
    expect(response.headers.get('Retry-After')).toBe('0');
  });

  it('waits the Retry-After seconds before retrying (faults switched off through the admin endpoint)', async () => {
    emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 1, seed: 3 });
    const started = Date.now();
    const pending = readWards(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const admin = await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ throttleRate: 0 })
    });
    expect(((await admin.json()) as { throttleRate: number }).throttleRate).toBe(0);
    expect(await pending).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });
});

describe('latency', () => {
  it('delays every API response by the configured milliseconds', async () => {
    emulator.setFaults({ latencyMs: 150 });
    const started = Date.now();
    await readWards(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });
});
