/**
 * Read-only endpoints below a list that describe it: …/fields, …/views, …/defaultview,
 * …/views(…)/viewfields and …/contenttypes, as PnPjs's fields, views and content-types
 * modules address them.
 */
import type { IListDefinition } from '../../../src/schema';
import { SharePointError, spErrors } from '../errors';
import type { IEntity } from '../odata/entityQuery';
import { FIELD_VOCABULARY, fieldEntities, findField } from '../shape/fieldEntities';
import {
  CONTENT_TYPE_VOCABULARY,
  contentTypeEntities,
  VIEW_VOCABULARY,
  viewEntities,
  viewFieldsEntity
} from '../shape/listSchemaEntities';
import { IApiResponse } from './apiTypes';
import { collectionResponse, elementResponse, notImplemented, propertyResponse } from './entityResponses';
import type { ISiteRequest } from './siteEntities';

const QUOTED = "'((?:[^']|'')*)'";
const GUID = "(?:guid)?'\\{?([0-9a-f-]{36})\\}?'";
const FIELD_BY = new RegExp(`^/fields(?:/getbyinternalnameortitle\\(${QUOTED}\\)|/getbytitle\\(${QUOTED}\\)|\\(${GUID}\\)|/getbyid\\(${GUID}\\))$`, 'i');
const VIEW_BY = new RegExp(`^/(?:views/getbytitle\\(${QUOTED}\\)|views\\(${GUID}\\)|views/getbyid\\(${GUID}\\)|getview\\(${GUID}\\)|(defaultview))(/viewfields(?:/schemaxml)?)?$`, 'i');
const CONTENT_TYPE_BY = new RegExp(`^/contenttypes\\(${QUOTED}\\)$`, 'i');

const FIELD_VIEW_SET = 'SP.ApiData.Fields';

function unquote(text: string): string {
  return text.replace(/''/g, "'");
}

function viewNotFound(): SharePointError {
  // Not in Microsoft's docs; the wording SharePoint Online is reported to send for an unknown view.
  return new SharePointError(404, '-2147024809, System.ArgumentException', 'The specified view is invalid.');
}

function contentTypeNotFound(id: string): SharePointError {
  return spErrors.endpointNotFound(`contenttypes('${id}')`);
}

/** Answers the request when `below` (the path after the list) is one of these endpoints; undefined otherwise. */
export function listSchemaResponse(site: ISiteRequest, list: IListDefinition, below: string, method: string): IApiResponse | undefined {
  const lower = below.toLowerCase();
  const serverRelativeUrl = site.store.serverRelativeUrl;
  const isCollection = lower === '/fields' || lower === '/views' || lower === '/contenttypes';
  const fieldMatch = FIELD_BY.exec(below);
  const viewMatch = VIEW_BY.exec(below);
  const contentTypeMatch = CONTENT_TYPE_BY.exec(below);
  if (!isCollection && !fieldMatch && !viewMatch && !contentTypeMatch) return undefined;
  if (method !== 'GET') {
    const collectionType: Record<string, string> = { '/fields': 'SP.FieldCollection', '/views': 'SP.ViewCollection', '/contenttypes': 'SP.ContentTypeCollection' };
    throw notImplemented(method, collectionType[lower] ?? below.replace(/^\//, ''));
  }
  if (lower === '/fields') return collectionResponse(site, fieldEntities(list, site.format, site.store), FIELD_VOCABULARY, FIELD_VIEW_SET);
  if (lower === '/views') return collectionResponse(site, viewEntities(list, site.format, serverRelativeUrl), VIEW_VOCABULARY, 'SP.ApiData.Views');
  if (lower === '/contenttypes') {
    return collectionResponse(site, contentTypeEntities(list, site.format, serverRelativeUrl), CONTENT_TYPE_VOCABULARY, 'SP.ApiData.ContentTypes');
  }
  if (fieldMatch) {
    const fields = fieldEntities(list, site.format, site.store);
    const [, nameOrTitle, title, id, byId] = fieldMatch;
    const field =
      nameOrTitle !== undefined
        ? findField(fields, unquote(nameOrTitle), 'internalNameOrTitle')
        : title !== undefined
          ? findField(fields, unquote(title), 'title')
          : findField(fields, id ?? byId ?? '', 'id');
    if (!field) {
      throw spErrors.columnNotFound(unquote(nameOrTitle ?? title ?? id ?? byId ?? ''), `${serverRelativeUrl}/Lists/${list.key}`);
    }
    return elementResponse(site, field, FIELD_VOCABULARY, FIELD_VIEW_SET);
  }
  if (viewMatch) {
    const [, title, id, byId, getView, isDefault, viewFields] = viewMatch;
    const views = viewEntities(list, site.format, serverRelativeUrl);
    const view: IEntity | undefined =
      isDefault !== undefined
        ? views.find((candidate) => candidate.properties.DefaultView === true)
        : title !== undefined
          ? views.find((candidate) => candidate.properties.Title === unquote(title))
          : views.find((candidate) => String(candidate.properties.Id) === (id ?? byId ?? getView ?? '').toLowerCase());
    if (!view) throw viewNotFound();
    if (viewFields === undefined) return elementResponse(site, view, VIEW_VOCABULARY, 'SP.ApiData.Views');
    const fieldsOfView = viewFieldsEntity(list, site.format, String(view.properties.Id));
    if (/\/schemaxml$/i.test(viewFields)) return propertyResponse(site, 'SchemaXml', fieldsOfView.properties.SchemaXml, 'Edm.String');
    return elementResponse(site, fieldsOfView, { typeName: 'SP.ViewFieldCollection', base: new Set(['Items', 'SchemaXml']) }, 'SP.ApiData.ViewFieldCollections');
  }
  const wanted = unquote(contentTypeMatch?.[1] ?? '');
  const contentType = contentTypeEntities(list, site.format, serverRelativeUrl).find(
    (candidate) => String(candidate.properties.StringId).toLowerCase() === wanted.toLowerCase()
  );
  if (!contentType) throw contentTypeNotFound(wanted);
  return elementResponse(site, contentType, CONTENT_TYPE_VOCABULARY, 'SP.ApiData.ContentTypes');
}
