/**
 * @jest-environment node
 */
/**
 * Conformance: the emulator's payloads have the shapes SharePoint Online documents for each
 * column type and OData flavour. Where each expected shape comes from:
 *
 * - Envelopes: verbose `{d: {results: [...]}}` with `__metadata {id, uri, etag, type}`; JSON light
 *   (minimal/nometadata) `{value: [...]}`; errors `{error: …}` (verbose) vs `{"odata.error": …}`
 *   (JSON light) — https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 *   and https://platinumdogs.me/2014/11/07/gotcha-using-office-365-sharepoint-rest-api-and-odata-minimalmetadata/
 * - $select/$expand of lookups and people (`Ward/Title` + `$expand=Ward` → `Ward: {Id, Title}`,
 *   `Author/EMail` → person object; un-expanded lookups come back as `<Name>Id`) —
 *   https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests
 *   and https://riptutorial.com/sharepoint/example/12664/get-list-items-with-lookup-columns
 * - Up to 12 lookup columns per query — https://learn.microsoft.com/graph/api/resources/fieldvalueset
 * - Image (Thumbnail) column: a JSON-encoded *string* holding {type: "thumbnail", fileName,
 *   serverRelativeUrl, serverUrl, fieldName, id, …} — github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/2707
 *   (value shape) and github.com/microsoftgraph/microsoft-graph-docs/issues/15138 ("an escaped json string").
 * - Hyperlink: {Description, Url}, verbose type SP.FieldUrlValue; multi-choice and multi-lookup ids
 *   as arrays, verbose `{__metadata: {type: "Collection(Edm.String|Edm.Int32)"}, results}`;
 *   dates ISO 8601 UTC without fractions — working-with-lists-and-list-items-with-rest (above).
 * - contextinfo: FormDigestValue, FormDigestTimeoutSeconds, WebFullUrl —
 *   https://learn.microsoft.com/sharepoint/dev/sp-add-ins/complete-basic-operations-using-sharepoint-rest-endpoints
 */
import { HeaderParse, JSONParse } from '@pnp/queryable';
import { spPost, SPQueryable } from '@pnp/sp';
import { schema } from '../../../src/schema';
import type { ISiteData, IStoredItem, IStoredImage, IStoredUrl } from '../../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, spAs, startSampleEmulator, userWithRole } from './emulatorKit';

type JsonObject = Record<string, unknown>;

const ISO_UTC_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const NOMETADATA = 'application/json;odata=nometadata';
const VERBOSE = 'application/json;odata=verbose';

let emulator: IRunningEmulator;
let data: ISiteData;
let member: IStoredItem;
let briefingItem: IStoredItem;

const MEMBER_SELECT = [
  'Id',
  'Title',
  'Surname',
  'Biography',
  'PreferredContact',
  'AdditionalRoles',
  'IsCurrent',
  'TermStart',
  'RegisterOfInterestsUrl',
  'Photo',
  'Ward/Id',
  'Ward/Title',
  'WardId',
  'MemberAccount/Id',
  'MemberAccount/Title',
  'MemberAccount/EMail',
  'MemberAccountId'
];

function titleOf(list: keyof ISiteData['lists'], id: number): string {
  return String(data.lists[list].find((item) => item.Id === id)?.fields.Title);
}

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
      typeof item.fields.Biography === 'string'
  );
  const foundBriefing = data.lists.BriefingItems.find(
    (item) => item.moderationStatus === 0 && Array.isArray(item.fields.Wards) && item.fields.Wards.length > 1 && typeof item.fields.SortOrder === 'number'
  );
  if (!found || !foundBriefing) {
    throw new Error('The sample council lacks a fully filled member or briefing item.');
  }
  member = found;
  briefingItem = foundBriefing;
});

afterAll(() => emulator.close());

function memberQuery(accept: string) {
  return spAs(emulator, undefined, { Accept: accept })
    .web.lists.getByTitle('Members')
    .items.select(...MEMBER_SELECT)
    .expand('Ward', 'MemberAccount')
    .filter(`Id eq ${member.Id}`)
    .using(JSONParse());
}

describe('list item values in odata=nometadata', () => {
  it('shapes every column type of a member as SharePoint Online does', async () => {
    const payload = (await memberQuery(NOMETADATA)()) as { value: JsonObject[] };
    expect(Object.keys(payload)).toEqual(['value']);
    const row = payload.value[0];
    const fields = member.fields;
    const account = data.users.find((user) => user.id === fields.MemberAccount);
    const url = fields.RegisterOfInterestsUrl as IStoredUrl;
    expect(row).toEqual({
      Id: member.Id,
      Title: fields.Title,
      Surname: fields.Surname,
      Biography: fields.Biography,
      PreferredContact: fields.PreferredContact,
      AdditionalRoles: fields.AdditionalRoles,
      IsCurrent: fields.IsCurrent,
      TermStart: expect.stringMatching(ISO_UTC_SECONDS),
      RegisterOfInterestsUrl: { Description: url.Description, Url: url.Url },
      Photo: expect.any(String),
      Ward: { Id: fields.Ward, Title: titleOf('Wards', fields.Ward as number) },
      WardId: fields.Ward,
      MemberAccount: { Id: account?.id, Title: account?.title, EMail: account?.email },
      MemberAccountId: fields.MemberAccount
    });
    expect(Date.parse(row.TermStart as string)).toBe(Date.parse(fields.TermStart as string));
    const image = fields.Photo as IStoredImage;
    expect(JSON.parse(row.Photo as string)).toEqual({
      type: 'thumbnail',
      fileName: image.fileName,
      nativeFile: {},
      fieldName: 'Photo',
      serverUrl: emulator.url,
      fieldId: schema.Members.fields.find((field) => field.internalName === 'Photo')?.id,
      serverRelativeUrl: image.serverRelativeUrl,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/)
    });
  });

  it('shapes a multi-lookup as [{Id, Title}] with <Name>Id as an array, numbers and booleans as such', async () => {
    const payload = (await spAs(emulator, undefined, { Accept: NOMETADATA })
      .web.lists.getByTitle('BriefingItems')
      .items.select('Id', 'Wards/Id', 'Wards/Title', 'WardsId', 'SortOrder', 'IsConfidential', 'Category', 'Briefing/Title')
      .expand('Wards', 'Briefing')
      .filter(`Id eq ${briefingItem.Id}`)
      .using(JSONParse())()) as { value: JsonObject[] };
    const ids = briefingItem.fields.Wards as number[];
    expect(payload.value[0]).toEqual({
      Id: briefingItem.Id,
      Wards: ids.map((id) => ({ Id: id, Title: titleOf('Wards', id) })),
      WardsId: ids,
      SortOrder: briefingItem.fields.SortOrder,
      IsConfidential: briefingItem.fields.IsConfidential,
      Category: briefingItem.fields.Category,
      Briefing: { Title: titleOf('Briefings', briefingItem.fields.Briefing as number) }
    });
  });

  it('returns every column without $select, lookups and people as <Name>Id', async () => {
    const row = (await spAs(emulator, undefined, { Accept: NOMETADATA })
      .web.lists.getByTitle('Members')
      .items.getById(member.Id)
      .using(JSONParse())()) as JsonObject;
    for (const field of schema.Members.fields) {
      const names = field.type === 'Lookup' || field.type === 'LookupMulti' ? [`${field.internalName}Id`] : field.type === 'User' ? [`${field.internalName}Id`, `${field.internalName}StringId`] : [field.internalName];
      for (const name of names) {
        expect(row).toHaveProperty([name]);
      }
    }
    expect(row).toMatchObject({ Id: member.Id, ID: member.Id, AuthorId: member.AuthorId, EditorId: member.EditorId, FileSystemObjectType: 0 });
    expect(row.MemberAccountStringId).toBe(String(member.fields.MemberAccount));
    expect(row.Created).toMatch(ISO_UTC_SECONDS);
  });
});

describe('odata=verbose and minimalmetadata envelopes', () => {
  it('wraps verbose results in d.results with __metadata and typed collections', async () => {
    const payload = (await memberQuery(VERBOSE)()) as { d: { results: JsonObject[] } };
    const row = payload.d.results[0];
    expect(row.__metadata).toEqual({
      id: expect.any(String),
      uri: `${emulator.siteUrl}/_api/Web/Lists(guid'${schema.Members.id}')/Items(${member.Id})`,
      etag: `"${member.version}"`,
      type: 'SP.Data.MembersListItem'
    });
    expect(row.AdditionalRoles).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: member.fields.AdditionalRoles });
    expect(row.RegisterOfInterestsUrl).toMatchObject({ __metadata: { type: 'SP.FieldUrlValue' } });
    expect(row.Ward).toEqual({
      __metadata: { id: expect.any(String), type: 'SP.Data.WardsListItem' },
      Id: member.fields.Ward,
      Title: titleOf('Wards', member.fields.Ward as number)
    });
    expect(row.MemberAccount).toMatchObject({ __metadata: { type: 'SP.Data.UserInfoItem' } });
  });

  it('annotates minimal metadata items with odata.type, odata.id, odata.etag and odata.editLink', async () => {
    const payload = (await memberQuery('application/json;odata=minimalmetadata')()) as { 'odata.metadata': string; value: JsonObject[] };
    expect(payload['odata.metadata']).toBe(`${emulator.siteUrl}/_api/$metadata#SP.ListData.MembersListItems`);
    expect(payload.value[0]).toMatchObject({
      'odata.type': 'SP.Data.MembersListItem',
      'odata.etag': `"${member.version}"`,
      'odata.editLink': `Web/Lists(guid'${schema.Members.id}')/Items(${member.Id})`
    });
  });

  it('links the next page as odata.nextLink (JSON light) and d.__next (verbose) with a Paged=TRUE&p_ID skiptoken', async () => {
    const page = (accept: string): Promise<unknown> =>
      spAs(emulator, undefined, { Accept: accept }).web.lists.getByTitle('Wards').items.select('Id').top(3).using(JSONParse())();
    const light = (await page(NOMETADATA)) as { value: { Id: number }[]; 'odata.nextLink': string };
    const verbose = (await page(VERBOSE)) as { d: { results: unknown[]; __next: string } };
    const lastId = light.value[2].Id;
    for (const link of [light['odata.nextLink'], verbose.d.__next]) {
      const next = new URL(link);
      expect(next.origin + next.pathname).toBe(`${emulator.siteUrl}/_api/web/lists/getByTitle('Wards')/items`);
      expect(next.searchParams.get('$skiptoken')).toBe(`Paged=TRUE&p_ID=${lastId}`);
      expect(next.searchParams.get('$top')).toBe('3');
    }
    expect(verbose.d.results).toHaveLength(3);
  });

  it('sends the item ETag and a JSON content type as response headers', async () => {
    const headers = (await spAs(emulator, undefined, { Accept: NOMETADATA })
      .web.lists.getByTitle('Members')
      .items.getById(member.Id)
      .using(HeaderParse())()) as Headers;
    expect(headers.get('etag')).toBe(`"${member.version}"`);
    expect(headers.get('content-type')).toBe('application/json;odata=nometadata;streaming=true;charset=utf-8');
    expect(headers.get('last-modified')).toBe(new Date(member.Modified).toUTCString());
  });

  it('shapes errors as {"odata.error"} in JSON light and {error} in verbose', async () => {
    const fail = async (accept: string): Promise<JsonObject> => {
      try {
        await spAs(emulator, undefined, { Accept: accept }).web.lists.getByTitle('Missing').items();
      } catch (error) {
        return (await (error as { response: Response }).response.json()) as JsonObject;
      }
      throw new Error('expected a failure');
    };
    const message = { lang: 'en-US', value: `List 'Missing' does not exist at site with URL '${emulator.siteUrl}'.` };
    expect(await fail(NOMETADATA)).toEqual({ 'odata.error': { code: '-1, System.ArgumentException', message } });
    expect(await fail(VERBOSE)).toEqual({ error: { code: '-1, System.ArgumentException', message } });
  });
});

describe('web, list and context information', () => {
  it('answers contextinfo with a form digest and its lifetime', async () => {
    const sp = spAs(emulator);
    const info = (await spPost(SPQueryable([sp.web, `${emulator.siteUrl}/_api/contextinfo`]).using(JSONParse()))) as JsonObject;
    expect(info).toMatchObject({ FormDigestTimeoutSeconds: 1800, WebFullUrl: emulator.siteUrl });
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]{128},/);
  });

  it('describes a list with Id, Title, ItemCount, LastItemModifiedDate and EnableModeration', async () => {
    const list = (await spAs(emulator, userWithRole(data, 'reader')).web.lists.getByTitle('BriefingItems')()) as JsonObject;
    expect(list).toMatchObject({
      Id: schema.BriefingItems.id,
      Title: 'BriefingItems',
      ItemCount: data.lists.BriefingItems.length,
      EnableModeration: true,
      ListItemEntityTypeFullName: 'SP.Data.BriefingItemsListItem'
    });
    expect(list.LastItemModifiedDate).toMatch(ISO_UTC_SECONDS);
  });

  it('describes the web', async () => {
    const web = (await spAs(emulator).web.select('Title', 'ServerRelativeUrl', 'Url')()) as JsonObject;
    expect(web).toMatchObject({ Title: data.siteTitle, ServerRelativeUrl: data.serverRelativeUrl, Url: emulator.siteUrl });
  });
});
