/**
 * @jest-environment node
 */
/**
 * A lookup whose target item was deleted (a ward, a committee, a contact officer): SharePoint keeps
 * the stored id (`<Name>Id`) but its join finds no row, so every expanded property — Id, Title and
 * projected fields — comes back null. The emulator must answer the same, so the product's fallbacks
 * ("no ward recorded", no contact officer) are exercised offline.
 */
import { InjectHeaders } from '@pnp/queryable';
import type { ISiteData, IStoredItem } from '../../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, spAs, startSampleEmulator, userWithRole } from './emulatorKit';

type JsonObject = Record<string, unknown>;

let emulator: IRunningEmulator;
let data: ISiteData;
let briefingItem: IStoredItem;
let officerId: number;
let member: IStoredItem;
let wardId: number;

beforeAll(async () => {
  // A copy: the shared sample council stays as generated for the other tests.
  data = JSON.parse(JSON.stringify(sampleCouncil())) as ISiteData;
  const found = data.lists.BriefingItems.find((item) => typeof item.fields.ContactOfficer === 'number');
  const withWard = data.lists.Members.find((item) => typeof item.fields.Ward === 'number');
  if (!found || !withWard) throw new Error('The sample council has no briefing item with a contact officer, or no member with a ward.');
  briefingItem = found;
  officerId = found.fields.ContactOfficer as number;
  member = withWard;
  wardId = withWard.fields.Ward as number;
  emulator = await startSampleEmulator({ data });
});

afterAll(async () => {
  await emulator?.close();
});

function sp(accept = 'application/json;odata=nometadata'): ReturnType<typeof spAs> {
  return spAs(emulator, userWithRole(data, 'owner')).using(InjectHeaders({ Accept: accept }));
}

async function readContactOfficer(accept?: string): Promise<JsonObject> {
  const [item] = (await sp(accept)
    .web.lists.getByTitle('BriefingItems')
    .items.select('Id', 'ContactOfficerId', 'ContactOfficer/Id', 'ContactOfficer/Title', 'ContactOfficer/Email')
    .expand('ContactOfficer')
    .filter(`Id eq ${briefingItem.Id}`)()) as JsonObject[];
  return item;
}

describe('a lookup to a deleted item', () => {
  it('before the delete: the expanded lookup carries the target', async () => {
    const item = await readContactOfficer();
    expect(item.ContactOfficerId).toBe(officerId);
    expect((item.ContactOfficer as JsonObject).Id).toBe(officerId);
    expect(typeof (item.ContactOfficer as JsonObject).Title).toBe('string');
  });

  it('after the officer is deleted: the stored id stays, every expanded and projected property is null', async () => {
    await sp().web.lists.getByTitle('Officers').items.getById(officerId).delete();
    const item = await readContactOfficer();
    expect(item.ContactOfficerId).toBe(officerId);
    expect(item.ContactOfficer).toEqual({ Id: null, Title: null, Email: null });
  });

  it('verbose OData: the same nulls inside the entity', async () => {
    const item = await readContactOfficer('application/json;odata=verbose');
    const expanded = item.ContactOfficer as JsonObject;
    expect([expanded.Id, expanded.Title, expanded.Email]).toEqual([null, null, null]);
  });

  it('a deleted ward: the member keeps WardId, Ward/Id and Ward/Title are null', async () => {
    await sp().web.lists.getByTitle('Wards').items.getById(wardId).delete();
    const [row] = (await sp()
      .web.lists.getByTitle('Members')
      .items.select('Id', 'WardId', 'Ward/Id', 'Ward/Title')
      .expand('Ward')
      .filter(`Id eq ${member.Id}`)()) as JsonObject[];
    expect(row.WardId).toBe(wardId);
    expect(row.Ward).toEqual({ Id: null, Title: null });
  });

  it('a lookup to an item that still exists is untouched', async () => {
    const other = data.lists.Members.find((item) => typeof item.fields.Ward === 'number' && item.fields.Ward !== wardId);
    if (!other) throw new Error('No member in another ward.');
    const ward = data.lists.Wards.find((item) => item.Id === other.fields.Ward);
    const [row] = (await sp()
      .web.lists.getByTitle('Members')
      .items.select('Id', 'Ward/Id', 'Ward/Title')
      .expand('Ward')
      .filter(`Id eq ${other.Id}`)()) as JsonObject[];
    expect(row.Ward).toEqual({ Id: other.fields.Ward, Title: ward?.fields.Title });
  });
});
