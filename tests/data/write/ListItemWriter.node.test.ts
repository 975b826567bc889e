/**
 * @jest-environment node
 */
/**
 * The one write path (src/data/write) against the emulator through real PnPjs: adds and updates
 * in $batch requests, ETags on every update (a stale one is refused for that item only),
 * throttling retried per Retry-After, a batch that fails as a whole stops the run, and whole
 * lists read past the list view threshold by ID.
 */
import { connectToSite } from '../../../tools/import/connectToSite';
import { ListItemWriter } from '../../../src/data/write/ListItemWriter';
import { readWholeListById } from '../../../src/data/write/readWholeListById';
import { schema } from '../../../src/schema';
import type { SPFI } from '../../../src/data/pnp';
import type { Transport } from '../../../src/data/behaviours/RetryThrottled';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from '../../tools/emulator/emulatorKit';

const data = sampleCouncil(12000);
let emulator: IRunningEmulator;
let retries = 0;

function sp(): SPFI {
  return connectToSite(emulator.siteUrl, { kind: 'emulator', user: String(userWithRole(data, 'editor').id) }, {
    maxAttempts: 3,
    baseDelayMs: 1,
    onRetry: () => {
      retries += 1;
    }
  });
}

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(() => emulator.close());

beforeEach(() => {
  emulator.setFaults({ throttleRate: 0 });
  retries = 0;
});

function ward(id: number): { readonly District: unknown; readonly version: number } {
  const item = emulator.store.item('Wards', id);
  if (!item) throw new Error(`No ward ${id}`);
  return { District: item.fields.District, version: item.version };
}

function eTagOf(id: number): string {
  return `"${ward(id).version}"`;
}

describe('ListItemWriter', () => {
  it('adds and updates in $batch requests of the given size, answering in order', async () => {
    const before = emulator.stats().batchRequests;
    const writer = new ListItemWriter(sp(), 'Wards', { batchSize: 3 });
    const { outcomes, stoppedBy } = await writer.write([
      { kind: 'add', fields: { Title: 'Harbourside', WardCode: 'E05990001' } },
      { kind: 'update', id: 1, eTag: eTagOf(1), fields: { District: 'Coast' } },
      { kind: 'add', fields: { Title: 'Mill Lane', WardCode: 'E05990002' } },
      { kind: 'update', id: 2, eTag: eTagOf(2), fields: { District: 'Vale' } },
      { kind: 'add', fields: { Title: 'Old Town', WardCode: 'E05990003' } }
    ]);
    expect(emulator.stats().batchRequests - before).toBe(2);
    expect(stoppedBy).toBeUndefined();
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['added', 'updated', 'added', 'updated', 'added']);
    const added = outcomes.filter((outcome) => outcome.status === 'added').map((outcome) => ('id' in outcome ? outcome.id : undefined));
    expect(added.map((id) => emulator.store.item('Wards', id ?? 0)?.fields.Title)).toEqual(['Harbourside', 'Mill Lane', 'Old Town']);
    expect(ward(1).District).toBe('Coast');
    expect(ward(2).District).toBe('Vale');
  });

  it('refuses an update whose ETag is stale (412) for that item alone, keeping the other editor\'s value', async () => {
    const stale = eTagOf(3);
    emulator.store.update('Wards', 3, { fields: { District: 'Edited meanwhile' } }, userWithRole(data, 'owner').id);
    const { outcomes, stoppedBy } = await new ListItemWriter(sp(), 'Wards').write([
      { kind: 'update', id: 4, eTag: eTagOf(4), fields: { District: 'Fine' } },
      { kind: 'update', id: 3, eTag: stale, fields: { District: 'Stale edit' } }
    ]);
    expect(outcomes[0].status).toBe('updated');
    expect(outcomes[1].status).toBe('refused');
    expect(stoppedBy).toBeUndefined();
    expect(outcomes[1].status === 'refused' && outcomes[1].error.kind).toBe('conflict');
    expect(outcomes[1].status === 'refused' && outcomes[1].error.status).toBe(412);
    expect(ward(3).District).toBe('Edited meanwhile');
    expect(ward(4).District).toBe('Fine');
  });

  it('waits out throttling (429/503 with Retry-After) and writes everything once', async () => {
    emulator.setFaults({ throttleRate: 0.5, retryAfterSeconds: 0, seed: 7 });
    const count = emulator.store.items('Wards').length;
    const writer = new ListItemWriter(connectToSite(emulator.siteUrl, { kind: 'emulator', user: String(userWithRole(data, 'editor').id) }, {
      maxAttempts: 20,
      baseDelayMs: 1,
      onRetry: () => {
        retries += 1;
      }
    }), 'Wards', { batchSize: 2 });
    const { outcomes } = await writer.write(
      Array.from({ length: 8 }, (_, index) => ({ kind: 'add' as const, fields: { Title: `Throttled ${index}`, WardCode: `E0598000${index}` } }))
    );
    expect(outcomes.every((outcome) => outcome.status === 'added')).toBe(true);
    expect(retries).toBeGreaterThan(0);
    expect(emulator.store.items('Wards').length).toBe(count + 8);
  });

  it('stops when a batch fails as a whole: that batch refused (nothing applied), later writes not sent', async () => {
    const count = emulator.store.items('Wards').length;
    const progress: number[] = [];
    const writer = new ListItemWriter(sp(), 'Wards', { batchSize: 2, onProgress: (answered) => progress.push(answered) });
    const writes = Array.from({ length: 6 }, (_, index) => ({ kind: 'add' as const, fields: { Title: `Stopped ${index}`, WardCode: `E0597000${index}` } }));
    // Let the first batch through, then throttle everything past the retries.
    const first = await writer.write(writes.slice(0, 2));
    emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    const rest = await writer.write(writes.slice(2));
    expect(first.outcomes.map((outcome) => outcome.status)).toEqual(['added', 'added']);
    expect(first.stoppedBy).toBeUndefined();
    expect(rest.outcomes.map((outcome) => outcome.status)).toEqual(['refused', 'refused', 'notSent', 'notSent']);
    expect(rest.outcomes[0].status === 'refused' && rest.outcomes[0].error.kind).toBe('throttled');
    expect(rest.stoppedBy?.kind).toBe('throttled');
    expect(emulator.store.items('Wards').length).toBe(count + 2);
    expect(progress).toEqual([2, 2]);
  });
});

describe('ListItemWriter without an answer', () => {
  it('marks a batch that got no answer as unknown (it may or may not have been applied) and sends nothing more', async () => {
    const gone = await startSampleEmulator({ data });
    const siteUrl = gone.siteUrl;
    await gone.close();
    const writer = new ListItemWriter(connectToSite(siteUrl, { kind: 'emulator' }, { maxAttempts: 1 }), 'Wards', { batchSize: 1 });
    const { outcomes, stoppedBy } = await writer.write([
      { kind: 'add', fields: { Title: 'Nowhere', WardCode: 'E05960001' } },
      { kind: 'add', fields: { Title: 'Nowhere either', WardCode: 'E05960002' } }
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['unknown', 'notSent']);
    expect(stoppedBy).toBeDefined();
    // (DataError calls this 'network' in Node; under Jest fetch's TypeError comes from another realm, so it reads 'unknown'. Either way the batch's fate is unknown.)
    expect(outcomes[0].status === 'unknown' && outcomes[0].error.message).toMatch(/fetch failed/);
  });
});

describe('ListItemWriter when the write is applied but the answer is lost', () => {
  it('sends a $batch answered 504 once and reports its writes unknown (never failed, never applied twice)', async () => {
    const count = emulator.store.items('Wards').length;
    let batchesSent = 0;
    // A gateway that lets the request reach SharePoint (which applies it) and then times out: 504.
    const applyThen504: Transport = async (url, init) => {
      const answer = await fetch(url.toString(), init);
      if (!url.pathname.endsWith('/$batch')) return answer;
      await answer.arrayBuffer();
      batchesSent += 1;
      return new Response('', { status: 504, statusText: 'Gateway Timeout' });
    };
    const connection = connectToSite(emulator.siteUrl, { kind: 'emulator', user: String(userWithRole(data, 'editor').id) }, {
      transport: applyThen504,
      baseDelayMs: 1
    });
    const writer = new ListItemWriter(connection, 'Wards', { batchSize: 1 });
    const { outcomes, stoppedBy } = await writer.write([
      { kind: 'add', fields: { Title: 'Lost Answer', WardCode: 'E05950001' } },
      { kind: 'add', fields: { Title: 'Never Sent', WardCode: 'E05950002' } }
    ]);
    expect(batchesSent).toBe(1);
    expect(emulator.store.items('Wards').filter((item) => item.fields.Title === 'Lost Answer')).toHaveLength(1);
    expect(emulator.store.items('Wards').length).toBe(count + 1);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['unknown', 'notSent']);
    expect(stoppedBy?.status).toBe(504);
  });
});

describe('ListItemWriter when one part of an answered $batch fails', () => {
  it('reports a part answered 500 as unknown (it may have been applied) and a part answered 4xx as refused', async () => {
    // SharePoint applies the first add, but its part comes back 500; the second part is untouched.
    const firstPart500: Transport = async (url, init) => {
      const answer = await fetch(url.toString(), init);
      if (!url.pathname.endsWith('/$batch')) return answer;
      const text = (await answer.text()).replace('HTTP/1.1 201 Created', 'HTTP/1.1 500 Internal Server Error');
      return new Response(text, { status: answer.status, headers: answer.headers });
    };
    const connection = connectToSite(emulator.siteUrl, { kind: 'emulator', user: String(userWithRole(data, 'editor').id) }, {
      transport: firstPart500,
      baseDelayMs: 1
    });
    const { outcomes, stoppedBy } = await new ListItemWriter(connection, 'Wards', { batchSize: 3 }).write([
      { kind: 'add', fields: { Title: 'Applied, answer 500', WardCode: 'E05940001' } },
      { kind: 'add', fields: { Title: 'Added', WardCode: 'E05940002' } },
      { kind: 'update', id: 1, eTag: '"999"', fields: { District: 'Stale' } }
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['unknown', 'added', 'refused']);
    expect(stoppedBy).toBeUndefined();
    expect(emulator.store.items('Wards').filter((item) => item.fields.Title === 'Applied, answer 500')).toHaveLength(1);
  });
});

describe('readWholeListById', () => {
  it('reads 12,000 officers in pages of 5,000 by ID, with only the columns asked for and each item\'s ETag', async () => {
    const pages: number[] = [];
    const items = await readWholeListById(sp(), schema.Officers, ['Email', 'ServiceId'], (read) => pages.push(read));
    expect(items).toHaveLength(12000);
    expect(pages).toEqual([5000, 10000, 12000]);
    expect(new Set(items.map((item) => item.Id)).size).toBe(12000);
    const sample = items[41];
    expect(sample).toHaveProperty('Email');
    expect(sample).toHaveProperty('ServiceId');
    for (const unread of ['Title', 'JobTitle', 'LiaisonProfile', 'Service']) expect(sample).not.toHaveProperty(unread);
    expect(sample['odata.etag']).toBe(`"${emulator.store.item('Officers', sample.Id as number)?.version}"`);
  });
});
