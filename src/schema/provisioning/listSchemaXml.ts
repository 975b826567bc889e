import { FieldDefinition, IListDefinition, itemSecurityValue } from '../types';
import { contentTypeXml } from './contentType';
import { assertValidationLength, fieldXml, projectionXml, titleFieldXml, validationXml } from './fieldXml';
import { lookupProjectionsOf } from '../lookupProjections';
import { listValidationFormula, listValidationMessage } from '../validation';
import { viewXml } from './viewXml';
import { IViewDefinition, viewsOf } from '../views';
import { camlBoolean, element, SHAREPOINT_NAMESPACE, XML_DECLARATION } from './xml';

/** Rows per page in the default view; paging keeps it threshold-safe on large lists. */
export const DEFAULT_VIEW_ROW_LIMIT = 30;

/** Columns in the default view besides the title; more makes the view unreadable. */
const MAX_VIEW_COLUMNS = 8;

/**
 * Readers never see drafts: with content approval on, only people who can edit items
 * (and approvers) see drafts and pending items (SharePoint's DraftVisibilityType.Author).
 */
const DRAFTS_VISIBLE_TO_EDITORS = 1;

/** Long text and pictures make list views tall; the default view shows short columns only. */
function showsInDefaultView(field: FieldDefinition): boolean {
  return field.type !== 'Note' && field.type !== 'Image';
}

/** Internal names in the default view: the title (linked to the item), short columns, approval status. */
export function defaultViewFields(list: IListDefinition): string[] {
  const columns = list.fields.filter(showsInDefaultView).slice(0, MAX_VIEW_COLUMNS).map((field) => field.internalName);
  return ['LinkTitle', ...columns, ...(list.contentApproval ? ['_ModerationStatus'] : [])];
}

/** "All items": the first short columns, ordered by ID (the primary key) so it stays within the threshold. */
export function defaultView(list: IListDefinition): IViewDefinition {
  return {
    title: 'All items',
    url: 'AllItems.aspx',
    columns: defaultViewFields(list),
    orderBy: [{ field: 'ID', ascending: true }],
    rowLimit: DEFAULT_VIEW_ROW_LIMIT
  };
}

/** Where a list's own views come from: src/schema/views, or an earlier version's views in tests. */
export type ViewsOf = (list: IListDefinition) => readonly IViewDefinition[];

/** Every view of the list: the default view first (base view 1), then the list's own views. */
export function listViews(list: IListDefinition, ownViews: ViewsOf = viewsOf): IViewDefinition[] {
  return [defaultView(list), ...ownViews(list)];
}

function viewsXml(list: IListDefinition, ownViews: ViewsOf, depth: number): string {
  const views = listViews(list, ownViews);
  const urls = views.map((view) => view.url.toLowerCase());
  const repeated = urls.find((url, index) => urls.indexOf(url) !== index);
  if (repeated) throw new Error(`Two views of '${list.key}' use the page '${repeated}'.`);
  return element(depth, 'Views', [], views.map((view, index) => viewXml(list, view, index + 1, index === 0, depth + 1)));
}

function forms(depth: number): string {
  const form = (type: string, url: string): string =>
    element(depth + 1, 'Form', [
      ['Type', type],
      ['Url', url],
      ['SetupPath', 'pages\\form.aspx'],
      ['WebPartZoneID', 'Main']
    ]);
  return element(depth, 'Forms', [], [
    form('DisplayForm', 'DispForm.aspx'),
    form('EditForm', 'EditForm.aspx'),
    form('NewForm', 'NewForm.aspx')
  ]);
}

/** The list's validation across columns, checked by SharePoint whenever an item is saved. */
function listValidation(list: IListDefinition, depth: number): string[] {
  const formula = listValidationFormula(list);
  const message = listValidationMessage(list);
  if (formula === undefined || message === undefined) return [];
  assertValidationLength(list.key, formula, message);
  return [validationXml(depth, formula, message)];
}

/**
 * schema-<key>.xml: the custom schema of one list instance — settings, its content type,
 * every field (the Title column included), the default view and the standard forms.
 */
export function listSchemaXml(list: IListDefinition, ownViews: ViewsOf = viewsOf): string {
  const metaData = element(1, 'MetaData', [], [
    element(2, 'ContentTypes', [], [contentTypeXml(list, list.fields, 3)]),
    element(2, 'Fields', [], [
      titleFieldXml(list, 3),
      ...list.fields.map((field) => fieldXml(field, 'list', 3)),
      ...lookupProjectionsOf(list).map((projection) => projectionXml(projection, 3))
    ]),
    viewsXml(list, ownViews, 2),
    forms(2),
    ...listValidation(list, 2)
  ]);
  const root = element(
    0,
    'List',
    [
      ['xmlns:ows', 'Microsoft SharePoint'],
      ['Title', list.title],
      ['Description', list.description],
      ['Url', `Lists/${list.key}`],
      ['BaseType', 0],
      ['Direction', '$Resources:Direction;'],
      ['EnableContentTypes', 'TRUE'],
      ['FolderCreation', list.permissionFolders === true ? 'TRUE' : 'FALSE'],
      ['VersioningEnabled', camlBoolean(list.versioning)],
      // Minor versions exist only in libraries; on a list, content approval alone keeps drafts pending.
      ['ModeratedList', camlBoolean(list.contentApproval)],
      ['DraftVersionVisibility', list.contentApproval ? DRAFTS_VISIBLE_TO_EDITORS : undefined],
      // Item-level permissions, List element attributes (learn.microsoft.com/sharepoint/dev/schema/list-element-list;
      // values as in [MS-WSSCAML] 2.3.2.11.3): 2 = only the item's author and list administrators.
      ['ReadSecurity', list.itemLevelSecurity ? itemSecurityValue(list.itemLevelSecurity.read) : undefined],
      ['WriteSecurity', list.itemLevelSecurity ? itemSecurityValue(list.itemLevelSecurity.write) : undefined],
      ['xmlns', SHAREPOINT_NAMESPACE]
    ],
    [metaData]
  );
  return `${XML_DECLARATION}\n${root}\n`;
}
