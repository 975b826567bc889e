/**
 * @jest-environment node
 */
/**
 * Projected fields of a lookup's target list (`$select=ContactOfficer/Email&$expand=ContactOfficer`):
 * SharePoint returns them inside the expanded lookup, shaped as the target column's own value,
 * and refuses target columns of types a lookup cannot project (multiple lines of text, people,
 * choices, yes/no, hyperlinks, images, lookups) with "The query to field '…' is not valid."
 * Projected fields count as one joined lookup, not one per field.
 */
import { InjectHeaders } from '@pnp/queryable';
import type { ISiteData, IStoredItem } from '../../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, sharePointError, spAs, startSampleEmulator, userWithRole } from './emulatorKit';

type JsonObject = Record<string, unknown>;

let emulator: IRunningEmulator;
let data: ISiteData;
let withOfficer: IStoredItem;
let officer: IStoredItem;

beforeAll(async () => {
  data = sampleCouncil();
  emulator = await startSampleEmulator({ data });
  const found = data.lists.BriefingItems.find((item) => typeof item.fields.ContactOfficer === 'number');
  if (!found) throw new Error('The sample council has no briefing item with a contact officer.');
  withOfficer = found;
  const target = data.lists.Officers.find((item) => item.Id === found.fields.ContactOfficer);
  if (!target) throw new Error('Contact officer missing from Officers.');
  officer = target;
});

afterAll(async () => {
  await emulator.close();
});

function nometadata(): ReturnType<typeof spAs> {
  return spAs(emulator, userWithRole(data, 'owner')).using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }));
}

function briefingItems(): ReturnType<ReturnType<typeof spAs>['web']['lists']['getByTitle']>['items'] {
  return nometadata().web.lists.getByTitle('BriefingItems').items;
}

describe('lookup projected fields', () => {
  it('returns Text and DateTime fields (and Id, Title) of the target item inside the expanded lookup', async () => {
    const [item] = (await briefingItems()
      .select('Id', 'ContactOfficer/Id', 'ContactOfficer/Title', 'ContactOfficer/Email', 'ContactOfficer/JobTitle', 'ContactOfficer/Modified')
      .expand('ContactOfficer')
      .filter(`Id eq ${withOfficer.Id}`)()) as JsonObject[];
    const expanded = item.ContactOfficer as JsonObject;
    expect(expanded).toEqual({
      Id: officer.Id,
      Title: officer.fields.Title,
      Email: officer.fields.Email ?? null,
      JobTitle: officer.fields.JobTitle ?? null,
      Modified: new Date(officer.Modified).toISOString().replace(/\.\d{3}Z$/, 'Z')
    });
    expect(typeof expanded.Email).toBe('string');
  });

  it('can filter on a projected field', async () => {
    const email = officer.fields.Email as string;
    const items = (await briefingItems()
      .select('Id', 'ContactOfficer/Email')
      .expand('ContactOfficer')
      .filter(`ContactOfficer/Email eq '${email}'`)
      .top(5000)()) as JsonObject[];
    const expected = data.lists.BriefingItems.filter((candidate) => candidate.fields.ContactOfficer === officer.Id).length;
    expect(items.length).toBe(expected);
    expect(items.every((row) => (row.ContactOfficer as JsonObject).Email === email)).toBe(true);
  });

  it.each([
    ['LiaisonProfile', 'Note'],
    ['OfficerAccount', 'User'],
    ['IsLiaisonOfficer', 'Boolean'],
    ['Photo', 'Image'],
    ['Service', 'Lookup']
  ])('refuses to project %s (%s) with SharePoint\'s 400', async (field) => {
    const error = await sharePointError(() =>
      briefingItems().select('Id', `ContactOfficer/${field}`).expand('ContactOfficer').top(1)()
    );
    expect(error.status).toBe(400);
    expect(error.message).toBe(`The query to field 'ContactOfficer/${field}' is not valid.`);
  });

  it('answers 400 for a field the target list does not have', async () => {
    const error = await sharePointError(() => briefingItems().select('Id', 'ContactOfficer/NoSuchField').expand('ContactOfficer').top(1)());
    expect(error.status).toBe(400);
    expect(error.message).toBe("The field or property 'ContactOfficer/NoSuchField' does not exist.");
  });

  it('still needs the lookup in $expand', async () => {
    const error = await sharePointError(() => briefingItems().select('Id', 'ContactOfficer/Email').top(1)());
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/\$expand query string must contains ContactOfficer/);
  });
});
