/**
 * Shapes stored values into the JSON SharePoint Online returns for each column type:
 * dates as ISO UTC without milliseconds, hyperlinks as {Description, Url}, Image columns as a
 * JSON *string*, lookups as {Id, Title} when expanded and as `<Name>Id` numbers otherwise,
 * multi-value columns as arrays (verbose: {results: [...]}).
 */
import type { IListDefinition, ListKey } from '../../../src/schema';
import type { IColumn, ListColumns } from '../columns';
import type { ODataFormat } from '../errors';
import type { IReferenceResolver } from '../odata/evaluate';
import type { IStoredImage, IStoredItem, IStoredUrl, StoredValue } from '../siteData';
import { entityTypeName, itemGuid, stableGuid, userGuid } from './names';

export interface IShapeContext {
  readonly format: ODataFormat;
  /** e.g. http://127.0.0.1:5000 */
  readonly origin: string;
  /** e.g. http://127.0.0.1:5000/sites/council */
  readonly webUrl: string;
  readonly refs: IReferenceResolver;
  listDefinition(key: ListKey): IListDefinition;
  /** A list's columns, for the fields a lookup projects from its target. */
  columnsOf(key: ListKey): ListColumns | undefined;
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** SharePoint writes instants as 2024-05-13T23:00:00Z. */
export function sharePointDate(value: string): string {
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function collection(values: Json[], elementType: string, context: IShapeContext): Json {
  if (context.format === 'verbose') {
    return { __metadata: { type: `Collection(${elementType})` }, results: values };
  }
  return values;
}

function imageValue(image: IStoredImage, column: IColumn, list: IListDefinition, context: IShapeContext): string {
  // The Image (Thumbnail) column comes back as a JSON-encoded string, not an object.
  return JSON.stringify({
    type: 'thumbnail',
    fileName: image.fileName,
    nativeFile: {},
    fieldName: column.name,
    serverUrl: context.origin,
    fieldId: column.definition?.id ?? '',
    serverRelativeUrl: image.serverRelativeUrl,
    id: stableGuid(image.serverRelativeUrl)
  });
}

/** The value of a non-reference column. */
export function plainValue(item: IStoredItem, column: IColumn, list: IListDefinition, context: IShapeContext): Json {
  const raw: StoredValue = column.read(item);
  if (column.type === 'MultiChoice') {
    return collection(Array.isArray(raw) ? (raw as string[]) : [], 'Edm.String', context);
  }
  if (raw === null || raw === undefined) {
    return null;
  }
  switch (column.type) {
    case 'DateTime':
      return sharePointDate(raw as string);
    case 'URL': {
      const url = raw as IStoredUrl;
      const value: { [key: string]: Json } = { Description: url.Description, Url: url.Url };
      return context.format === 'verbose' ? { __metadata: { type: 'SP.FieldUrlValue' }, ...value } : value;
    }
    case 'Image':
      return imageValue(raw as IStoredImage, column, list, context);
    default:
      return raw as string | number | boolean;
  }
}

/** `<Name>Id` of a lookup, person or multi-lookup column. */
export function idValue(item: IStoredItem, column: IColumn, context: IShapeContext): Json {
  const raw = column.read(item);
  if (column.type === 'LookupMulti') {
    return collection(Array.isArray(raw) ? (raw as number[]) : [], 'Edm.Int32', context);
  }
  return typeof raw === 'number' ? raw : null;
}

function entityMetadata(context: IShapeContext, id: string, type: string): { [key: string]: Json } {
  if (context.format === 'verbose') {
    return { __metadata: { id, type } };
  }
  if (context.format === 'minimalmetadata') {
    return { 'odata.type': type, 'odata.id': id };
  }
  return {};
}

function expandedOne(
  id: number,
  column: IColumn,
  properties: readonly string[],
  context: IShapeContext
): Json {
  if (column.type === 'User') {
    const user = context.refs.user(id);
    if (!user) {
      return null;
    }
    const all: Record<string, Json> = {
      Id: user.id,
      ID: user.id,
      Title: user.title,
      EMail: user.email,
      Name: user.loginName,
      UserName: user.email
    };
    const shaped = entityMetadata(context, userGuid(user.id), 'SP.Data.UserInfoItem');
    for (const property of properties) {
      shaped[property] = all[property];
    }
    return shaped;
  }
  const target = context.listDefinition(column.target as ListKey);
  const shaped = entityMetadata(context, itemGuid(target.id, id), `SP.Data.${entityTypeName(target)}Item`);
  // A lookup to a deleted item keeps its stored id (<Name>Id), but the join finds no row:
  // SharePoint returns every expanded property, Id included, as null.
  if (!context.refs.item(target.key, id)) {
    for (const property of properties) shaped[property] = null;
    return shaped;
  }
  const all: Record<string, Json> = { Id: id, ID: id, Title: context.refs.titleOf(target.key, id) };
  for (const property of properties) {
    shaped[property] = property in all ? all[property] : projectedValue(target, id, property, context);
  }
  return shaped;
}

/** A further field of a lookup's target item (`ContactOfficer/Email`), shaped as that column's own value. */
function projectedValue(target: IListDefinition, id: number, property: string, context: IShapeContext): Json {
  const column = context.columnsOf(target.key)?.find(property);
  const item = context.refs.item(target.key, id);
  return column && item ? plainValue(item, column, target, context) : null;
}

/** An expanded lookup ({Id, Title}), multi-lookup ([{Id, Title}]) or person ({Id, Title, EMail}). */
export function expandedValue(
  item: IStoredItem,
  column: IColumn,
  properties: readonly string[],
  context: IShapeContext
): Json {
  const raw = column.read(item);
  if (column.type === 'LookupMulti') {
    const ids = Array.isArray(raw) ? (raw as number[]) : [];
    const values = ids.map((id) => expandedOne(id, column, properties, context));
    return context.format === 'verbose' ? { results: values } : values;
  }
  return typeof raw === 'number' ? expandedOne(raw, column, properties, context) : null;
}
