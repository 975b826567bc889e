import { FieldDefinition, IListDefinition } from '../types';
import { contentTypeXml } from './contentType';
import { assertValidationLength, fieldXml, titleFieldXml, validationXml } from './fieldXml';
import { listValidationFormula, listValidationMessage } from '../validation';
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

function defaultView(list: IListDefinition, depth: number): string {
  const inner = depth + 1;
  return element(
    depth,
    'View',
    [
      ['BaseViewID', 1],
      ['Type', 'HTML'],
      ['WebPartZoneID', 'Main'],
      ['DisplayName', 'All items'],
      ['DefaultView', 'TRUE'],
      ['MobileView', 'TRUE'],
      ['MobileDefaultView', 'TRUE'],
      ['SetupPath', 'pages\\viewpage.aspx'],
      ['ImageUrl', '/_layouts/images/generic.png'],
      ['Url', 'AllItems.aspx']
    ],
    [
      element(inner, 'XslLink', [['Default', 'TRUE']], [], 'main.xsl'),
      element(inner, 'JSLink', [], [], 'clienttemplates.js'),
      element(inner, 'RowLimit', [['Paged', 'TRUE']], [], String(DEFAULT_VIEW_ROW_LIMIT)),
      element(inner, 'Toolbar', [['Type', 'Standard']]),
      element(
        inner,
        'ViewFields',
        [],
        defaultViewFields(list).map((name) => element(inner + 1, 'FieldRef', [['Name', name]]))
      ),
      // Ordering by ID uses the primary key, so the view stays within the list view threshold.
      element(inner, 'Query', [], [element(inner + 1, 'OrderBy', [], [element(inner + 2, 'FieldRef', [['Name', 'ID']])])])
    ]
  );
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
export function listSchemaXml(list: IListDefinition): string {
  const metaData = element(1, 'MetaData', [], [
    element(2, 'ContentTypes', [], [contentTypeXml(list, list.fields, 3)]),
    element(2, 'Fields', [], [titleFieldXml(list, 3), ...list.fields.map((field) => fieldXml(field, 'list', 3))]),
    element(2, 'Views', [], [defaultView(list, 3)]),
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
      ['FolderCreation', 'FALSE'],
      ['VersioningEnabled', camlBoolean(list.versioning)],
      // Minor versions exist only in libraries; on a list, content approval alone keeps drafts pending.
      ['ModeratedList', camlBoolean(list.contentApproval)],
      ['DraftVersionVisibility', list.contentApproval ? DRAFTS_VISIBLE_TO_EDITORS : undefined],
      ['xmlns', SHAREPOINT_NAMESPACE]
    ],
    [metaData]
  );
  return `${XML_DECLARATION}\n${root}\n`;
}
