import { allLists, LIST_VIEW_THRESHOLD } from '../../../src/schema';
import { contentTypeId } from '../../../src/schema/provisioning/contentType';
import { BUILT_IN_FIELD_NAMES } from '../../../src/schema/provisioning/siteColumns';
import { lookupProjectionsOf } from '../../../src/schema/lookupProjections';
import { attribute, elementsNamed, parseAsset, parseElementManifests } from './parseXml';

/** These checks read the committed XML, which is what SharePoint receives. */
const elements = parseElementManifests();
const instances = elementsNamed(elements, 'ListInstance');
const instanceUrls = instances.map((instance) => attribute(instance, 'Url'));
const schemas = allLists.map((list) => ({ list, document: parseAsset(`schema-${list.key}.xml`) }));

const GUID = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/;
const TITLE_ID = '{fa564e0f-0c70-4ab9-b863-0177e6ddd247}';

function listFields(document: Document): Element[] {
  const fields = elementsNamed(document, 'Fields')[0];
  return elementsNamed(fields, 'Field');
}

function fieldNamed(document: Document, name: string): Element | undefined {
  return listFields(document).find((field) => field.getAttribute('Name') === name);
}

describe('list instances in the element manifests', () => {
  test('are provisioned in the dependency order of allLists', () => {
    expect(instanceUrls).toEqual(allLists.map((list) => `Lists/${list.key}`));
  });

  test('each uses the custom list template and its own schema file', () => {
    for (const instance of instances) {
      expect(attribute(instance, 'TemplateType')).toBe('100');
      expect(attribute(instance, 'FeatureId')).toBe('00bfea71-de22-43b2-a848-c05709900100');
      expect(attribute(instance, 'CustomSchema')).toBe(`schema-${attribute(instance, 'Url').replace('Lists/', '')}.xml`);
    }
  });

  test.each(schemas.map(({ list, document }) => [list.key, list, document] as const))(
    'every lookup in %s points at a list provisioned earlier in the element manifests',
    (key, list, document) => {
      const ownPosition = instanceUrls.indexOf(`Lists/${key}`);
      const lookups = listFields(document).filter((field) => /^Lookup(Multi)?$/.test(attribute(field, 'Type')));
      expect(lookups).toHaveLength(list.fields.filter((field) => field.type === 'Lookup' || field.type === 'LookupMulti').length + lookupProjectionsOf(list).length);
      for (const lookup of lookups) {
        const targetPosition = instanceUrls.indexOf(attribute(lookup, 'List'));
        expect({ lookup: attribute(lookup, 'Name'), provisioned: targetPosition >= 0 }).toEqual({
          lookup: attribute(lookup, 'Name'),
          provisioned: true
        });
        expect(targetPosition).toBeLessThan(ownPosition);
      }
    }
  );
});

describe('indexes', () => {
  const largeLists = schemas.filter(({ list }) => list.expectedItems > LIST_VIEW_THRESHOLD);

  test('the schema has lists over the list view threshold to protect', () => {
    expect(largeLists.map(({ list }) => list.key).sort()).toEqual(['BriefingItems', 'BriefingReceipts', 'Enquiries', 'EnquiryUpdates', 'Officers']);
  });

  test.each(largeLists.map(({ list, document }) => [list.key, list.queriedBy, document] as const))(
    '%s (over the threshold) indexes every column its queries filter on',
    (key, queriedBy, document) => {
      const unindexed = queriedBy.filter((column) => fieldNamed(document, column)?.getAttribute('Indexed') !== 'TRUE');
      expect(unindexed).toEqual([]);
    }
  );

  test('every column with unique values is indexed, in the XML and as the schema says', () => {
    for (const { list, document } of schemas) {
      for (const field of listFields(document)) {
        if (field.getAttribute('EnforceUniqueValues') === 'TRUE') expect(field.getAttribute('Indexed')).toBe('TRUE');
      }
      for (const field of list.fields.filter((candidate) => candidate.unique)) {
        expect(fieldNamed(document, field.internalName)?.getAttribute('EnforceUniqueValues')).toBe('TRUE');
      }
    }
  });
});

describe('fields', () => {
  test('field ids are GUIDs and unique across the solution (apart from each list renaming Title)', () => {
    const ids = schemas.flatMap(({ document }) => listFields(document).map((field) => attribute(field, 'ID')));
    expect(ids.filter((id) => !GUID.test(id))).toEqual([]);
    const ownIds = ids.filter((id) => id !== TITLE_ID);
    expect(new Set(ownIds).size).toBe(ownIds.length);
    expect(ids.filter((id) => id === TITLE_ID)).toHaveLength(allLists.length);
  });

  test.each(schemas.map(({ list, document }) => [list.key, document] as const))(
    'internal names are unique within %s',
    (_key, document) => {
      const names = listFields(document).map((field) => attribute(field, 'Name'));
      expect(new Set(names).size).toBe(names.length);
    }
  );

  test('every site column is the same definition as the list field with its id, and safe to add to a site', () => {
    const builtIn = new Set(BUILT_IN_FIELD_NAMES.map((name) => name.toLowerCase()));
    const siteColumns = elementsNamed(elements, 'Field').filter((field) => field.parentElement?.tagName === 'Elements');
    const names = siteColumns.map((column) => attribute(column, 'Name').toLowerCase());
    expect(siteColumns.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => builtIn.has(name))).toEqual([]);
    const listFieldsById = new Map(
      schemas.flatMap(({ document }) => listFields(document).map((field) => [attribute(field, 'ID'), field] as const))
    );
    for (const column of siteColumns) {
      const inList = listFieldsById.get(attribute(column, 'ID'));
      expect(inList?.getAttribute('Name')).toBe(attribute(column, 'Name'));
      expect(inList?.getAttribute('Type')).toBe(attribute(column, 'Type'));
      expect(inList?.getAttribute('DisplayName')).toBe(attribute(column, 'DisplayName'));
    }
  });

  test('choice defaults are among the choices', () => {
    const choiceFields = [...schemas.flatMap(({ document }) => listFields(document)), ...elementsNamed(elements, 'Field')].filter(
      (field) => /^(Multi)?Choice$/.test(attribute(field, 'Type'))
    );
    expect(choiceFields.length).toBeGreaterThan(0);
    for (const field of choiceFields) {
      const choices = elementsNamed(field, 'CHOICE').map((choice) => choice.textContent);
      const defaultValue = elementsNamed(field, 'Default')[0]?.textContent;
      if (defaultValue !== undefined) expect(choices).toContain(defaultValue);
    }
  });
});

describe('list settings', () => {
  test.each(schemas.map(({ list, document }) => [list.key, list.contentApproval, list.versioning, document] as const))(
    '%s: content approval and versioning as the schema says',
    (_key, contentApproval, versioning, document) => {
      const root = document.documentElement;
      expect(root.getAttribute('ModeratedList')).toBe(contentApproval ? 'TRUE' : 'FALSE');
      expect(root.getAttribute('VersioningEnabled')).toBe(versioning ? 'TRUE' : 'FALSE');
      expect(root.getAttribute('DraftVersionVisibility')).toBe(contentApproval ? '1' : null);
    }
  );

  test('the content approval lists are Briefings and BriefingItems', () => {
    const moderated = schemas.filter(({ document }) => document.documentElement.getAttribute('ModeratedList') === 'TRUE');
    expect(moderated.map(({ list }) => list.key)).toEqual(['Briefings', 'BriefingItems']);
  });

  test.each(schemas.map(({ list, document }) => [list.key, list, document] as const))(
    '%s: its content type matches the site content type and lists every column but read-only dependent lookups',
    (_key, list, document) => {
      const [inList] = elementsNamed(document, 'ContentType');
      const inSite = elementsNamed(elements, 'ContentType').find((type) => type.getAttribute('ID') === contentTypeId(list));
      expect(attribute(inList, 'ID')).toBe(`0x0100${list.id.replace(/-/g, '').toUpperCase()}`);
      expect(inSite?.getAttribute('Name')).toBe(attribute(inList, 'Name'));
      expect(attribute(inList, 'Name')).not.toMatch(/[\\/:*?"#%<>{}|~&]/);
      const refs = elementsNamed(inList, 'FieldRef').map((ref) => attribute(ref, 'ID'));
      const editable = listFields(document).filter((field) => field.getAttribute('ReadOnly') !== 'TRUE');
      expect(refs).toEqual(editable.map((field) => attribute(field, 'ID')));
    }
  );

  test.each(schemas.map(({ list, document }) => [list.key, document] as const))(
    '%s: the default view is paged, 30 rows, and shows only columns the list has',
    (_key, document) => {
      const [view] = elementsNamed(document, 'View');
      expect(view.getAttribute('DefaultView')).toBe('TRUE');
      const [rowLimit] = elementsNamed(view, 'RowLimit');
      expect([rowLimit.getAttribute('Paged'), rowLimit.textContent]).toEqual(['TRUE', '30']);
      const known = new Set(['LinkTitle', '_ModerationStatus', ...listFields(document).map((field) => attribute(field, 'Name'))]);
      const viewFields = elementsNamed(elementsNamed(view, 'ViewFields')[0], 'FieldRef').map((ref) => attribute(ref, 'Name'));
      expect(viewFields.filter((name) => !known.has(name))).toEqual([]);
      expect(elementsNamed(document, 'Form').map((form) => attribute(form, 'Type'))).toEqual(['DisplayForm', 'EditForm', 'NewForm']);
    }
  );
});

describe('dependent lookup columns', () => {
  test('Members shows the party colour through a read-only lookup tied to Party', () => {
    const { document } = schemas.find(({ list }) => list.key === 'Members')!;
    const party = fieldNamed(document, 'Party')!;
    const colour = fieldNamed(document, 'PartyColour')!;
    expect([colour.getAttribute('Type'), colour.getAttribute('List'), colour.getAttribute('ShowField'), colour.getAttribute('ReadOnly')]).toEqual([
      'Lookup',
      'Lists/Parties',
      'Colour',
      'TRUE'
    ]);
    expect(colour.getAttribute('FieldRef')).toBe(party.getAttribute('ID'));
  });

  test('every dependent lookup refers to a lookup of its own list', () => {
    for (const { document } of schemas) {
      const fields = listFields(document);
      for (const dependent of fields.filter((field) => field.hasAttribute('FieldRef'))) {
        const primary = fields.find((field) => field.getAttribute('ID') === dependent.getAttribute('FieldRef'));
        expect(primary?.getAttribute('Type')).toBe('Lookup');
        expect(primary?.getAttribute('List')).toBe(dependent.getAttribute('List'));
      }
    }
  });
});
