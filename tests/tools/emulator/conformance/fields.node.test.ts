/**
 * @jest-environment node
 */
/**
 * List fields through PnPjs's documented calls (https://pnp.github.io/pnpjs/sp/fields/):
 * `list.fields.filter(…).select(…)()`, `fields.getByInternalNameOrTitle(…)`, `getByTitle`, `getById`,
 * and each field type's own SP.Field properties (Fields REST API reference,
 * https://learn.microsoft.com/previous-versions/office/developer/sharepoint-rest-reference/dn600182(v=office.15)).
 */
import { schema } from '../../../../src/schema';
import { sharePointError, startSampleEmulator } from '../emulatorKit';
import type { IRunningEmulator } from '../emulatorKit';
import { entityOf, Format, FORMATS, JsonObject, propertiesOf, rowsOf, spIn, stringsIn, valuesOf } from './conformanceKit';

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startSampleEmulator();
});

afterAll(() => emulator.close());

const members = schema.Members;
const fieldId = (list: typeof members, name: string): string => list.fields.find((field) => field.internalName === name)?.id ?? '';

async function field(format: Format, list: string, name: string): Promise<JsonObject> {
  const payload = await spIn(emulator, format).web.lists.getByTitle(list).fields.getByInternalNameOrTitle(name)();
  return entityOf(payload, format);
}

describe.each(FORMATS)('list fields collection [%s]', (format) => {
  it(`fields.filter("Hidden eq false").select("Title","InternalName") [${format}]`, async () => {
    const payload = await spIn(emulator, format).web.lists.getByTitle('Members').fields.filter('Hidden eq false').select('Title', 'InternalName')();
    const rows = rowsOf(payload, format).map((row) => propertiesOf(row, format, String((row.__metadata as JsonObject | undefined)?.type ?? row['odata.type'] ?? '')));
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['InternalName', 'Title']);
    const names = rows.map((row) => row.InternalName);
    expect(names).toEqual(expect.arrayContaining(['Title', 'ID', 'Created', 'Modified', 'Author', 'Editor', ...members.fields.map((f) => f.internalName), 'PartyColour']));
    expect(names).not.toContain('GUID');
    expect(names).not.toContain('ContentTypeId');
    expect(rows.find((row) => row.InternalName === 'Title')?.Title).toBe(members.titleDisplayName);
  });

  it(`fields.filter("Hidden eq false and ReadOnlyField eq false") gives the editable columns [${format}]`, async () => {
    const payload = await spIn(emulator, format).web.lists.getByTitle('Members').fields.select('InternalName').filter('Hidden eq false and ReadOnlyField eq false')();
    const names = rowsOf(payload, format).map((row) => row.InternalName);
    // The PnPjs docs' example: "Title, ...Custom, ContentType, Attachments".
    expect([...names].sort()).toEqual(['Title', ...members.fields.map((f) => f.internalName), 'ContentType', 'Attachments'].sort());
  });

  it(`fields filtered on Indexed, TypeAsString and InternalName, ordered by Title [${format}]`, async () => {
    const fields = spIn(emulator, format).web.lists.getByTitle('Members').fields;
    const indexed = rowsOf(await fields.filter('Indexed eq true').select('InternalName')(), format).map((row) => row.InternalName);
    expect([...indexed].sort()).toEqual(members.fields.filter((f) => f.indexed).map((f) => f.internalName).sort());
    const lookups = rowsOf(await fields.filter("TypeAsString eq 'Lookup' and ReadOnlyField eq false").select('InternalName', 'LookupList')(), format);
    expect(lookups.map((row) => row.InternalName).sort()).toEqual(members.fields.filter((f) => f.type === 'Lookup').map((f) => f.internalName).sort());
    expect(lookups.find((row) => row.InternalName === 'Ward')?.LookupList).toBe(`{${schema.Wards.id}}`);
    const ordered = rowsOf(await fields.filter("startswith(InternalName,'Term')").select('Title').orderBy('Title', false)(), format).map((row) => row.Title);
    expect(ordered).toEqual(['Term of office starts', 'Term of office ends']);
  });

  it(`fields.getById (braced or not), getByTitle [${format}]`, async () => {
    const fields = spIn(emulator, format).web.lists.getByTitle('Members').fields;
    const byId = entityOf(await fields.getById(`{${fieldId(members, 'Ward')}}`).select('InternalName')(), format);
    expect(byId.InternalName).toBe('Ward');
    const byTitle = entityOf(await fields.getByTitle('Political party').select('InternalName', 'Id')(), format);
    expect(byTitle).toMatchObject({ InternalName: 'Party', Id: fieldId(members, 'Party') });
  });
});

describe.each(FORMATS)('each field type in SharePoint Online shapes [%s]', (format) => {
  it(`Text (SP.FieldText): MaxLength, Required, FieldTypeKind 2 [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'Surname'), format, 'SP.FieldText');
    expect(row).toMatchObject({
      Id: fieldId(members, 'Surname'),
      InternalName: 'Surname',
      StaticName: 'Surname',
      EntityPropertyName: 'Surname',
      Title: 'Surname',
      TypeAsString: 'Text',
      FieldTypeKind: 2,
      MaxLength: 100,
      Required: true,
      Hidden: false,
      ReadOnlyField: false,
      Indexed: false,
      Description: '',
      DefaultValue: null
    });
    expect(String(row.SchemaXml)).toMatch(/^<Field [^>]*Name="Surname"/);
  });

  it(`Title: the list's display name and MaxLength 255 [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'Title'), format, 'SP.FieldText');
    expect(row).toMatchObject({ InternalName: 'Title', Title: members.titleDisplayName, MaxLength: 255, Required: true, FromBaseType: true, CanBeDeleted: false });
  });

  it(`Note (SP.FieldMultiLineText): RichText, NumberOfLines [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'Biography'), format, 'SP.FieldMultiLineText');
    expect(row).toMatchObject({ TypeAsString: 'Note', FieldTypeKind: 3, RichText: true, NumberOfLines: 12, AppendOnly: false });
  });

  it(`Number (SP.FieldNumber): MinimumValue/MaximumValue default to the double range [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'BriefingItems', 'SortOrder'), format, 'SP.FieldNumber');
    expect(row).toMatchObject({ TypeAsString: 'Number', FieldTypeKind: 9, MinimumValue: -Number.MAX_VALUE, MaximumValue: Number.MAX_VALUE });
  });

  it(`Boolean (SP.Field): DefaultValue "1"/"0" [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'IsCurrent'), format, 'SP.Field');
    expect(row).toMatchObject({ TypeAsString: 'Boolean', FieldTypeKind: 8, DefaultValue: '1', Indexed: true });
  });

  it(`DateTime (SP.FieldDateTime): DisplayFormat 0 for date only [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'TermStart'), format, 'SP.FieldDateTime');
    expect(row).toMatchObject({ TypeAsString: 'DateTime', FieldTypeKind: 4, DisplayFormat: 0, DateTimeCalendarType: 1 });
  });

  it(`Choice (SP.FieldChoice): Choices as ${format === 'verbose' ? '{results}' : 'an array'}, DefaultValue, FillInChoice [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'PreferredContact'), format, 'SP.FieldChoice');
    const choices = (members.fields.find((f) => f.internalName === 'PreferredContact') as { choices: readonly string[] }).choices;
    expect(row).toMatchObject({ TypeAsString: 'Choice', FieldTypeKind: 6, DefaultValue: 'Email', FillInChoice: false, EditFormat: 0 });
    expect(row.Choices).toEqual(stringsIn(format, choices));
  });

  it(`MultiChoice (SP.FieldMultiChoice): Choices, FillInChoice [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'AdditionalRoles'), format, 'SP.FieldMultiChoice');
    expect(row).toMatchObject({ TypeAsString: 'MultiChoice', FieldTypeKind: 15, FillInChoice: true });
    expect(valuesOf(row.Choices)).toContain('Leader of the Council');
  });

  it(`Lookup (SP.FieldLookup): LookupList is the target list's GUID in braces, LookupField, dependent columns [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'Party'), format, 'SP.FieldLookup');
    expect(row).toMatchObject({
      TypeAsString: 'Lookup',
      FieldTypeKind: 7,
      AllowMultipleValues: false,
      LookupList: `{${schema.Parties.id}}`,
      LookupField: 'Title',
      IsDependentLookup: false,
      PrimaryFieldId: null
    });
    expect(valuesOf(row.DependentLookupInternalNames)).toEqual(['PartyColour']);
  });

  it(`multi-Lookup (SP.FieldLookup, LookupMulti): AllowMultipleValues true [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'BriefingItems', 'Wards'), format, 'SP.FieldLookup');
    expect(row).toMatchObject({ TypeAsString: 'LookupMulti', FieldTypeKind: 7, AllowMultipleValues: true, LookupList: `{${schema.Wards.id}}` });
  });

  it(`dependent Lookup: read-only, IsDependentLookup, PrimaryFieldId the lookup's id [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'PartyColour'), format, 'SP.FieldLookup');
    expect(row).toMatchObject({ ReadOnlyField: true, IsDependentLookup: true, PrimaryFieldId: fieldId(members, 'Party'), LookupField: 'Colour' });
  });

  it(`User (SP.FieldUser): SelectionMode, AllowMultipleValues false, FieldTypeKind 20 [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'MemberAccount'), format, 'SP.FieldUser');
    expect(row).toMatchObject({ TypeAsString: 'User', FieldTypeKind: 20, AllowMultipleValues: false, SelectionMode: 0, Indexed: true });
  });

  it(`URL (SP.FieldUrl): DisplayFormat 0 (hyperlink) [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'RegisterOfInterestsUrl'), format, 'SP.FieldUrl');
    expect(row).toMatchObject({ TypeAsString: 'URL', FieldTypeKind: 11, DisplayFormat: 0 });
  });

  it(`Image (Thumbnail): FieldTypeKind 34 [${format}]`, async () => {
    const row = propertiesOf(await field(format, 'Members', 'Photo'), format, 'SP.FieldThumbnail');
    expect(row).toMatchObject({ TypeAsString: 'Thumbnail', FieldTypeKind: 34, Filterable: false });
  });

  it(`built-in ID (Counter), Created (DateTime), Author (User), GUID (hidden Guid), Attachments [${format}]`, async () => {
    expect(propertiesOf(await field(format, 'Members', 'ID'), format, 'SP.Field')).toMatchObject({ TypeAsString: 'Counter', FieldTypeKind: 5, ReadOnlyField: true });
    expect(propertiesOf(await field(format, 'Members', 'Created'), format, 'SP.FieldDateTime')).toMatchObject({ FieldTypeKind: 4, ReadOnlyField: true });
    expect(propertiesOf(await field(format, 'Members', 'Created By'), format, 'SP.FieldUser')).toMatchObject({ InternalName: 'Author', FieldTypeKind: 20 });
    expect(propertiesOf(await field(format, 'Members', 'GUID'), format, 'SP.FieldGuid')).toMatchObject({ FieldTypeKind: 14, Hidden: true });
    expect(propertiesOf(await field(format, 'Members', 'Attachments'), format, 'SP.Field')).toMatchObject({ FieldTypeKind: 19, ReadOnlyField: false });
  });
});

describe('field errors', () => {
  it('answers an unknown field with SharePoint\'s "Column … does not exist" ArgumentException', async () => {
    const error = await sharePointError(() => spIn(emulator, 'nometadata').web.lists.getByTitle('Members').fields.getByInternalNameOrTitle('NoSuchColumn')());
    expect(error).toEqual({
      status: 400,
      code: '-2147024809, System.ArgumentException',
      message: "Column 'NoSuchColumn' does not exist. It may have been deleted by another user.  /sites/council/Lists/Members"
    });
  });

  it('refuses a $select of a property SP.Field does not have, and $filter on a subtype property', async () => {
    const fields = spIn(emulator, 'nometadata').web.lists.getByTitle('Members').fields;
    expect(await sharePointError(() => fields.select('Title', 'Colour')())).toMatchObject({
      status: 400,
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: expect.stringContaining("The property 'Colour' does not exist on type 'SP.Field'")
    });
    expect(await sharePointError(() => fields.filter('AllowMultipleValues eq true')())).toMatchObject({ status: 400 });
  });

  it('refuses query options the endpoint does not implement ($expand, $inlinecount) instead of ignoring them', async () => {
    const fields = spIn(emulator, 'nometadata').web.lists.getByTitle('Members').fields;
    expect(await sharePointError(() => fields.expand('Author')())).toMatchObject({ status: 400, message: expect.stringContaining("'$expand'") });
  });

  it('says the emulator does not implement field writes (fields.addText) rather than pretending', async () => {
    const error = await sharePointError(() => spIn(emulator, 'nometadata').web.lists.getByTitle('Members').fields.addText('My Field', { MaxLength: 255 }));
    expect(error).toMatchObject({ status: 501, message: expect.stringContaining('does not implement HTTP POST on SP.FieldCollection') });
  });
});
