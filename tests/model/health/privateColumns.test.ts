import { schema } from '../../../src/schema';
import { countItemsWithData, holdsData, privateColumnsAmong } from '../../../src/model/health/privateColumns';
import { directoryHealthReport } from '../../../src/model/health/directoryHealthReport';
import { completeMember } from './healthFixtures';

const provisioned = [{ internalName: 'Title', title: 'Display name' }, ...schema.Members.fields.map((field) => ({ internalName: field.internalName, title: field.displayName }))];

describe('privateColumnsAmong', () => {
  it("finds nothing on a list provisioned from today's schema, nor among SharePoint's own columns", () => {
    const builtIn = ['ID', 'ContentType', 'Modified', 'Created', 'Author', 'Editor', 'Attachments', '_UIVersionString'].map((name) => ({ internalName: name, title: name }));
    expect(privateColumnsAmong(schema.Members, [...provisioned, ...builtIn])).toEqual([]);
  });

  it("finds the first release's columns and their consent flags, by internal name", () => {
    const legacy = [
      { internalName: 'PersonalPhone', title: 'Personal phone', type: 'Text' },
      { internalName: 'ShowPersonalPhone', title: 'Consents to show personal phone', type: 'Boolean' },
      { internalName: 'HomeAddress', title: 'Home address', type: 'Note' },
      { internalName: 'ShowHomeAddress', title: 'Consents to show home address', type: 'Boolean' }
    ];
    expect(privateColumnsAmong(schema.Members, [...provisioned, ...legacy]).map((column) => [column.internalName, column.what])).toEqual([
      ['PersonalPhone', 'a personal phone number'],
      ['ShowPersonalPhone', 'a personal phone number'],
      ['HomeAddress', 'a home address'],
      ['ShowHomeAddress', 'a home address']
    ]);
  });

  it('finds a column an admin added by its display name when its internal name says nothing, and reads a person column by id', () => {
    const found = privateColumnsAmong(schema.Members, [
      ...provisioned,
      { internalName: 'field_7', title: 'DOB', type: 'DateTime' },
      { internalName: 'Kin', title: 'Next of kin', type: 'User' }
    ]);
    expect(found).toEqual([
      { list: 'Members', internalName: 'field_7', displayName: 'DOB', what: 'a date of birth', readAs: 'field_7' },
      { list: 'Members', internalName: 'Kin', displayName: 'Next of kin', what: 'next of kin', readAs: 'KinId' }
    ]);
  });
});

describe('counting items with data', () => {
  test.each([
    [null, false],
    [undefined, false],
    ['', false],
    ['   ', false],
    [false, false],
    [[], false],
    [{}, false],
    ['1 High Street', true],
    [true, true],
    [0, true],
    [[1], true]
  ])('%p holds data: %p', (value, expected) => {
    expect(holdsData(value)).toBe(expected);
  });

  it('counts per column and keeps no value', () => {
    const columns = privateColumnsAmong(schema.Members, [{ internalName: 'HomeAddress', title: 'Home address' }, { internalName: 'ShowHomeAddress', title: 'x' }]);
    const findings = countItemsWithData(columns, [
      { Id: 1, HomeAddress: '1 High Street', ShowHomeAddress: true },
      { Id: 2, HomeAddress: null, ShowHomeAddress: false },
      { Id: 3, HomeAddress: '2 Low Road', ShowHomeAddress: false }
    ]);
    expect(findings.map((finding) => [finding.internalName, finding.itemsWithData])).toEqual([
      ['HomeAddress', 2],
      ['ShowHomeAddress', 1]
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/High Street|Low Road/);
  });

  it('counts each column found as a finding of the report', () => {
    const [finding] = countItemsWithData(privateColumnsAmong(schema.Members, [{ internalName: 'HomeAddress', title: 'Home address' }]), []);
    const report = directoryHealthReport(
      { privateColumns: [finding], members: [completeMember({ id: 1 })], committees: [], memberships: [], officers: [], services: [], briefingItems: [] },
      { today: new Date('2026-11-23T12:00:00Z') }
    );
    expect(report.privateColumns).toEqual([finding]);
    expect(report.findings).toBeGreaterThanOrEqual(1);
  });
});
