/** One list item as SharePoint returns it, for a given projection and OData flavour. */
import type { IListDefinition } from '../../../src/schema';
import type { ListColumns } from '../columns';
import type { IProjection } from '../odata/querySelect';
import type { IStoredItem } from '../siteData';
import { expandedValue, idValue, IShapeContext, Json, plainValue } from './fieldValues';
import { listContentTypeId } from './listSchemaEntities';
import { entityTypeName, itemETag, itemGuid, itemPath } from './names';

function itemMetadata(item: IStoredItem, list: IListDefinition, context: IShapeContext): { [key: string]: Json } {
  const type = `SP.Data.${entityTypeName(list)}Item`;
  const path = itemPath(list, item.Id);
  const etag = itemETag(item.version);
  if (context.format === 'verbose') {
    return { __metadata: { id: itemGuid(list.id, item.Id), uri: `${context.webUrl}/_api/${path}`, etag, type } };
  }
  if (context.format === 'minimalmetadata') {
    return { 'odata.type': type, 'odata.id': itemGuid(list.id, item.Id), 'odata.etag': etag, 'odata.editLink': path };
  }
  return {};
}

function defaultRepresentation(
  item: IStoredItem,
  columns: ListColumns,
  context: IShapeContext
): { [key: string]: Json } {
  const list = columns.list;
  const shaped: { [key: string]: Json } = {
    FileSystemObjectType: 0,
    Id: item.Id,
    ServerRedirectedEmbedUri: null,
    ServerRedirectedEmbedUrl: '',
    ContentTypeId: listContentTypeId(list),
    Title: (item.fields.Title as string | undefined) ?? null
  };
  for (const field of list.fields) {
    const column = columns.resolve(field.internalName).column;
    if (field.type === 'Lookup' || field.type === 'LookupMulti') {
      shaped[`${field.internalName}Id`] = idValue(item, column, context);
    } else if (field.type === 'User') {
      const id = idValue(item, column, context);
      shaped[`${field.internalName}Id`] = id;
      shaped[`${field.internalName}StringId`] = id === null ? null : String(id);
    } else {
      shaped[field.internalName] = plainValue(item, column, list, context);
    }
  }
  Object.assign(shaped, {
    ID: item.Id,
    Modified: plainValue(item, columns.resolve('Modified').column, list, context),
    Created: plainValue(item, columns.resolve('Created').column, list, context),
    AuthorId: item.AuthorId,
    EditorId: item.EditorId,
    OData__UIVersionString: `${item.version}.0`,
    Attachments: false,
    GUID: itemGuid(list.id, item.Id)
  });
  if (list.contentApproval) {
    shaped.OData__ModerationComments = null;
    shaped.OData__ModerationStatus = item.moderationStatus;
  }
  return shaped;
}

export function shapeItem(
  item: IStoredItem,
  projection: IProjection,
  columns: ListColumns,
  context: IShapeContext
): { [key: string]: Json } {
  const shaped = itemMetadata(item, columns.list, context);
  if (projection.entries === undefined) {
    Object.assign(shaped, defaultRepresentation(item, columns, context));
  }
  for (const entry of projection.entries ?? projection.expandedDefaults) {
    const name = entry.column.name;
    switch (entry.kind) {
      case 'plain':
        shaped[name] = plainValue(item, entry.column, columns.list, context);
        break;
      case 'id':
        shaped[`${name}Id`] = idValue(item, entry.column, context);
        break;
      default:
        shaped[name] = expandedValue(item, entry.column, entry.properties, context);
    }
  }
  return shaped;
}
