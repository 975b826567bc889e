/**
 * @jest-environment node
 */
/**
 * Lists through PnPjs's documented calls (https://pnp.github.io/pnpjs/sp/lists/): `sp.web.lists()`
 * with select/filter/orderBy/top, `lists.getByTitle`, `lists.getById`, `list.select(…)()`. SP.List
 * properties per the Lists REST API reference
 * (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-rest-reference/dn531433(v=office.15)).
 */
import { allLists, schema } from '../../../../src/schema';
import { sampleCouncil, sharePointError, spAs, startSampleEmulator } from '../emulatorKit';
import type { IRunningEmulator } from '../emulatorKit';
import { entityOf, FORMATS, propertiesOf, rowsOf, spIn } from './conformanceKit';

const ISO_UTC_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startSampleEmulator();
});

afterAll(() => emulator.close());

describe.each(FORMATS)('web/lists [%s]', (format) => {
  it(`sp.web.lists() returns every list as SP.List [${format}]`, async () => {
    const rows = rowsOf(await spIn(emulator, format).web.lists(), format);
    expect(rows.map((row) => propertiesOf(row, format, 'SP.List').Title)).toEqual(allLists.map((list) => list.title));
  });

  it(`lists.select("Title","ItemCount").filter("Title eq 'Wards' or Title eq 'Parties'") honours both [${format}]`, async () => {
    const payload = await spIn(emulator, format).web.lists.select('Title', 'ItemCount').filter("Title eq 'Wards' or Title eq 'Parties'")();
    const rows = rowsOf(payload, format).map((row) => propertiesOf(row, format, 'SP.List'));
    expect(rows).toEqual([
      { Title: 'Wards', ItemCount: sampleCouncil().lists.Wards.length },
      { Title: 'Parties', ItemCount: sampleCouncil().lists.Parties.length }
    ]);
  });

  it(`lists.filter("Hidden eq false and BaseTemplate eq 100").orderBy("Title").top(3) [${format}]`, async () => {
    const payload = await spIn(emulator, format).web.lists.filter('Hidden eq false and BaseTemplate eq 100').select('Title').orderBy('Title').top(3)();
    const titles = rowsOf(payload, format).map((row) => row.Title);
    expect(titles).toEqual(allLists.map((list) => list.title).sort().slice(0, 3));
  });

  it(`list.select("ItemCount","Id","Title","LastItemModifiedDate","EnableVersioning","Hidden","BaseTemplate")() by title and by id [${format}]`, async () => {
    const properties = ['ItemCount', 'Id', 'Title', 'LastItemModifiedDate', 'EnableVersioning', 'Hidden', 'BaseTemplate'];
    const sp = spIn(emulator, format);
    const byTitle = propertiesOf(entityOf(await sp.web.lists.getByTitle('Members').select(...properties)(), format), format, 'SP.List');
    const byId = propertiesOf(entityOf(await sp.web.lists.getById(schema.Members.id).select(...properties)(), format), format, 'SP.List');
    expect(byTitle).toEqual({
      ItemCount: sampleCouncil().lists.Members.length,
      Id: schema.Members.id,
      Title: 'Members',
      LastItemModifiedDate: expect.stringMatching(ISO_UTC_SECONDS),
      EnableVersioning: true,
      Hidden: false,
      BaseTemplate: 100
    });
    expect(byId).toEqual(byTitle);
  });
});

describe('list errors', () => {
  it('answers a list that does not exist, by title and by id, with SharePoint\'s ArgumentException', async () => {
    const sp = spAs(emulator);
    expect(await sharePointError(() => sp.web.lists.getByTitle('Nope')())).toEqual({
      status: 404,
      code: '-1, System.ArgumentException',
      message: `List 'Nope' does not exist at site with URL '${emulator.siteUrl}'.`
    });
    expect(await sharePointError(() => sp.web.lists.getById('00000000-0000-4000-8000-000000000000')())).toMatchObject({
      status: 404,
      code: '-1, System.ArgumentException',
      message: expect.stringMatching(/^List does not exist\./)
    });
  });

  it('refuses an unknown property in $select and $filter on web/lists and on one list', async () => {
    const sp = spAs(emulator);
    const notOnType = { status: 400, code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message: expect.stringContaining("does not exist on type 'SP.List'") };
    expect(await sharePointError(() => sp.web.lists.select('Title', 'Colour')())).toMatchObject(notOnType);
    expect(await sharePointError(() => sp.web.lists.filter("Colour eq 'red'")())).toMatchObject(notOnType);
    expect(await sharePointError(() => sp.web.lists.getByTitle('Members').select('Colour')())).toMatchObject(notOnType);
  });
});
