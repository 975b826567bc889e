import { allLists, schema } from '../../../src/schema';
import { assertDependencyOrder, elementsXml } from '../../../src/schema/provisioning/elementsXml';

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
