import { IListDefinition } from '../types';
import { assertThresholdSafe, assertViewColumns, IViewDefinition, ViewFilter, ViewValue } from '../views';
import { camlBoolean, element } from './xml';

/** `<Value>` of a filter: booleans as 1/0, today (plus days) as SharePoint's `<Today>` token. */
function valueXml(value: ViewValue, depth: number): string {
  switch (value.type) {
    case 'Boolean':
      return element(depth, 'Value', [['Type', 'Boolean']], [], value.value ? '1' : '0');
    case 'Today':
      return element(depth, 'Value', [['Type', 'DateTime']], [element(depth + 1, 'Today', [['OffsetDays', value.offsetDays]])]);
    case 'Text':
      return element(depth, 'Value', [['Type', 'Text']], [], value.value);
  }
}

/** One CAML filter element: `<Eq>`, `<IsNull>`, `<And>`, … */
export function filterXml(filter: ViewFilter, depth: number): string {
  switch (filter.op) {
    case 'And':
    case 'Or':
      return element(depth, filter.op, [], filter.conditions.map((condition) => filterXml(condition, depth + 1)));
    case 'IsNull':
    case 'IsNotNull':
      return element(depth, filter.op, [], [element(depth + 1, 'FieldRef', [['Name', filter.field]])]);
    default:
      return element(depth, filter.op, [], [element(depth + 1, 'FieldRef', [['Name', filter.field]]), valueXml(filter.value, depth + 1)]);
  }
}

/** `<Query>`: grouping, filter and sort order, as SharePoint writes them. */
export function queryXml(view: IViewDefinition, depth: number): string {
  return element(depth, 'Query', [], queryParts(view, depth + 1));
}

/** The inside of `<Query>` on one line: what `m365 spo list view add --viewQuery` takes. */
export function queryInnerXml(view: IViewDefinition): string {
  return queryParts(view, 0)
    .map((part) => part.split('\n').map((line) => line.trim()).join(''))
    .join('');
}

function queryParts(view: IViewDefinition, inner: number): string[] {
  const parts: string[] = [];
  if (view.groupBy) {
    parts.push(
      element(inner, 'GroupBy', [['Collapse', camlBoolean(view.groupBy.collapsed)], ['GroupLimit', view.rowLimit]], [
        element(inner + 1, 'FieldRef', [['Name', view.groupBy.field]])
      ])
    );
  }
  if (view.filter) parts.push(element(inner, 'Where', [], [filterXml(view.filter, inner + 1)]));
  if (view.orderBy.length > 0) {
    parts.push(
      element(
        inner,
        'OrderBy',
        [],
        view.orderBy.map((sort) => element(inner + 1, 'FieldRef', [['Name', sort.field], ['Ascending', camlBoolean(sort.ascending)]]))
      )
    );
  }
  return parts;
}

/**
 * One `<View>` of a list schema. `baseViewId` is unique within the list; the default view is the
 * one list forms and the list's own link open.
 */
export function viewXml(list: IListDefinition, view: IViewDefinition, baseViewId: number, isDefault: boolean, depth: number): string {
  assertViewColumns(list, view);
  assertThresholdSafe(list, view);
  const inner = depth + 1;
  return element(
    depth,
    'View',
    [
      ['BaseViewID', baseViewId],
      ['Type', 'HTML'],
      ['WebPartZoneID', 'Main'],
      ['DisplayName', view.title],
      ['DefaultView', isDefault ? 'TRUE' : undefined],
      ['MobileView', 'TRUE'],
      ['MobileDefaultView', isDefault ? 'TRUE' : undefined],
      ['SetupPath', 'pages\\viewpage.aspx'],
      ['ImageUrl', '/_layouts/images/generic.png'],
      ['Url', view.url]
    ],
    [
      element(inner, 'XslLink', [['Default', 'TRUE']], [], 'main.xsl'),
      element(inner, 'JSLink', [], [], 'clienttemplates.js'),
      element(inner, 'RowLimit', [['Paged', 'TRUE']], [], String(view.rowLimit)),
      element(inner, 'Toolbar', [['Type', 'Standard']]),
      element(inner, 'ViewFields', [], view.columns.map((name) => element(inner + 1, 'FieldRef', [['Name', name]]))),
      queryXml(view, inner)
    ]
  );
}
