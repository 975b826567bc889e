import { allLists, fieldOf, runtimeSchema, schema } from '../../src/schema';
import { runtimeListOf } from '../../src/schema/runtimeProjection';
import { runtimeSchemaSource } from '../../tools/schema/writeRuntimeSchema';
import { readFileSync } from 'fs';
import { join } from 'path';

describe('the runtime copy of the schema', () => {
  test('the committed runtimeSchema.generated.ts is what tools/schema/writeRuntimeSchema.ts writes from src/schema (else run `gulp provision`)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'src', 'schema', 'runtimeSchema.generated.ts'), 'utf8');
    expect(committed).toBe(runtimeSchemaSource());
  });

  test('holds every list, each cut down from its full definition', () => {
    expect(Object.keys(runtimeSchema)).toEqual(allLists.map((list) => list.key));
    for (const list of allLists) expect(runtimeSchema[list.key]).toEqual(runtimeListOf(list));
  });

  test('keeps internal names, types and lookup targets, and leaves out what only provisioning needs', () => {
    const party = fieldOf(runtimeSchema.Members, 'Party');
    expect(party).toEqual({ internalName: 'Party', type: 'Lookup', target: 'Parties' });
    expect(fieldOf(runtimeSchema.Members, 'Email')).toEqual({ internalName: 'Email', type: 'Text' });
    // Display names only where a view names the columns: Directory health's council settings.
    expect(fieldOf(runtimeSchema.HubSettings, 'WardWord')?.displayName).toBe(fieldOf(schema.HubSettings, 'WardWord')?.displayName);
    expect(runtimeSchema.Members).toEqual({ key: 'Members', title: schema.Members.title, fields: expect.any(Array) });
    // Ids, display names, descriptions, formatting and validation stay in the full schema.
    expect(JSON.stringify(runtimeSchema)).not.toContain(schema.Members.fields[0].displayName);
    expect(JSON.stringify(runtimeSchema)).not.toContain(schema.Members.id);
    expect(JSON.stringify(runtimeSchema)).not.toContain('"description"');
  });
});
