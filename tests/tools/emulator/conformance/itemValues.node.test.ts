/**
 * @jest-environment node
 */
/**
 * Item values of every field type the lists have, as SharePoint Online serialises them in each
 * flavour, read through PnPjs's documented item calls (https://pnp.github.io/pnpjs/sp/items/):
 * `list.items.getById(id).select(…).expand(…)()` and `list.items.select(…).filter(…)()`.
 * Shapes: "Working with lists and list items with REST" and "Use OData query operations in
 * SharePoint REST requests" (learn.microsoft.com/sharepoint/dev/sp-add-ins/…); the Image column's
 * JSON string per microsoftgraph/microsoft-graph-docs-contrib#2707.
 */
import { schema } from '../../../../src/schema';
import type { ISiteData, IStoredImage, IStoredItem, IStoredUrl } from '../../../../tools/emulator/siteData';
import { sampleCouncil, startSampleEmulator } from '../emulatorKit';
import type { IRunningEmulator } from '../emulatorKit';
import { entityOf, Format, FORMATS, JsonObject, propertiesOf, rowsOf, spIn, stringsIn } from './conformanceKit';

const ISO_UTC_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let emulator: IRunningEmulator;
let data: ISiteData;
let member: IStoredItem;
let briefingItem: IStoredItem;

beforeAll(async () => {
  data = sampleCouncil();
  emulator = await startSampleEmulator({ data });
  const found = data.lists.Members.find(
    (item) =>
      item.fields.Photo &&
      item.fields.RegisterOfInterestsUrl &&
      Array.isArray(item.fields.AdditionalRoles) &&
      item.fields.AdditionalRoles.length > 0 &&
      typeof item.fields.MemberAccount === 'number' &&
      typeof item.fields.Biography === 'string' &&
      typeof item.fields.TermStart === 'string'
  );
  const foundBriefing = data.lists.BriefingItems.find(
    (item) => item.moderationStatus === 0 && Array.isArray(item.fields.Wards) && item.fields.Wards.length > 1 && typeof item.fields.SortOrder === 'number'
  );
  if (!found || !foundBriefing) throw new Error('The sample council lacks a fully filled member or briefing item.');
  member = found;
  briefingItem = foundBriefing;
});

afterAll(() => emulator.close());

async function memberValues(format: Format, select: string[], expand: string[] = []): Promise<JsonObject> {
  const item = spIn(emulator, format).web.lists.getByTitle('Members').items.getById(member.Id).select(...select);
  const payload = await (expand.length > 0 ? item.expand(...expand) : item)();
  return propertiesOf(entityOf(payload, format), format, 'SP.Data.MembersListItem');
}

async function briefingValues(format: Format, select: string[], expand: string[] = []): Promise<JsonObject> {
  const items = spIn(emulator, format).web.lists.getByTitle('BriefingItems').items.select(...select).filter(`Id eq ${briefingItem.Id}`);
  const rows = rowsOf(await (expand.length > 0 ? items.expand(...expand) : items)(), format);
  expect(rows).toHaveLength(1);
  return propertiesOf(rows[0], format, 'SP.Data.BriefingItemsListItem');
}

function titleOf(list: keyof ISiteData['lists'], id: number): string {
  return String(data.lists[list].find((item) => item.Id === id)?.fields.Title);
}

/** An expanded lookup or person: its metadata per flavour, then the selected properties. */
function expanded(format: Format, type: string, properties: JsonObject): JsonObject {
  if (format === 'verbose') return { __metadata: { id: expect.any(String), type }, ...properties };
  if (format === 'minimalmetadata') return { 'odata.type': type, 'odata.id': expect.any(String), ...properties };
  return properties;
}

describe.each(FORMATS)('item values [%s]', (format) => {
  it(`Text and Choice: strings [${format}]`, async () => {
    expect(await memberValues(format, ['Surname', 'PreferredContact'])).toEqual({ Surname: member.fields.Surname, PreferredContact: member.fields.PreferredContact });
  });

  it(`Note: the stored text or HTML as a string [${format}]`, async () => {
    expect(await memberValues(format, ['Biography'])).toEqual({ Biography: member.fields.Biography });
  });

  it(`Number: a JSON number [${format}]`, async () => {
    expect(await briefingValues(format, ['SortOrder'])).toEqual({ SortOrder: briefingItem.fields.SortOrder });
  });

  it(`Boolean: true/false [${format}]`, async () => {
    expect(await memberValues(format, ['IsCurrent'])).toEqual({ IsCurrent: member.fields.IsCurrent });
  });

  it(`DateTime: ISO 8601 UTC without fractions [${format}]`, async () => {
    const row = await memberValues(format, ['TermStart']);
    expect(row.TermStart).toMatch(ISO_UTC_SECONDS);
    expect(Date.parse(String(row.TermStart))).toBe(Date.parse(String(member.fields.TermStart)));
  });

  it(`MultiChoice: ${format === 'verbose' ? 'Collection(Edm.String) {results}' : 'an array of strings'} [${format}]`, async () => {
    const row = await memberValues(format, ['AdditionalRoles']);
    expect(row.AdditionalRoles).toEqual(stringsIn(format, member.fields.AdditionalRoles as string[]));
  });

  it(`Lookup: {Id, Title} when expanded, <Name>Id otherwise [${format}]`, async () => {
    const ward = member.fields.Ward as number;
    const row = await memberValues(format, ['Ward/Id', 'Ward/Title', 'WardId'], ['Ward']);
    expect(row).toEqual({ Ward: expanded(format, 'SP.Data.WardsListItem', { Id: ward, Title: titleOf('Wards', ward) }), WardId: ward });
  });

  it(`multi-Lookup: [{Id, Title}] and <Name>Id as ${format === 'verbose' ? 'Collection(Edm.Int32)' : 'an array'} [${format}]`, async () => {
    const ids = briefingItem.fields.Wards as number[];
    const row = await briefingValues(format, ['Wards/Id', 'Wards/Title', 'WardsId'], ['Wards']);
    const wards = ids.map((id) => expanded(format, 'SP.Data.WardsListItem', { Id: id, Title: titleOf('Wards', id) }));
    expect(row.Wards).toEqual(format === 'verbose' ? { results: wards } : wards);
    expect(row.WardsId).toEqual(format === 'verbose' ? { __metadata: { type: 'Collection(Edm.Int32)' }, results: ids } : ids);
  });

  it(`User: {Id, Title, EMail} when expanded, <Name>Id otherwise [${format}]`, async () => {
    const account = data.users.find((user) => user.id === member.fields.MemberAccount);
    const row = await memberValues(format, ['MemberAccount/Id', 'MemberAccount/Title', 'MemberAccount/EMail', 'MemberAccountId'], ['MemberAccount']);
    expect(row).toEqual({
      MemberAccount: expanded(format, 'SP.Data.UserInfoItem', { Id: account?.id, Title: account?.title, EMail: account?.email }),
      MemberAccountId: account?.id
    });
  });

  it(`URL: {Description, Url}${format === 'verbose' ? ' typed SP.FieldUrlValue' : ''} [${format}]`, async () => {
    const url = member.fields.RegisterOfInterestsUrl as IStoredUrl;
    const row = await memberValues(format, ['RegisterOfInterestsUrl']);
    const value = { Description: url.Description, Url: url.Url };
    expect(row.RegisterOfInterestsUrl).toEqual(format === 'verbose' ? { __metadata: { type: 'SP.FieldUrlValue' }, ...value } : value);
  });

  it(`Image (Thumbnail): a JSON-encoded string [${format}]`, async () => {
    const image = member.fields.Photo as IStoredImage;
    const row = await memberValues(format, ['Photo']);
    expect(typeof row.Photo).toBe('string');
    expect(JSON.parse(String(row.Photo))).toMatchObject({
      type: 'thumbnail',
      fileName: image.fileName,
      fieldName: 'Photo',
      serverUrl: emulator.url,
      serverRelativeUrl: image.serverRelativeUrl,
      fieldId: schema.Members.fields.find((field) => field.internalName === 'Photo')?.id
    });
  });

  it(`Counter (Id, ID), GUID, Created, Modified, version, content type and attachments [${format}]`, async () => {
    const row = await memberValues(format, ['Id', 'ID', 'GUID', 'Created', 'Modified', 'OData__UIVersionString', 'ContentTypeId', 'Attachments']);
    expect(row).toEqual({
      Id: member.Id,
      ID: member.Id,
      GUID: expect.stringMatching(GUID),
      Created: expect.stringMatching(ISO_UTC_SECONDS),
      Modified: expect.stringMatching(ISO_UTC_SECONDS),
      OData__UIVersionString: `${member.version}.0`,
      ContentTypeId: expect.stringMatching(/^0x0100[0-9A-F]{32}00[0-9A-F]{32}$/),
      Attachments: false
    });
    expect(Date.parse(String(row.Created))).toBe(Date.parse(member.Created));
  });

  it(`Author and Editor: people, expanded or as AuthorId/EditorId [${format}]`, async () => {
    const author = data.users.find((user) => user.id === member.AuthorId);
    const row = await memberValues(format, ['Author/Title', 'Author/EMail', 'AuthorId', 'EditorId'], ['Author']);
    expect(row).toEqual({
      Author: expanded(format, 'SP.Data.UserInfoItem', { Title: author?.title, EMail: author?.email }),
      AuthorId: member.AuthorId,
      EditorId: member.EditorId
    });
  });
});
