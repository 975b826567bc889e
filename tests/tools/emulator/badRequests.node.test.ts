/**
 * @jest-environment node
 */
/**
 * Bad requests get SharePoint's status and error body, never a crash or a hang: malformed
 * $filter, unknown fields and lists, lookups not expanded, too many lookup columns, wrong
 * methods, writes without a form digest, broken bodies.
 */
import { spDelete, spPost, SPQueryable } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { schema } from '../../../src/schema';
import type { FieldDefinition, IListDefinition } from '../../../src/schema';
import { IRunningEmulator, sampleCouncil, sharePointError, spAs, startSampleEmulator, userWithRole } from './emulatorKit';

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

let emulator: IRunningEmulator;

/** Officers widened with twelve more lookup columns, to go past the 12-lookup limit. */
function officersWithManyLookups(): IListDefinition {
  const extra: FieldDefinition[] = Array.from({ length: 12 }, (_, index) => ({
    internalName: `ExtraService${index + 1}`,
    displayName: `Extra service ${index + 1}`,
    type: 'Lookup',
    target: 'Services',
    showField: 'Title',
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`
  }));
  return { ...schema.Officers, fields: [...schema.Officers.fields, ...extra] };
}

beforeAll(async () => {
  emulator = await startSampleEmulator({
    data: sampleCouncil(),
    lists: { ...schema, Officers: officersWithManyLookups() }
  });
});

afterAll(() => emulator.close());

describe('malformed and unknown query parts', () => {
  it.each([
    ["Title eq", 'The expression "Title eq" is not valid.'],
    ["(Title eq 'a'", 'The expression "(Title eq \'a\'" is not valid.'],
    ["Title equals 'a'", 'The expression "Title equals \'a\'" is not valid.'],
    ["Title eq 'unterminated", 'The expression "Title eq \'unterminated" is not valid.']
  ])('answers 400 to the malformed filter %s', async (filter, message) => {
    const error = await sharePointError(() => spAs(emulator).web.lists.getByTitle('Wards').items.filter(filter)());
    expect(error).toEqual({ status: 400, code: INVALID_QUERY, message });
  });

  it('answers 400 to an unknown field in $select, $filter and $orderby', async () => {
    const wards = spAs(emulator).web.lists.getByTitle('Wards').items;
    const expected = { status: 400, code: INVALID_QUERY, message: "The field or property 'Nope' does not exist." };
    expect(await sharePointError(() => wards.select('Title', 'Nope')())).toEqual(expected);
    expect(await sharePointError(() => wards.filter("Nope eq 'x'")())).toEqual(expected);
    expect(await sharePointError(() => wards.orderBy('Nope')())).toEqual(expected);
  });

  it('answers 400 to a lookup selected without $expand', async () => {
    const error = await sharePointError(() => spAs(emulator).web.lists.getByTitle('Members').items.select('Ward/Title')());
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      "The query to field 'Ward/Title' is not valid. The $select query string must specify the target fields and the $expand query string must contains Ward."
    );
  });

  it('answers 404 to an unknown list, naming the site', async () => {
    const error = await sharePointError(() => spAs(emulator).web.lists.getByTitle('Councillors').items());
    expect(error).toEqual({
      status: 404,
      code: '-1, System.ArgumentException',
      message: `List 'Councillors' does not exist at site with URL '${emulator.siteUrl}'.`
    });
  });

  it('allows 12 lookup columns in one query and refuses 13 with SharePoint\'s throttling error', async () => {
    const query = (count: number) => {
      const names = ['Service', ...Array.from({ length: count - 1 }, (_, index) => `ExtraService${index + 1}`)];
      return spAs(emulator)
        .web.lists.getByTitle('Officers')
        .items.select('Id', ...names.map((name) => `${name}/Title`))
        .expand(...names)
        .top(5)();
    };
    expect(await query(12)).toHaveLength(5);
    expect(await sharePointError(() => query(13))).toEqual({
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message:
        'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold enforced by the administrator.'
    });
  });
});

describe('wrong methods and writes', () => {
  it('answers 405 to DELETE on an item collection', async () => {
    const error = await sharePointError(() => spDelete(spAs(emulator, userWithRole(sampleCouncil(), 'owner')).web.lists.getByTitle('Wards').items));
    expect(error).toEqual({
      status: 405,
      code: INVALID_QUERY,
      message: 'The type SP.ListItemCollection does not support HTTP DELETE method.'
    });
  });

  it('answers 403 to a write without X-RequestDigest', async () => {
    const sp = spAs(emulator, userWithRole(sampleCouncil(), 'owner'), { 'X-PnPjs-NoDigest': '1' });
    const error = await sharePointError(() => sp.web.lists.getByTitle('Wards').items.add({ Title: 'No digest' }));
    expect(error).toEqual({
      status: 403,
      code: '-2130575251, Microsoft.SharePoint.SPException',
      message:
        "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
    });
  });

  it('answers 400 to an unknown property in a create body', async () => {
    const sp = spAs(emulator, userWithRole(sampleCouncil(), 'owner'));
    const error = await sharePointError(() => sp.web.lists.getByTitle('Wards').items.add({ Title: 'x', Colour: 'red' }));
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      "The property 'Colour' does not exist on type 'SP.Data.WardsListItem'. Make sure to only use property names that are defined by the type."
    );
  });

  it('answers 400 to a body that is not JSON and to a $batch that is not multipart', async () => {
    const sp = spAs(emulator, userWithRole(sampleCouncil(), 'owner'));
    const items = sp.web.lists.getByTitle('Wards').items;
    const notJson = await sharePointError(() => spPost(items, { body: '{"Title": ' }));
    expect(notJson.status).toBe(400);
    const batch = SPQueryable([sp.web, `${emulator.siteUrl}/_api/$batch`]);
    const notMultipart = await sharePointError(() =>
      spPost(batch, body('garbage', { headers: { 'Content-Type': 'multipart/mixed; boundary=batch_x' } }))
    );
    expect(notMultipart.status).toBe(400);
  });

  it('still answers normally after all of that', async () => {
    const rows = await spAs(emulator).web.lists.getByTitle('Wards').items.select('Id').top(2)();
    expect(rows).toHaveLength(2);
  });
});
