import { allLists, schema } from '../../../src/schema';
import { assertDependencyOrder, elementsXml } from '../../../src/schema/provisioning/elementsXml';
import { addedByHistory, stepManifestXml } from '../../../src/schema/provisioning/upgradeActions';

describe('elementsXml dependency order', () => {
  test('allLists puts every lookup target first', () => {
    expect(() => assertDependencyOrder(allLists)).not.toThrow();
  });

  test('refuses a list provisioned before the list its lookup points at', () => {
    const membersFirst = [schema.Members, schema.Wards, schema.Parties];
    expect(() => elementsXml(membersFirst)).toThrow(/Lookup 'Members\.Party' targets 'Parties', which must be provisioned before 'Members'/);
  });

  test('refuses a lookup whose target is not provisioned at all', () => {
    expect(() => elementsXml([schema.Wards, schema.Members])).toThrow(/targets 'Parties'/);
  });
});

describe('step manifests of a list that a later step gives more columns', () => {
  const created = { version: '1.2.0.0', summary: 'HubSettings created', lists: ['HubSettings'] as const };
  const extended = { version: '1.4.0.0', summary: 'HubSettings extended', fields: { HubSettings: ['EnquiryNation'] } };

  test('the creating step leaves the later column out, and the later step brings it once', () => {
    const first = stepManifestXml(created, allLists, addedByHistory([extended]));
    const later = stepManifestXml(extended, allLists, addedByHistory([]));
    expect(first).toContain('Name="WardWord"');
    expect(first).not.toContain('Name="EnquiryNation"');
    expect(later.match(/<Field [^>]*Name="EnquiryNation"/g)).toHaveLength(1);
  });

  test('without later steps the creating step brings every column (as before)', () => {
    expect(stepManifestXml(created, allLists)).toContain('Name="EnquiryNation"');
  });
});
