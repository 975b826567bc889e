/**
 * Plain SharePoint entities (SP.List, SP.Field, SP.View, SP.ContentType, SP.User, SP.Group) in
 * each OData flavour: verbose `__metadata {id, uri, type}`, minimal `odata.type/id/editLink`,
 * nometadata bare; collections as `{d: {results}}` or `{value}`.
 */
import type { ODataFormat } from '../errors';
import type { IEntity } from '../odata/entityQuery';
import { selectProperties } from '../odata/entityQuery';
import type { Json } from './fieldValues';
import { collectionPayload, entityPayload } from './payload';

/** A collection of strings: an array, or verbose's `{__metadata: Collection(Edm.String), results}`. */
export function stringCollection(format: ODataFormat, values: readonly string[]): Json {
  return format === 'verbose' ? { __metadata: { type: 'Collection(Edm.String)' }, results: [...values] } : [...values];
}

function annotated(format: ODataFormat, webUrl: string, entity: IEntity, select: readonly string[] | undefined): { [key: string]: Json } {
  const properties = selectProperties(entity.properties, select);
  const uri = `${webUrl}/_api/${entity.path}`;
  if (format === 'verbose') return { __metadata: { id: uri, uri, type: entity.type }, ...properties };
  if (format === 'minimalmetadata') return { 'odata.type': entity.type, 'odata.id': uri, 'odata.editLink': entity.path, ...properties };
  return properties;
}

/** `entitySet` names the collection in minimal metadata, e.g. SP.ApiData.Fields. */
export function entityCollection(
  format: ODataFormat,
  webUrl: string,
  entities: readonly IEntity[],
  select: readonly string[] | undefined,
  entitySet: string
): Json {
  const values = entities.map((entity) => annotated(format, webUrl, entity, select));
  return collectionPayload(format, values, `${webUrl}/_api/$metadata#${entitySet}`, undefined);
}

export function entityElement(
  format: ODataFormat,
  webUrl: string,
  entity: IEntity,
  select: readonly string[] | undefined,
  entitySet: string
): Json {
  return entityPayload(format, selectProperties(entity.properties, select), {
    type: entity.type,
    uri: `${webUrl}/_api/${entity.path}`,
    editLink: entity.path,
    metadataUrl: `${webUrl}/_api/$metadata#${entitySet}/@Element`
  });
}
