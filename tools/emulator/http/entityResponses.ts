/** Answers GET on a collection or one member of plain entities, with the request's query options applied. */
import { IEntity, IEntityVocabulary, queryEntities, readEntityQuery } from '../odata/entityQuery';
import { entityCollection, entityElement } from '../shape/entities';
import { SharePointError } from '../errors';
import type { Json } from '../shape/fieldValues';
import { IApiResponse, json } from './apiTypes';
import { ISiteRequest, webUrlOf } from './siteEntities';

export function collectionResponse(
  site: ISiteRequest,
  entities: readonly IEntity[],
  vocabulary: IEntityVocabulary,
  entitySet: string
): IApiResponse {
  const query = readEntityQuery(site.request.url.searchParams, vocabulary, true);
  const selected = queryEntities(entities, query);
  return json(200, site.format, entityCollection(site.format, webUrlOf(site), selected, query.select, entitySet));
}

export function elementResponse(site: ISiteRequest, entity: IEntity, vocabulary: IEntityVocabulary, entitySet: string): IApiResponse {
  const query = readEntityQuery(site.request.url.searchParams, vocabulary, false);
  return json(200, site.format, entityElement(site.format, webUrlOf(site), entity, query.select, entitySet));
}

/** A single property read as its own resource (e.g. …/ViewFields/SchemaXml). */
export function propertyResponse(site: ISiteRequest, name: string, value: Json, edmType: string): IApiResponse {
  if (site.format === 'verbose') return json(200, site.format, { d: { [name]: value } });
  const payload: { [key: string]: Json } = site.format === 'minimalmetadata' ? { 'odata.metadata': `${webUrlOf(site)}/_api/$metadata#${edmType}` } : {};
  payload.value = value;
  return json(200, site.format, payload);
}

/** SharePoint supports writes here; the emulator does not, and says so rather than pretending. */
export function notImplemented(method: string, typeName: string): SharePointError {
  return new SharePointError(
    501,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The SharePoint emulator does not implement HTTP ${method} on ${typeName}.`
  );
}
