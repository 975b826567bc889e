/**
 * @jest-environment node
 */
/**
 * Reads through real PnPjs v4 against the emulator over a 12,500-officer council:
 * $select/$expand/$filter/$orderby, paging past 12,000 items, and the list view threshold.
 */
import { gzipSync } from 'zlib';
import type { SPFI } from '@pnp/sp';
import { schema } from '../../../src/schema';
import type { ISiteData, IStoredItem } from '../../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, sharePointError, spAs, startSampleEmulator } from './emulatorKit';

const OFFICERS = 12500;

interface IOfficerRow {
  Id: number;
  Title: string;
  JobTitle: string | null;
  Service: { Id: number; Title: string } | null;
}

let emulator: IRunningEmulator;
let sp: SPFI;
let data: ISiteData;

beforeAll(async () => {
  data = sampleCouncil(OFFICERS);
  emulator = await startSampleEmulator({ data });
  sp = spAs(emulator);
});

afterAll(() => emulator.close());

function officers(): readonly IStoredItem[] {
  return data.lists.Officers;
}

describe('reading a large list through PnPjs', () => {
  it('pages through every one of 12,500 items with top(5000) and async iteration', async () => {
    const items = sp.web.lists.getByTitle('Officers').items.select('Id', 'Title').top(5000);
    const pageSizes: number[] = [];
    const ids: number[] = [];
    for await (const page of items) {
      const rows = page as { Id: number }[];
      pageSizes.push(rows.length);
      ids.push(...rows.map((row) => row.Id));
    }
    expect(pageSizes).toEqual([5000, 5000, 2500]);
    expect(new Set(ids).size).toBe(OFFICERS);
    expect(ids).toEqual(officers().map((item) => item.Id));
  });

  it('filters on an indexed lookup, orders by two columns and expands the lookup as {Id, Title}', async () => {
    const serviceId = 7;
    const rows: IOfficerRow[] = await sp.web.lists
      .getByTitle('Officers')
      .items.select('Id', 'Title', 'JobTitle', 'Service/Id', 'Service/Title')
      .expand('Service')
      .filter(`Service/Id eq ${serviceId} and startswith(Title,'J')`)
      .orderBy('JobTitle', true)
      .orderBy('Id', false)
      .top(5000)();

    const serviceTitle = data.lists.Services.find((service) => service.Id === serviceId)?.fields.Title;
    const expected = officers()
      .filter((item) => item.fields.Service === serviceId && String(item.fields.Title).toLowerCase().startsWith('j'))
      .sort((a, b) => {
        const byJob = String(a.fields.JobTitle ?? '').toLowerCase().localeCompare(String(b.fields.JobTitle ?? '').toLowerCase());
        return byJob !== 0 ? byJob : b.Id - a.Id;
      });
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.Id)).toEqual(expected.map((item) => item.Id));
    expect(rows[0].Service).toMatchObject({ Id: serviceId, Title: serviceTitle });
    expect(Object.keys(rows[0]).sort()).toEqual(
      ['Id', 'JobTitle', 'Service', 'Title', 'odata.editLink', 'odata.etag', 'odata.id', 'odata.type'].sort()
    );
  });

  it('follows the next link with a filter and ordering until the matching set is exhausted', async () => {
    const items = sp.web.lists
      .getByTitle('Officers')
      .items.select('Id', 'Email')
      .filter("IsLiaisonOfficer eq 1 or startswith(Email,'a')")
      .orderBy('Email')
      .top(250);
    const seen: string[] = [];
    for await (const page of items) {
      seen.push(...(page as { Email: string }[]).map((row) => row.Email));
    }
    const expected = officers()
      .filter((item) => item.fields.IsLiaisonOfficer === true || String(item.fields.Email).toLowerCase().startsWith('a'))
      .map((item) => String(item.fields.Email));
    expect(seen).toHaveLength(expected.length);
    expect([...seen].sort()).toEqual([...expected].sort());
    const lowered = seen.map((email) => email.toLowerCase());
    expect(lowered).toEqual([...lowered].sort());
  });

  it('answers 100 items when no $top is given, as SharePoint does', async () => {
    const rows = await sp.web.lists.getByTitle('Officers').items.select('Id')();
    expect(rows).toHaveLength(100);
  });
});

describe('the list view threshold', () => {
  it('rejects a filter on a non-indexed column of a list over 5,000 items with SharePoint\'s error', async () => {
    expect(schema.Officers.fields.find((field) => field.internalName === 'JobTitle')?.indexed).toBeFalsy();
    const error = await sharePointError(() =>
      sp.web.lists.getByTitle('Officers').items.filter("JobTitle eq 'Head of Highways'").top(10)()
    );
    expect(error).toEqual({
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.'
    });
  });

  it('accepts the same condition when the filter starts on an indexed column', async () => {
    const rows = await sp.web.lists
      .getByTitle('Officers')
      .items.select('Id', 'JobTitle')
      .filter("Service/Id eq 1 and JobTitle eq 'Head of Highways'")();
    const expected = officers().filter((item) => item.fields.Service === 1 && item.fields.JobTitle === 'Head of Highways');
    expect(rows.map((row: { Id: number }) => row.Id)).toEqual(expected.map((item) => item.Id));
  });

  it('rejects an indexed filter that still matches more than 5,000 items', async () => {
    const notLiaison = officers().filter((item) => item.fields.IsLiaisonOfficer !== true).length;
    expect(notLiaison).toBeGreaterThan(5000);
    const error = await sharePointError(() =>
      sp.web.lists.getByTitle('Officers').items.filter('IsLiaisonOfficer eq 0').top(10)()
    );
    expect(error.status).toBe(500);
    expect(error.code).toContain('SPQueryThrottledException');
  });

  it('rejects ordering a large list by a non-indexed column without a filter', async () => {
    const error = await sharePointError(() => sp.web.lists.getByTitle('Officers').items.orderBy('JobTitle').top(10)());
    expect(error.message).toBe('The attempted operation is prohibited because it exceeds the list view threshold.');
  });

  it('rejects $top over 5,000', async () => {
    const error = await sharePointError(() => sp.web.lists.getByTitle('Officers').items.top(5001)());
    expect(error.status).toBe(500);
    expect(error.code).toContain('SPQueryThrottledException');
  });
});

describe('bytes on the wire', () => {
  it('gzips a page of 5,000 slim items, and the client reads it unchanged', async () => {
    const url = `${emulator.siteUrl}/_api/web/lists/getByTitle('Officers')/items?$select=Id,Title,Email&$top=5000`;
    const headers = { Accept: 'application/json;odata=nometadata', 'Accept-Encoding': 'gzip' };
    // Node's fetch decompresses transparently, so measure the raw bytes with http.get.
    const { get } = await import('http');
    const raw = await new Promise<{ encoding: string | undefined; bytes: number }>((resolve, reject) => {
      get(url, { headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes }));
      }).on('error', reject);
    });
    const plain = await fetch(url, { headers: { Accept: headers.Accept, 'Accept-Encoding': 'identity' } });
    const body = await plain.text();
    expect(raw.encoding).toBe('gzip');
    expect(raw.bytes).toBe(gzipSync(Buffer.from(body)).length);
    expect((JSON.parse(body) as { value: unknown[] }).value).toHaveLength(5000);
    process.stdout.write(
      `[emulator] one page of 5,000 slim items (Id, Title, Email; nometadata): ${body.length} bytes, ${raw.bytes} gzipped\n`
    );
  });
});
