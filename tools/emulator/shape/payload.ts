/**
 * The envelopes SharePoint puts around entities and collections in each OData flavour:
 * nometadata `{value}` / bare object, minimalmetadata with `odata.metadata`, verbose `{d: …}`.
 */
import type { ODataFormat } from '../errors';
import type { Json } from './fieldValues';

export function collectionPayload(
  format: ODataFormat,
  values: Json[],
  metadataUrl: string,
  nextLink: string | undefined
): Json {
  if (format === 'verbose') {
    return nextLink === undefined ? { d: { results: values } } : { d: { results: values, __next: nextLink } };
  }
  const payload: { [key: string]: Json } = format === 'minimalmetadata' ? { 'odata.metadata': metadataUrl } : {};
  payload.value = values;
  if (nextLink !== undefined) {
    payload['odata.nextLink'] = nextLink;
  }
  return payload;
}

/** A single list item (which already carries its own metadata). */
export function elementPayload(format: ODataFormat, value: { [key: string]: Json }, metadataUrl: string): Json {
  if (format === 'verbose') {
    return { d: value };
  }
  return format === 'minimalmetadata' ? { 'odata.metadata': `${metadataUrl}/@Element`, ...value } : value;
}

/** A non-item entity such as SP.Web, SP.List or SP.User. */
export function entityPayload(
  format: ODataFormat,
  properties: { [key: string]: Json },
  entity: { readonly type: string; readonly uri: string; readonly editLink: string; readonly metadataUrl: string }
): Json {
  if (format === 'verbose') {
    return { d: { __metadata: { id: entity.uri, uri: entity.uri, type: entity.type }, ...properties } };
  }
  if (format === 'minimalmetadata') {
    return {
      'odata.metadata': entity.metadataUrl,
      'odata.type': entity.type,
      'odata.id': entity.uri,
      'odata.editLink': entity.editLink,
      ...properties
    };
  }
  return properties;
}
