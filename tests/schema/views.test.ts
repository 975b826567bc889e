import { allLists, LIST_VIEW_THRESHOLD, schema } from '../../src/schema';
import { defaultView } from '../../src/schema/provisioning/listSchemaXml';
import { assertThresholdSafe, assertViewColumns, filterFields, IViewDefinition, LIST_VIEWS, viewsOf } from '../../src/schema/views';

const everyView = allLists.flatMap((list) => [defaultView(list), ...viewsOf(list)].map((view) => [list.key, view.title, list, view] as const));

describe('the views provisioned with the lists', () => {
  test('admins get the views the issue asks for', () => {
    const titles = Object.entries(LIST_VIEWS).flatMap(([key, views]) => (views ?? []).map((view) => `${key}: ${view.title}`));
    expect(titles).toEqual(
      expect.arrayContaining(['Members: Current members by ward', 'Officers: Needs review', 'Officers: Liaison officers', 'BriefingItems: Latest by briefing'])
    );
  });

  test.each(everyView)('%s "%s" names only columns the list has and is paged within limits', (_key, _title, list, view) => {
    expect(() => assertViewColumns(list, view)).not.toThrow();
    expect(view.rowLimit).toBeGreaterThan(0);
    expect(view.rowLimit).toBeLessThanOrEqual(100);
  });

  test.each(everyView)('%s "%s" can be served from an index at the designed scale', (_key, _title, list, view) => {
    expect(() => assertThresholdSafe(list, view)).not.toThrow();
  });

  test('each list\'s view pages and titles are unique', () => {
    for (const list of allLists) {
      const views = [defaultView(list), ...viewsOf(list)];
      expect(new Set(views.map((view) => view.url.toLowerCase())).size).toBe(views.length);
      expect(new Set(views.map((view) => view.title)).size).toBe(views.length);
    }
  });

  test('current members are grouped by ward and sorted by surname', () => {
    const [byWard] = viewsOf(schema.Members);
    expect(byWard.filter).toEqual({ op: 'Eq', field: 'IsCurrent', value: { type: 'Boolean', value: true } });
    expect(byWard.groupBy?.field).toBe('Ward');
    expect(byWard.orderBy[0]).toEqual({ field: 'Surname', ascending: true });
  });
});

describe('assertThresholdSafe refuses views that would fail on a large list', () => {
  const officers = schema.Officers;
  const base: IViewDefinition = { title: 'Test', url: 'Test.aspx', columns: ['LinkTitle'], orderBy: [{ field: 'ID', ascending: true }], rowLimit: 30 };

  test('the Officers list is over the threshold, so these checks bite', () => {
    expect(officers.expectedItems).toBeGreaterThan(LIST_VIEW_THRESHOLD);
  });

  test.each<[string, Partial<IViewDefinition>, RegExp]>([
    ['a filter on a column without an index', { filter: { op: 'Eq', field: 'Team', value: { type: 'Text', value: 'Highways' } } }, /first filter, on 'Team', is not on an indexed column/],
    [
      'an indexed filter after an unindexed one',
      {
        filter: {
          op: 'And',
          conditions: [
            { op: 'Eq', field: 'JobTitle', value: { type: 'Text', value: 'Manager' } },
            { op: 'Eq', field: 'IsLiaisonOfficer', value: { type: 'Boolean', value: true } }
          ]
        }
      },
      /first filter, on 'JobTitle'/
    ],
    ['an "is empty" filter', { filter: { op: 'IsNull', field: 'LastReviewed' } }, /"is empty" filter/],
    ['a sort by a column without an index', { orderBy: [{ field: 'Title', ascending: true }] }, /sorts or groups by Title/],
    ['grouping by a column without an index', { groupBy: { field: 'Team', collapsed: true } }, /sorts or groups by Team/],
    [
      'an unindexed sort whose filter is not known to narrow the list',
      { filter: { op: 'Eq', field: 'IsLiaisonOfficer', value: { type: 'Boolean', value: false } }, orderBy: [{ field: 'Title', ascending: true }] },
      /Title, which are not indexed/
    ]
  ])('%s', (_case, change, message) => {
    expect(() => assertThresholdSafe(officers, { ...base, ...change })).toThrow(message);
  });

  test('an indexed filter known to leave fewer rows than the threshold may then sort by anything', () => {
    const narrowed: IViewDefinition = {
      ...base,
      filter: { op: 'Eq', field: 'IsLiaisonOfficer', value: { type: 'Boolean', value: true } },
      orderBy: [{ field: 'Title', ascending: true }],
      expectedRows: 600
    };
    expect(() => assertThresholdSafe(officers, narrowed)).not.toThrow();
    expect(() => assertThresholdSafe(officers, { ...narrowed, expectedRows: LIST_VIEW_THRESHOLD + 1 })).toThrow(/not indexed/);
  });

  test('a small list may filter and sort by any column', () => {
    expect(() => assertThresholdSafe(schema.Members, { ...base, filter: { op: 'IsNull', field: 'Email' }, orderBy: [{ field: 'Surname', ascending: true }] })).not.toThrow();
  });

  test('a column the list does not have, or an unpaged row count, is refused', () => {
    expect(() => assertViewColumns(officers, { ...base, columns: ['LinkTitle', 'Ward'] })).toThrow(/names Ward, which the list does not have/);
    expect(() => assertViewColumns(officers, { ...base, rowLimit: 0 })).toThrow(/use 1 to 5000/);
  });

  test('filterFields lists every column of nested conditions, first first', () => {
    expect(
      filterFields({
        op: 'Or',
        conditions: [
          { op: 'IsNull', field: 'EndDate' },
          { op: 'And', conditions: [{ op: 'IsNotNull', field: 'StartDate' }, { op: 'Geq', field: 'EndDate', value: { type: 'Today', offsetDays: 0 } }] }
        ]
      })
    ).toEqual(['EndDate', 'StartDate', 'EndDate']);
  });
});
