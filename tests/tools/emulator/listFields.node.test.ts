/** @jest-environment node */
/**
 * A list's fields collection (`…/lists/getByTitle('Members')/fields`) as SP.Field entities, with
 * `$filter` and `$select`, including columns a site holds beyond the schema (an earlier release's).
 */
import { LEGACY_MEMBER_FIELDS, withLegacyPrivateColumns } from '../../../tools/sample-council/legacyPrivateColumns';
import { schema } from '../../../src/schema';
import { IRunningEmulator, sampleCouncil, startSampleEmulator } from './emulatorKit';

const legacy = withLegacyPrivateColumns(sampleCouncil());
let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startSampleEmulator({ data: legacy.data, lists: legacy.lists });
});
afterAll(() => emulator.close());

async function fields(query: string, accept = 'application/json;odata=nometadata'): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${emulator.siteUrl}/_api/web/lists/getByTitle('Members')/fields${query}`, { headers: { Accept: accept } });
  return { status: response.status, body: await response.json() };
}

describe("a list's fields", () => {
  it('lists the visible columns by internal name and title, legacy ones included, hidden ones left out', async () => {
    const { status, body } = await fields('?$filter=Hidden eq false&$select=InternalName,Title');
    expect(status).toBe(200);
    const values = (body as { value: { InternalName: string; Title: string }[] }).value;
    expect(values.every((value) => Object.keys(value).sort().join() === 'InternalName,Title')).toBe(true);
    const names = values.map((value) => value.InternalName);
    expect(names).toEqual(expect.arrayContaining(['Title', 'ID', 'Created', 'Modified', ...schema.Members.fields.map((field) => field.internalName)]));
    for (const field of LEGACY_MEMBER_FIELDS) expect(values).toContainEqual({ InternalName: field.internalName, Title: field.displayName });
    expect(names).not.toContain('FileRef');
  });

  it('answers in verbose OData too', async () => {
    const { status, body } = await fields("?$select=InternalName&$filter=InternalName eq 'HomeAddress'", 'application/json;odata=verbose');
    expect(status).toBe(200);
    // Verbose OData gives every entity its __metadata (the field's own SP.Field subtype), as SharePoint does.
    expect(body).toEqual({
      d: { results: [{ InternalName: 'HomeAddress', __metadata: expect.objectContaining({ type: 'SP.FieldMultiLineText' }) }] }
    });
  });

  it('refuses a property SP.Field does not have, as SharePoint does', async () => {
    const { status } = await fields('?$select=NoSuchProperty');
    expect(status).toBe(400);
  });
});
