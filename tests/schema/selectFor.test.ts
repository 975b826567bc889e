import { LOOKUP_COLUMN_LIMIT, schema, selectFor } from '../../src/schema';
import type { IListDefinition } from '../../src/schema';

describe('selectFor', () => {
  test.each([
    ['a plain column', ['Category'], ['Category'], []],
    ['a built-in column', ['Id', 'OData__ModerationStatus'], ['Id', 'OData__ModerationStatus'], []],
    ['a lookup, joined', ['Service'], ['Service/Id', 'Service/Title'], ['Service']],
    ['a multi-value lookup, joined', ['Wards'], ['Wards/Id', 'Wards/Title'], ['Wards']],
    ['a lookup by id alone, not joined', ['BriefingId'], ['BriefingId'], []],
    ['a multi-value lookup by ids alone', ['WardsId'], ['WardsId'], []]
  ])('selects %s', (_case, columns, select, expand) => {
    expect(selectFor(schema.BriefingItems, columns)).toEqual({ select, expand });
  });

  it('selects a person column with its email, or its id alone', () => {
    expect(selectFor(schema.Members, ['MemberAccount'])).toEqual({ select: ['MemberAccount/Id', 'MemberAccount/Title', 'MemberAccount/EMail'], expand: ['MemberAccount'] });
    expect(selectFor(schema.Members, ['MemberAccountId'])).toEqual({ select: ['MemberAccountId'], expand: [] });
  });

  test.each([['Nonsense'], ['NonsenseId'], ['CategoryId']])('throws on %p, which the schema does not define as a column or a lookup id', (column) => {
    expect(() => selectFor(schema.BriefingItems, [column])).toThrow(/not defined/);
  });

  it('throws past the lookup column limit, and ids alone do not count', () => {
    const lookups = Array.from({ length: LOOKUP_COLUMN_LIMIT + 1 }, (_, index) => ({
      internalName: `Ref${index}`, displayName: `Ref ${index}`, id: `id-${index}`, type: 'Lookup' as const, target: 'Wards' as const, showField: 'Title' as const
    }));
    const wide: IListDefinition = { ...schema.Wards, fields: lookups };
    expect(() => selectFor(wide, lookups.map((field) => field.internalName))).toThrow(/SharePoint allows 12/);
    expect(selectFor(wide, lookups.map((field) => `${field.internalName}Id`)).expand).toEqual([]);
  });
});
