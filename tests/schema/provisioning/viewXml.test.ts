import { allLists, ListKey } from '../../../src/schema';
import { defaultView } from '../../../src/schema/provisioning/listSchemaXml';
import { viewsOf } from '../../../src/schema/views';
import { calendarDateOfStored } from '../../../src/schema/dateOnlyColumns';
import { addDays } from '../../../src/schema/ukDates';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';
import type { StoredValue } from '../../../tools/emulator/siteData';
import { attribute, elementsNamed, parseAsset } from './parseXml';
import { matchesCondition } from './camlWhere';

/** These checks read the committed XML, which is what SharePoint receives. */
const schemas = allLists.map((list) => ({ list, document: parseAsset(`schema-${list.key}.xml`) }));

function viewElements(document: Document): Element[] {
  return elementsNamed(elementsNamed(document, 'Views')[0], 'View');
}

function fieldRefNames(parent: Element | undefined): string[] {
  return parent ? elementsNamed(parent, 'FieldRef').map((ref) => attribute(ref, 'Name')) : [];
}

describe('views in the committed list schemas', () => {
  test.each(schemas.map(({ list, document }) => [list.key, list, document] as const))(
    '%s: "All items" first and the only default, then each view of src/schema/views as written there',
    (_key, list, document) => {
      const views = [defaultView(list), ...viewsOf(list)];
      const elements = viewElements(document);
      expect(elements.map((element) => attribute(element, 'DisplayName'))).toEqual(views.map((view) => view.title));
      expect(elements.map((element) => element.getAttribute('DefaultView'))).toEqual(views.map((_view, index) => (index === 0 ? 'TRUE' : null)));
      expect(new Set(elements.map((element) => attribute(element, 'BaseViewID'))).size).toBe(elements.length);
      views.forEach((view, index) => {
        const element = elements[index];
        const [rowLimit] = elementsNamed(element, 'RowLimit');
        const [query] = elementsNamed(element, 'Query');
        expect(attribute(element, 'Url')).toBe(view.url);
        expect([rowLimit.getAttribute('Paged'), rowLimit.textContent]).toEqual(['TRUE', String(view.rowLimit)]);
        expect(fieldRefNames(elementsNamed(element, 'ViewFields')[0])).toEqual(view.columns);
        const orderBy = elementsNamed(query, 'OrderBy')[0];
        expect(elementsNamed(orderBy, 'FieldRef').map((ref) => [attribute(ref, 'Name'), attribute(ref, 'Ascending')])).toEqual(
          view.orderBy.map((sort) => [sort.field, sort.ascending ? 'TRUE' : 'FALSE'])
        );
        expect(fieldRefNames(elementsNamed(query, 'GroupBy')[0])).toEqual(view.groupBy ? [view.groupBy.field] : []);
        expect(elementsNamed(query, 'Where')).toHaveLength(view.filter ? 1 : 0);
      });
    }
  );
});

describe('each view\'s CAML filter picks the items it is meant to, on the sample council', () => {
  const today = '2026-11-23';
  const site = generateSampleCouncil({ anchorDate: today });
  const dateOf = (value: StoredValue | undefined): string | undefined => calendarDateOfStored(value);

  /** What each filtered view is for, said independently of its CAML. */
  const intents: ReadonlyArray<readonly [ListKey, string, (fields: Readonly<Record<string, StoredValue>>) => boolean]> = [
    ['Members', 'Current members by ward', (fields) => fields.IsCurrent === true],
    ['Members', 'Former members', (fields) => fields.IsCurrent === false],
    ['Committees', 'Active committees', (fields) => fields.IsActive === true],
    ['CommitteeMemberships', 'Current memberships by committee', (fields) => !dateOf(fields.EndDate) || (dateOf(fields.EndDate) ?? '') >= today],
    ['Services', 'Missing contact guidance', (fields) => !fields.HowToContact],
    ['Officers', 'Needs review', (fields) => (dateOf(fields.LastReviewed) ?? '9999') < addDays(today, -365)],
    ['Officers', 'Liaison officers', (fields) => fields.IsLiaisonOfficer === true],
    ['Briefings', 'Recent and upcoming', (fields) => (dateOf(fields.WeekCommencing) ?? '') >= addDays(today, -91)]
  ];

  test('every filtered view has an intent here', () => {
    const filtered = allLists.flatMap((list) => viewsOf(list).filter((view) => view.filter).map((view) => `${list.key}: ${view.title}`));
    expect(intents.map(([key, title]) => `${key}: ${title}`).sort()).toEqual(filtered.sort());
  });

  test.each(intents)('%s "%s"', (key, title, intent) => {
    const { document } = schemas.find(({ list }) => list.key === key)!;
    const view = viewElements(document).find((element) => element.getAttribute('DisplayName') === title)!;
    const [condition] = Array.from(elementsNamed(view, 'Where')[0].children);
    // Every sample service has contact guidance; one without it shows the filter finds the gap.
    const items = key === 'Services' ? [...site.lists.Services, { ...site.lists.Services[0], Id: 9999, fields: { ...site.lists.Services[0].fields, HowToContact: null } }] : site.lists[key];
    const byCaml = items.filter((item) => matchesCondition(condition, item.fields, today)).map((item) => item.Id);
    const byIntent = items.filter((item) => intent(item.fields)).map((item) => item.Id);
    expect(byCaml).toEqual(byIntent);
    // A filter that keeps everything or nothing on this data would prove little.
    expect(byCaml.length).toBeGreaterThan(0);
    expect(byCaml.length).toBeLessThan(items.length);
  });
});
