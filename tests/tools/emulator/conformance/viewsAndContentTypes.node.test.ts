/**
 * @jest-environment node
 */
/**
 * Views and content types through PnPjs's documented calls (https://pnp.github.io/pnpjs/sp/views/,
 * https://pnp.github.io/pnpjs/sp/content-types/): `list.views()`, `views.select(…)`, `views.top(3)`,
 * `views.getByTitle`, `views.getById`, `list.defaultView()`, `list.getView(id)`, `view.fields()`,
 * `defaultView.fields.getSchemaXml()`, `list.contentTypes()`, `contentTypes.getById(id)()`.
 */
import { schema } from '../../../../src/schema';
import { contentTypeId } from '../../../../src/schema/provisioning/contentType';
import { LIST_VIEWS } from '../../../../src/schema/views';
import { sharePointError, startSampleEmulator } from '../emulatorKit';
import type { IRunningEmulator } from '../emulatorKit';
import { asJson, entityOf, FORMATS, JsonObject, propertiesOf, rowsOf, spIn, stringsIn } from './conformanceKit';

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startSampleEmulator();
});

afterAll(() => emulator.close());

const memberViews = ['All items', ...(LIST_VIEWS.Members ?? []).map((view) => view.title)];
const currentByWard = (LIST_VIEWS.Members ?? [])[0];

describe.each(FORMATS)('list views [%s]', (format) => {
  it(`list.views(), views.select("Id","Title")(), views.top(3)() [${format}]`, async () => {
    const views = spIn(emulator, format).web.lists.getByTitle('Members').views;
    const all = rowsOf(await views(), format).map((row) => propertiesOf(row, format, 'SP.View'));
    expect(all.map((view) => view.Title)).toEqual(memberViews);
    expect(all.filter((view) => view.DefaultView === true).map((view) => view.Title)).toEqual(['All items']);
    const slim = rowsOf(await views.select('Id', 'Title')(), format).map((row) => propertiesOf(row, format, 'SP.View'));
    for (const view of slim) expect(Object.keys(view).sort()).toEqual(['Id', 'Title']);
    expect(rowsOf(await spIn(emulator, format).web.lists.getByTitle('Members').views.top(2)(), format)).toHaveLength(2);
  });

  it(`views.getByTitle(…)(), views.getById("{id}")(), list.getView(id)() and list.defaultView() [${format}]`, async () => {
    const list = spIn(emulator, format).web.lists.getByTitle('Members');
    const view = propertiesOf(entityOf(await list.views.getByTitle(currentByWard.title)(), format), format, 'SP.View');
    expect(view).toMatchObject({ Title: currentByWard.title, RowLimit: currentByWard.rowLimit, DefaultView: false, Paged: true, ViewType: 'HTML', PersonalView: false });
    expect(view.ServerRelativeUrl).toBe(`/sites/council/Lists/Members/${currentByWard.url}`);
    expect(view.ViewQuery).toContain('<Where><Eq><FieldRef Name="IsCurrent" /><Value Type="Boolean">1</Value></Eq></Where>');
    const id = String(view.Id);
    expect(entityOf(await list.views.getById(`{${id}}`).select('Title')(), format).Title).toBe(currentByWard.title);
    expect(entityOf(await list.getView(id).select('Title')(), format).Title).toBe(currentByWard.title);
    const byDefault = entityOf(await list.defaultView.select('Title', 'DefaultView')(), format);
    expect(byDefault).toMatchObject({ Title: 'All items', DefaultView: true });
  });

  it(`view.fields() (SP.ViewFieldCollection {Items, SchemaXml}) and defaultView.fields.getSchemaXml() [${format}]`, async () => {
    const list = spIn(emulator, format).web.lists.getByTitle('Members');
    const fields = propertiesOf(entityOf(await list.views.getByTitle(currentByWard.title).fields(), format), format, 'SP.ViewFieldCollection');
    expect(fields.Items).toEqual(stringsIn(format, currentByWard.columns));
    expect(fields.SchemaXml).toBe(`<FieldRefs>${currentByWard.columns.map((name) => `<FieldRef Name="${name}" />`).join('')}</FieldRefs>`);
    const schemaXml = asJson(await list.defaultView.fields.getSchemaXml());
    const xml = format === 'verbose' ? (schemaXml.d as JsonObject).SchemaXml : schemaXml.value;
    expect(xml).toMatch(/^<FieldRefs><FieldRef Name="LinkTitle" \/>/);
  });
});

describe.each(FORMATS)('list content types [%s]', (format) => {
  it(`list.contentTypes() and contentTypes.getById(id)() [${format}]`, async () => {
    const list = spIn(emulator, format).web.lists.getByTitle('Members');
    const rows = rowsOf(await list.contentTypes(), format).map((row) => propertiesOf(row, format, 'SP.ContentType'));
    expect(rows).toHaveLength(1);
    const [type] = rows;
    const id = String(type.StringId);
    // A list's content type id is its site content type's id, "00" and a GUID of the list's own.
    expect(id).toMatch(new RegExp(`^${contentTypeId(schema.Members)}00[0-9A-F]{32}$`));
    expect(type).toMatchObject({ Name: 'Members (Member–Officer Hub)', Description: schema.Members.description, Hidden: false, ReadOnly: false });
    expect(type.Id).toEqual(format === 'verbose' ? { __metadata: { type: 'SP.ContentTypeId' }, StringValue: id } : { StringValue: id });
    const one = entityOf(await list.contentTypes.getById(id).select('Name', 'StringId')(), format);
    expect(one).toMatchObject({ Name: type.Name, StringId: id });
  });
});

describe('view and content type errors', () => {
  it('answers an unknown view and an unknown content type with an error', async () => {
    const list = spIn(emulator, 'nometadata').web.lists.getByTitle('Members');
    expect(await sharePointError(() => list.views.getByTitle('No such view')())).toMatchObject({ status: 404, message: 'The specified view is invalid.' });
    expect(await sharePointError(() => list.contentTypes.getById('0x0100ABC')())).toMatchObject({ status: 404 });
    expect(await sharePointError(() => list.views.select('Colour')())).toMatchObject({ status: 400, message: expect.stringContaining("'SP.View'") });
  });
});
