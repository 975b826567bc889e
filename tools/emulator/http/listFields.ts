/**
 * A list's fields (`web/lists/getByTitle('…')/fields`) as SP.Field entities: the columns the list
 * definition holds plus SharePoint's built-in ones, with `$filter` on their properties and
 * `$select`. Directory health reads it to find columns an earlier version left behind.
 */
import type { FieldDefinition, IListDefinition } from '../../../src/schema';
import { TITLE_FIELD_ID } from '../../../src/schema';
import { spErrors } from '../errors';
import { FilterLiteral, FilterNode, parseFilter } from '../odata/filterParser';
import type { Json } from '../shape/fieldValues';
import { stableGuid } from '../shape/names';
import { collectionPayload } from '../shape/payload';
import { IApiResponse, json } from './apiTypes';
import { ISiteRequest, webUrlOf } from './siteEntities';

type FieldProperties = { [key: string]: Json };

/** SharePoint's own columns every custom list has: those shown in list settings, and some hidden ones. */
const BUILT_IN_FIELDS: readonly { readonly name: string; readonly title: string; readonly type: string; readonly hidden: boolean }[] = [
  { name: 'ID', title: 'ID', type: 'Counter', hidden: false },
  { name: 'ContentType', title: 'Content Type', type: 'Computed', hidden: false },
  { name: 'Modified', title: 'Modified', type: 'DateTime', hidden: false },
  { name: 'Created', title: 'Created', type: 'DateTime', hidden: false },
  { name: 'Author', title: 'Created By', type: 'User', hidden: false },
  { name: 'Editor', title: 'Modified By', type: 'User', hidden: false },
  { name: 'Attachments', title: 'Attachments', type: 'Attachments', hidden: false },
  { name: '_UIVersionString', title: 'Version', type: 'Text', hidden: false },
  { name: 'GUID', title: 'GUID', type: 'Guid', hidden: true },
  { name: 'FileRef', title: 'URL Path', type: 'Lookup', hidden: true },
  { name: '_ModerationStatus', title: 'Approval Status', type: 'ModStat', hidden: true }
];

const TYPE_AS_STRING: Readonly<Record<FieldDefinition['type'], string>> = {
  Text: 'Text',
  Note: 'Note',
  Choice: 'Choice',
  MultiChoice: 'MultiChoice',
  Boolean: 'Boolean',
  DateTime: 'DateTime',
  Number: 'Number',
  URL: 'URL',
  Image: 'Thumbnail',
  User: 'User',
  Lookup: 'Lookup',
  LookupMulti: 'LookupMulti'
};

function fieldProperties(list: IListDefinition): FieldProperties[] {
  const field = (id: string, name: string, title: string, type: string, hidden: boolean, description = ''): FieldProperties => ({
    Description: description,
    Hidden: hidden,
    Id: id,
    InternalName: name,
    ReadOnlyField: false,
    StaticName: name,
    Title: title,
    TypeAsString: type
  });
  return [
    field(TITLE_FIELD_ID, 'Title', list.titleDisplayName, 'Text', false),
    ...list.fields.map((definition) =>
      field(definition.id, definition.internalName, definition.displayName, TYPE_AS_STRING[definition.type], false, definition.description)
    ),
    ...BUILT_IN_FIELDS.map((builtIn) => field(stableGuid(`${list.id}:${builtIn.name}`), builtIn.name, builtIn.title, builtIn.type, builtIn.hidden))
  ];
}

function literalValue(literal: FilterLiteral): Json {
  return literal.type === 'null' ? null : literal.value;
}

function matches(node: FilterNode, properties: FieldProperties): boolean {
  switch (node.kind) {
    case 'and':
      return matches(node.left, properties) && matches(node.right, properties);
    case 'or':
      return matches(node.left, properties) || matches(node.right, properties);
    case 'not':
      return !matches(node.operand, properties);
    case 'compare': {
      if (!(node.path in properties)) throw spErrors.fieldNotFound(node.path);
      if (node.op !== 'eq' && node.op !== 'ne') throw spErrors.badRequestBody('The emulator compares SP.Field properties with eq and ne only.');
      const equal = properties[node.path] === literalValue(node.value);
      return node.op === 'eq' ? equal : !equal;
    }
    default: {
      if (!(node.path in properties)) throw spErrors.fieldNotFound(node.path);
      const value = String(properties[node.path] ?? '');
      return node.kind === 'startswith' ? value.startsWith(node.value) : value.includes(node.value);
    }
  }
}

function selected(properties: FieldProperties, select: string | null): FieldProperties {
  if (select === null || select.trim() === '' || select.trim() === '*') return properties;
  const result: FieldProperties = {};
  for (const name of select.split(',').map((part) => part.trim())) {
    if (!(name in properties)) throw spErrors.fieldNotFound(name);
    result[name] = properties[name];
  }
  return result;
}

export function listFields(site: ISiteRequest, list: IListDefinition): IApiResponse {
  const search = site.request.url.searchParams;
  const filterText = search.get('$filter');
  const filter = filterText ? parseFilter(filterText) : undefined;
  const values = fieldProperties(list)
    .filter((properties) => filter === undefined || matches(filter, properties))
    .map((properties) => selected(properties, search.get('$select')));
  const webUrl = webUrlOf(site);
  return json(200, site.format, collectionPayload(site.format, values, `${webUrl}/_api/$metadata#SP.ApiData.Fields`, undefined), {});
}

