import { allLists, LEGACY_PRIVATE_COLUMNS, personalDataColumns, privateDetailIn, schema, wordsOfColumnName } from '../../src/schema';

describe('privateDetailIn', () => {
  test.each([
    ['HomeAddress', 'a home address'],
    ['ShowHomeAddress', 'a home address'],
    ['PersonalPhone', 'a personal phone number'],
    ['ShowPersonalPhone', 'a personal phone number'],
    ['Home_x0020_address', 'a home address'],
    ['home_address', 'a home address'],
    ['Residential address', 'a home address'],
    ['Personal mobile', 'a personal phone number'],
    ['Private telephone', 'a personal phone number'],
    ['Personal email', 'a personal email address'],
    ['Date of birth', 'a date of birth'],
    ['DOB', 'a date of birth'],
    ['MemberDOB', 'a date of birth'],
    ['BirthDate', 'a date of birth'],
    ['NI number', 'a National Insurance number'],
    ['National Insurance No', 'a National Insurance number'],
    ['Next of kin', 'next of kin'],
    ['Sort code', 'bank details']
  ])('%s looks like %s', (name, what) => {
    expect(privateDetailIn(name)).toBe(what);
  });

  test.each(['PublicPhone', 'PublicAddress', 'Published contact or surgery address', 'WorkPhone', 'MobilePhone', 'Council mobile', 'Email', 'Ward', 'Biography', 'Address', 'Donor', 'Binder'])(
    '%s is not a private detail',
    (name) => {
      expect(privateDetailIn(name)).toBeUndefined();
    }
  );

  it('knows every private column of the first release', () => {
    for (const column of LEGACY_PRIVATE_COLUMNS) expect(privateDetailIn(column)).toBeDefined();
  });

  it('finds no private detail among the columns the schema provisions', () => {
    const names = allLists.flatMap((list) => list.fields.flatMap((field) => [field.internalName, field.displayName]));
    expect(names.filter((name) => privateDetailIn(name) !== undefined)).toEqual([]);
  });

  it('reads SharePoint escapes, camelCase and snake_case as words', () => {
    expect(wordsOfColumnName('Date_x0020_of_x0020_Birth')).toBe('date of birth');
    expect(wordsOfColumnName('PersonalMobileNumber')).toBe('personal mobile number');
  });
});

describe('personal data flag', () => {
  it('marks every column of the Members list, Title first', () => {
    const members = schema.Members;
    expect(personalDataColumns(members).map((column) => column.internalName)).toEqual(['Title', ...members.fields.map((field) => field.internalName)]);
  });

  it('marks people columns wherever they are', () => {
    for (const list of allLists) {
      for (const field of list.fields) {
        const refersToPeople = field.type === 'User' || ((field.type === 'Lookup' || field.type === 'LookupMulti') && (field.target === 'Members' || field.target === 'Officers'));
        if (refersToPeople) expect(`${list.key}.${field.internalName}: ${field.personalData === true}`).toBe(`${list.key}.${field.internalName}: true`);
      }
    }
  });

  it('leaves lists about places, parties and committees unmarked', () => {
    for (const key of ['Wards', 'Parties', 'Committees', 'Briefings'] as const) expect(personalDataColumns(schema[key])).toEqual([]);
  });
});
