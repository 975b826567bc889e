/**
 * @jest-environment node
 */
/** Cells as column values by schema type, stored values in the same canonical form, and UK dates. */
import { schema } from '../../../src/schema';
import type { FieldDefinition } from '../../../src/schema';
import { canonicalOfStored, readCell } from '../../../tools/import/cellValues';
import { fieldByInternalName, mapHeaders } from '../../../tools/import/columnMapping';
import { parseUkOrIsoDate, ukMidnightInstant } from '../../../tools/import/ukDateInput';

const member = (name: string): FieldDefinition => fieldByInternalName(schema.Members, name);

function canonical(field: FieldDefinition, text: string): string {
  const result = readCell(field, text);
  if ('problem' in result) return `problem: ${result.problem}`;
  if (result.value.kind === 'plain') return result.value.canonical;
  return result.value.kind === 'reference' ? `reference: ${result.value.names.join('|')}` : `person: ${result.value.email}`;
}

describe('readCell', () => {
  it('reads yes/no words, blank as the default', () => {
    expect(['Yes', 'n', 'TRUE', '0', ''].map((text) => canonical(member('IsCurrent'), text))).toEqual(['true', 'false', 'true', 'false', 'true']);
    expect(canonical(member('IsCurrent'), 'perhaps')).toMatch(/^problem: 'perhaps' is not yes or no/);
  });

  it('matches choices in any case, refuses others unless the column takes fill-in values', () => {
    expect(canonical(member('PreferredContact'), 'in PERSON')).toBe('In person');
    expect(canonical(member('PreferredContact'), '')).toBe('Email');
    expect(canonical(member('PreferredContact'), 'Fax')).toMatch(/^problem: 'Fax' is not one of the choices/);
    expect(canonical(member('AdditionalRoles'), 'group leader; Harbour Champion')).toBe('Group Leader\nHarbour Champion');
  });

  it('reads UK and ISO dates, refuses dates that do not exist', () => {
    expect(canonical(member('TermStart'), '5/5/2025')).toBe('2025-05-05');
    expect(canonical(member('TermStart'), '2025-05-05')).toBe('2025-05-05');
    expect(canonical(member('TermStart'), '05/13/2025')).toMatch(/^problem: '05\/13\/2025' is not a date/);
    expect(canonical(member('TermStart'), '29/02/2025')).toMatch(/^problem/);
  });

  it('checks lengths and web addresses, and leaves lookups to be resolved by name', () => {
    expect(canonical(fieldByInternalName(schema.Wards, 'WardCode'), 'E0500000001')).toBe('problem: is 11 characters long; the most this column holds is 9');
    expect(canonical(member('RegisterOfInterestsUrl'), 'www.council.example')).toMatch(/^problem: 'www.council.example' is not a web address/);
    expect(canonical(member('RegisterOfInterestsUrl'), 'https://www.council.example/x')).toBe('https://www.council.example/x');
    expect(canonical(member('Ward'), ' E05900001 ')).toBe('reference: E05900001');
    expect(canonical(member('MemberAccount'), 'Jo.Bloggs@Council.example')).toBe('person: jo.bloggs@council.example');
    expect(canonical(member('MemberAccount'), 'Jo Bloggs')).toMatch(/^problem: 'Jo Bloggs' is not an email address/);
  });
});

describe('canonicalOfStored', () => {
  it('reads SharePoint\'s values into the same form as cells', () => {
    expect(canonicalOfStored(member('TermStart'), '2025-05-04T23:00:00Z')).toBe(canonical(member('TermStart'), '05/05/2025'));
    expect(canonicalOfStored(member('TermStart'), '2025-01-06T00:00:00Z')).toBe('2025-01-06');
    expect(canonicalOfStored(member('IsCurrent'), null)).toBe('true');
    expect(canonicalOfStored(member('AdditionalRoles'), { results: ['Group Leader', 'Harbour Champion'] })).toBe('Group Leader\nHarbour Champion');
    expect(canonicalOfStored(member('RegisterOfInterestsUrl'), { Url: 'https://x.example/', Description: 'X' })).toBe('https://x.example/');
    expect(canonicalOfStored(member('Ward'), 7)).toBe('7');
    expect(canonicalOfStored(member('Surname'), null)).toBe('');
  });
});

describe('UK dates', () => {
  it('stores a date-only value as London midnight in UTC, in GMT and in BST', () => {
    expect(ukMidnightInstant('2026-01-05')).toBe('2026-01-05T00:00:00Z');
    expect(ukMidnightInstant('2026-06-01')).toBe('2026-05-31T23:00:00Z');
    // The clocks go forward on Sunday 29 March 2026 at 01:00 GMT: that midnight is still GMT.
    expect(ukMidnightInstant('2026-03-29')).toBe('2026-03-29T00:00:00Z');
    expect(ukMidnightInstant('2026-03-30')).toBe('2026-03-29T23:00:00Z');
    expect(ukMidnightInstant('2026-10-25')).toBe('2026-10-24T23:00:00Z');
    expect(ukMidnightInstant('2026-10-26')).toBe('2026-10-26T00:00:00Z');
  });

  it('parses day-first UK dates and ISO dates only', () => {
    expect(parseUkOrIsoDate('31/01/2026')).toBe('2026-01-31');
    expect(parseUkOrIsoDate('1/2/2026')).toBe('2026-02-01');
    expect(parseUkOrIsoDate('2026-01-31')).toBe('2026-01-31');
    expect(parseUkOrIsoDate('31-01-2026')).toBeUndefined();
    expect(parseUkOrIsoDate('31/01/26')).toBeUndefined();
  });
});

describe('mapHeaders', () => {
  it('matches display and internal names in any case, and names every header problem', () => {
    const mapping = mapHeaders(schema.Officers, ['name', 'EMAIL', 'JobTitle', 'Photograph', 'Microsoft 365 account', 'Email', 'Shoe size', ''], ['Email']);
    expect(mapping.columns.map((column) => [column.header, column.field.internalName])).toEqual([
      ['name', 'Title'],
      ['EMAIL', 'Email'],
      ['JobTitle', 'JobTitle'],
      ['Microsoft 365 account', 'OfficerAccount']
    ]);
    expect(mapping.problems.map((problem) => problem.column)).toEqual(['Photograph', 'Email', 'Shoe size', '(column 8)']);
    expect(mapping.problems[0].message).toMatch(/pictures cannot be imported/);
    expect(mapping.problems[1].message).toBe("names the same column as 'EMAIL'");
  });

  it('requires the key columns', () => {
    expect(mapHeaders(schema.Officers, ['Name'], ['Email']).problems).toEqual([{ column: 'Email', message: 'is missing: the importer matches existing items by it' }]);
  });
});
