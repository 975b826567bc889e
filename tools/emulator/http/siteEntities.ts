/**
 * The site-level entities: SP.ContextWebInformation (form digest), SP.Web, SP.User,
 * SP.StorageEntity (tenant properties) and SP.List, in each OData flavour.
 */
import type { IListDefinition } from '../../../src/schema';
import { FORM_DIGEST_TIMEOUT_SECONDS, issueDigest } from '../auth';
import type { ODataFormat } from '../errors';
import { spErrors } from '../errors';
import { Json, sharePointDate } from '../shape/fieldValues';
import { entityTypeName, listPath, stableGuid, userGuid } from '../shape/names';
import { entityPayload } from '../shape/payload';
import type { ISiteUser } from '../siteData';
import type { SiteStore } from '../store';
import { IApiRequest, IApiResponse, json } from './apiTypes';

const SITE_CREATED = '2024-01-01T00:00:00Z';

export interface ISiteRequest {
  readonly store: SiteStore;
  readonly request: IApiRequest;
  readonly format: ODataFormat;
}

export function webUrlOf(site: ISiteRequest): string {
  return `${site.request.url.origin}${site.store.serverRelativeUrl}`;
}

/** $select on a plain entity such as SP.Web or SP.List. */
function selectProperties(properties: { [key: string]: Json }, search: URLSearchParams): { [key: string]: Json } {
  const select = search.get('$select');
  if (select === null || select.trim() === '' || select.trim() === '*') {
    return properties;
  }
  const selected: { [key: string]: Json } = {};
  for (const name of select.split(',').map((part) => part.trim())) {
    if (!(name in properties)) {
      throw spErrors.fieldNotFound(name);
    }
    selected[name] = properties[name];
  }
  return selected;
}

function entity(
  site: ISiteRequest,
  properties: { [key: string]: Json },
  description: { readonly type: string; readonly path: string; readonly editLink: string; readonly entitySet: string },
  headers: Record<string, string> = {}
): IApiResponse {
  const webUrl = webUrlOf(site);
  const payload = entityPayload(site.format, selectProperties(properties, site.request.url.searchParams), {
    type: description.type,
    uri: `${webUrl}/_api/${description.path}`,
    editLink: description.editLink,
    metadataUrl: `${webUrl}/_api/$metadata#${description.entitySet}/@Element`
  });
  return json(200, site.format, payload, headers);
}

export function contextInfo(site: ISiteRequest): IApiResponse {
  const webUrl = webUrlOf(site);
  const versions = ['14.0.0.0', '15.0.0.0'];
  const properties: { [key: string]: Json } = {
    FormDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(),
    LibraryVersion: '16.0.25012.12006',
    SiteFullUrl: webUrl,
    SupportedSchemaVersions: site.format === 'verbose' ? { results: versions } : versions,
    WebFullUrl: webUrl
  };
  if (site.format === 'verbose') {
    return json(200, site.format, {
      d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...properties } }
    });
  }
  const payload =
    site.format === 'minimalmetadata'
      ? { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ContextWebInformation`, ...properties }
      : properties;
  return json(200, site.format, payload);
}

export function webEntity(site: ISiteRequest): IApiResponse {
  const lastModified = Object.values(site.store.definitions)
    .map((list) => site.store.lastModified(list.key))
    .reduce((latest, value) => (value > latest ? value : latest), SITE_CREATED);
  return entity(
    site,
    {
      AllowRssFeeds: false,
      Created: SITE_CREATED,
      Description: '',
      Id: stableGuid(site.store.serverRelativeUrl),
      Language: 2057,
      LastItemModifiedDate: sharePointDate(lastModified),
      ServerRelativeUrl: site.store.serverRelativeUrl,
      Title: site.store.siteTitle,
      Url: webUrlOf(site),
      WebTemplate: 'STS'
    },
    { type: 'SP.Web', path: 'Web', editLink: 'Web', entitySet: 'SP.ApiData.Webs' }
  );
}

export function userEntity(site: ISiteRequest, user: ISiteUser, editLink: string): IApiResponse {
  return entity(
    site,
    {
      Id: user.id,
      IsHiddenInUI: false,
      LoginName: user.loginName,
      Title: user.title,
      PrincipalType: 1,
      Email: user.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: user.role === 'owner',
      UserId: { NameId: userGuid(user.id).replace(/-/g, '').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: user.email
    },
    { type: 'SP.User', path: `Web/GetUserById(${user.id})`, editLink, entitySet: 'SP.ApiData.Users' }
  );
}

/** Tenant properties; SharePoint answers a missing key with a null value, not an error. */
export function storageEntity(site: ISiteRequest, key: string): IApiResponse {
  const value = site.store.tenantProperty(key);
  if (value === undefined) {
    return json(200, site.format, site.format === 'verbose' ? { d: null } : { 'odata.null': true });
  }
  const properties = { Comment: null, Description: null, Value: value };
  return json(
    200,
    site.format,
    site.format === 'verbose' ? { d: { __metadata: { type: 'SP.StorageEntity' }, ...properties } } : properties
  );
}

export function listProperties(site: ISiteRequest, list: IListDefinition): { [key: string]: Json } {
  const lastModified = sharePointDate(site.store.lastModified(list.key));
  return {
    BaseTemplate: 100,
    BaseType: 0,
    Created: SITE_CREATED,
    Description: list.description,
    EnableModeration: list.contentApproval,
    EnableVersioning: list.versioning,
    EntityTypeName: entityTypeName(list),
    Hidden: false,
    Id: list.id,
    // SharePoint counts every item, whatever the caller may see.
    ItemCount: site.store.items(list.key).length,
    LastItemModifiedDate: lastModified,
    LastItemUserModifiedDate: lastModified,
    ListItemEntityTypeFullName: `SP.Data.${entityTypeName(list)}Item`,
    ParentWebUrl: site.store.serverRelativeUrl,
    Title: list.title
  };
}

export function listEntity(site: ISiteRequest, list: IListDefinition): IApiResponse {
  return entity(
    site,
    listProperties(site, list),
    { type: 'SP.List', path: listPath(list), editLink: listPath(list), entitySet: 'SP.ApiData.Lists' },
    {
      ETag: `"{${list.id.toUpperCase()}},${site.store.items(list.key).length}"`,
      'Last-Modified': new Date(site.store.lastModified(list.key)).toUTCString()
    }
  );
}
