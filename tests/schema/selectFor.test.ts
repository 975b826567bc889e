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

describe('selectFor with projected lookup fields', () => {
  it('adds a projectable field of the target list and joins the lookup once', () => {
    expect(selectFor(schema.BriefingItems, ['Id', 'ContactOfficer', 'ContactOfficer/Email'])).toEqual({
      select: ['Id', 'ContactOfficer/Id', 'ContactOfficer/Title', 'ContactOfficer/Email'],
      expand: ['ContactOfficer']
    });
    expect(selectFor(schema.BriefingItems, ['ContactOfficer/Email', 'ContactOfficer/JobTitle', 'ContactOfficer/Modified'])).toEqual({
      select: ['ContactOfficer/Email', 'ContactOfficer/JobTitle', 'ContactOfficer/Modified'],
      expand: ['ContactOfficer']
    });
  });

  test.each([
    ['ContactOfficer/LiaisonProfile', /Note columns are not projectable/],
    ['ContactOfficer/OfficerAccount', /User columns are not projectable/],
    ['ContactOfficer/IsLiaisonOfficer', /Boolean columns are not projectable/],
    ['ContactOfficer/Nonsense', /not defined on list 'Officers'/],
    ['Category/Title', /not a field of a lookup/],
    ['Nonsense/Title', /not a field of a lookup/],
    ['ContactOfficer/Email/Extra', /not a field of a lookup/]
  ])('throws on %p', (column, message) => {
    expect(() => selectFor(schema.BriefingItems, [column])).toThrow(message);
  });

  it('counts a lookup once towards the limit however many of its fields are projected', () => {
    const lookups = Array.from({ length: LOOKUP_COLUMN_LIMIT }, (_, index) => ({
      internalName: `Ref${index}`, displayName: `Ref ${index}`, id: `id-${index}`, type: 'Lookup' as const, target: 'Officers' as const, showField: 'Title' as const
    }));
    const wide: IListDefinition = { ...schema.Wards, fields: lookups };
    const columns = lookups.flatMap((field) => [field.internalName, `${field.internalName}/Email`, `${field.internalName}/Phone`]);
    expect(selectFor(wide, columns).expand).toHaveLength(LOOKUP_COLUMN_LIMIT);
    const oneMore: IListDefinition = { ...wide, fields: [...lookups, { ...lookups[0], internalName: 'Extra', id: 'id-extra' }] };
    expect(() => selectFor(oneMore, [...columns, 'Extra/Email'])).toThrow(/expands 13 .* SharePoint allows 12/);
  });
});
