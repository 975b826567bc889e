/**
 * @jest-environment node
 */
/**
 * Writes through real PnPjs v4: create, update with ETags (412 on a stale one), $batch with
 * changesets, permissions by role, content approval (drafts hidden from readers) and persistence.
 */
import { mkdtempSync, rmdirSync, unlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ModerationStatus } from '../../../tools/emulator/siteData';
import type { ISiteData } from '../../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, sharePointError, spAs, startSampleEmulator, userWithRole } from './emulatorKit';

let emulator: IRunningEmulator;
let data: ISiteData;

beforeAll(async () => {
  data = sampleCouncil();
  emulator = await startSampleEmulator({ data });
});

afterAll(() => emulator.close());

interface IWardRow {
  Id: number;
  Title: string;
  WardCode: string;
  'odata.etag': string;
}

describe('create and update with ETags', () => {
  it('creates an item and returns it in SharePoint\'s shape with ETag "1"', async () => {
    const sp = spAs(emulator, userWithRole(data, 'editor'));
    const created = (await sp.web.lists.getByTitle('Wards').items.add({ Title: 'Harbourside', WardCode: 'E05999001' })) as IWardRow;
    expect(created.Title).toBe('Harbourside');
    expect(created.WardCode).toBe('E05999001');
    expect(created['odata.etag']).toBe('"1"');
    expect(created.Id).toBe(Math.max(...data.lists.Wards.map((ward) => ward.Id)) + 1);
    const read = (await sp.web.lists.getByTitle('Wards').items.getById(created.Id).select('Title', 'WardCode')()) as IWardRow;
    expect(read).toMatchObject({ Title: 'Harbourside', WardCode: 'E05999001' });
  });

  it('answers 412 to a stale ETag and accepts the current one', async () => {
    const sp = spAs(emulator, userWithRole(data, 'editor'));
    const item = sp.web.lists.getByTitle('Wards').items.getById(1);
    const before = (await item.select('Id', 'District')()) as IWardRow;
    const firstETag = before['odata.etag'];

    const updated = await item.update({ District: 'North' }, firstETag);
    expect(updated.etag).not.toBe(firstETag);

    const conflict = await sharePointError(() => item.update({ District: 'South' }, firstETag));
    expect(conflict.status).toBe(412);
    expect(conflict.code).toBe('-1, Microsoft.SharePoint.Client.ClientServiceException');
    expect(conflict.message).toBe(`The request ETag value '${firstETag}' does not match the object's ETag value '${updated.etag}'.`);

    await item.update({ District: 'East' }, updated.etag);
    await item.update({ District: 'West' }); // PnPjs default IF-Match: * matches any version
    const after = (await item.select('District')()) as { District: string; 'odata.etag': string };
    expect(after.District).toBe('West');
    const firstVersion = Number(firstETag.replace(/"/g, ''));
    expect(after['odata.etag']).toBe(`"${firstVersion + 3}"`);
  });
});

describe('deleting and paging', () => {
  it('deletes an item with its ETag, and a sorted paging run resumes after a deleted anchor without repeats', async () => {
    const sp = spAs(emulator, userWithRole(data, 'owner'));
    const items = sp.web.lists.getByTitle('Committees').items.select('Id', 'Title').orderBy('Title').top(5);
    const iterator = items[Symbol.asyncIterator]();
    const first = (await iterator.next()).value as { Id: number; Title: string }[];
    const anchor = first[first.length - 1];
    const etag = ((await sp.web.lists.getByTitle('Committees').items.getById(anchor.Id).select('Id')()) as IWardRow)['odata.etag'];
    await sp.web.lists.getByTitle('Committees').items.getById(anchor.Id).delete(etag);
    const gone = await sharePointError(() => sp.web.lists.getByTitle('Committees').items.getById(anchor.Id)());
    expect(gone.status).toBe(404);

    const rest: { Id: number; Title: string }[] = [];
    for (let page = await iterator.next(); !page.done; page = await iterator.next()) {
      rest.push(...(page.value as { Id: number; Title: string }[]));
    }
    const seen = [...first, ...rest].map((row) => row.Id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(data.lists.Committees.length);
    const titles = rest.map((row) => row.Title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    expect(titles[0] >= anchor.Title.toLowerCase()).toBe(true);
  });
});

describe('$batch', () => {
  it('runs reads and a changeset of writes in one request, each resolving its own promise', async () => {
    const sp = spAs(emulator, userWithRole(data, 'editor'));
    const [batched, execute] = sp.batched();
    const wards = batched.web.lists.getByTitle('Wards');
    let firstWards: { Id: number; Title: string }[] = [];
    let created: IWardRow | undefined;
    let updateETag: string | undefined;
    let missing: unknown;
    wards.items.select('Id', 'Title').top(3)().then((rows) => (firstWards = rows));
    wards.items.add({ Title: 'Batch Ward', WardCode: 'E05999002' }).then((row) => (created = row as IWardRow));
    wards.items.getById(2).update({ District: 'Batched' }).then((result) => (updateETag = result.etag));
    batched.web.lists.getByTitle('No Such List').items().catch((error: unknown) => (missing = error));
    const before = emulator.stats();
    await execute();
    const after = emulator.stats();

    expect(after.batchRequests - before.batchRequests).toBe(1);
    expect(after.apiRequests - before.apiRequests).toBe(1);
    expect(firstWards.map((ward) => ward.Id)).toEqual([1, 2, 3]);
    expect(created?.Title).toBe('Batch Ward');
    expect(updateETag).toMatch(/^"\d+"$/);
    expect(String(missing)).toContain("List 'No Such List' does not exist at site with URL");
    const ward2 = (await sp.web.lists.getByTitle('Wards').items.getById(2).select('District')()) as { District: string };
    expect(ward2.District).toBe('Batched');
  });
});

describe('who is asking', () => {
  it('refuses a reader\'s write with SharePoint\'s access denied error', async () => {
    const sp = spAs(emulator, userWithRole(data, 'reader'));
    const error = await sharePointError(() => sp.web.lists.getByTitle('Wards').items.add({ Title: 'Nope' }));
    expect(error).toEqual({
      status: 403,
      code: '-2147024891, System.UnauthorizedAccessException',
      message: 'Access denied. You do not have permission to perform this action or access this resource.'
    });
  });

  it('reports the signed-in user chosen by header or cookie', async () => {
    const editor = userWithRole(data, 'editor');
    const me = (await spAs(emulator, editor).web.currentUser()) as { Id: number; Email: string; LoginName: string };
    expect(me).toMatchObject({ Id: editor.id, Email: editor.email, LoginName: editor.loginName });
    const reader = userWithRole(data, 'reader');
    const byCookie = (await spAs(emulator, undefined, { Cookie: `emulator-user=${reader.id}` }).web.currentUser()) as { Id: number };
    expect(byCookie.Id).toBe(reader.id);
    const byEmail = (await spAs(emulator).web.siteUsers.getByEmail(reader.email.toUpperCase())()) as { Id: number };
    expect(byEmail.Id).toBe(reader.id);
    const unknown = await sharePointError(() => spAs(emulator).web.siteUsers.getByEmail('nobody@council.example')());
    expect(unknown).toMatchObject({ status: 404, message: 'User cannot be found.' });
  });

  it('hides drafts and pending items of a list with content approval from readers only', async () => {
    const unapproved = data.lists.BriefingItems.filter((item) => item.moderationStatus !== ModerationStatus.Approved);
    expect(unapproved.length).toBeGreaterThan(0);
    const query = (role: 'reader' | 'editor'): Promise<{ Id: number }[]> =>
      spAs(emulator, userWithRole(data, role)).web.lists.getByTitle('BriefingItems').items.select('Id').top(5000)();
    const readerIds = new Set((await query('reader')).map((row) => row.Id));
    const editorIds = new Set((await query('editor')).map((row) => row.Id));
    expect(editorIds.size).toBe(data.lists.BriefingItems.length);
    expect(readerIds.size).toBe(data.lists.BriefingItems.length - unapproved.length);
    for (const item of unapproved) {
      expect(readerIds.has(item.Id)).toBe(false);
      expect(editorIds.has(item.Id)).toBe(true);
    }
    const draft = unapproved[0];
    const hidden = await sharePointError(() =>
      spAs(emulator, userWithRole(data, 'reader')).web.lists.getByTitle('BriefingItems').items.getById(draft.Id)()
    );
    expect(hidden.status).toBe(404);
  });

  it('sends an editor\'s edit of an approved item back to pending, out of readers\' sight', async () => {
    const approved = data.lists.BriefingItems.find((item) => item.moderationStatus === ModerationStatus.Approved);
    if (!approved) {
      throw new Error('No approved briefing item in the sample.');
    }
    const editor = spAs(emulator, userWithRole(data, 'editor'));
    await editor.web.lists.getByTitle('BriefingItems').items.getById(approved.Id).update({ Title: 'Edited headline' });
    const row = (await editor.web.lists.getByTitle('BriefingItems').items.getById(approved.Id).select('OData__ModerationStatus')()) as {
      OData__ModerationStatus: number;
    };
    expect(row.OData__ModerationStatus).toBe(ModerationStatus.Pending);
    const reader = spAs(emulator, userWithRole(data, 'reader'));
    const error = await sharePointError(() => reader.web.lists.getByTitle('BriefingItems').items.getById(approved.Id)());
    expect(error.status).toBe(404);
  });
});

describe('persistence', () => {
  it('keeps edits across a restart when a persist file is given', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'emulator-'));
    const persistPath = join(folder, 'site.json');
    try {
      const first = await startSampleEmulator({ data, persistPath });
      await spAs(first, userWithRole(data, 'owner')).web.lists.getByTitle('Parties').items.getById(1).update({ ShortName: 'Persisted' });
      await first.close();
      const second = await startSampleEmulator({ data, persistPath });
      const row = (await spAs(second).web.lists.getByTitle('Parties').items.getById(1).select('ShortName')()) as { ShortName: string };
      await second.close();
      expect(row.ShortName).toBe('Persisted');
      expect(data.lists.Parties[0].fields.ShortName).not.toBe('Persisted');
    } finally {
      unlinkSync(persistPath);
      rmdirSync(folder);
    }
  });
});
