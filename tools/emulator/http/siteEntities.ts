/**
 * The site-level entities: SP.ContextWebInformation (form digest), SP.Web, SP.User,
 * SP.StorageEntity (tenant properties) and SP.List, in each OData flavour.
 */
import { itemSecurityValue } from '../../../src/schema';
import type { IListDefinition } from '../../../src/schema';
import { FORM_DIGEST_TIMEOUT_SECONDS, issueDigest } from '../auth';
import type { ODataFormat } from '../errors';
import { IEntity, IEntityVocabulary, readEntityQuery, selectProperties as pickProperties } from '../odata/entityQuery';
import { Json, sharePointDate } from '../shape/fieldValues';
import { userEntity as userShape } from '../shape/principalEntities';
import { entityTypeName, listPath, stableGuid } from '../shape/names';
import { entityPayload } from '../shape/payload';
import type { ISitePrincipal } from '../siteData';
import type { SiteStore } from '../store';
import { IApiRequest, IApiResponse, json } from './apiTypes';

const SITE_CREATED = '2024-01-01T00:00:00Z';
/** A custom list: ListTemplateType.GenericList and the feature that defines it. */
const GENERIC_LIST_TEMPLATE = 100;
const GENERIC_LIST_FEATURE_ID = '00bfea71-de22-43b2-a848-c05709900100';

export interface ISiteRequest {
  readonly store: SiteStore;
  readonly request: IApiRequest;
  readonly format: ODataFormat;
}

export function webUrlOf(site: ISiteRequest): string {
  return `${site.request.url.origin}${site.store.serverRelativeUrl}`;
}

/** $select on a plain entity such as SP.Web or SP.List: an unknown property is SharePoint's 400. */
function selectProperties(properties: { [key: string]: Json }, search: URLSearchParams, typeName: string): { [key: string]: Json } {
  const query = readEntityQuery(search, { typeName, base: new Set(Object.keys(properties)) }, false);
  return pickProperties(properties, query.select);
}

function entity(
  site: ISiteRequest,
  properties: { [key: string]: Json },
  description: { readonly type: string; readonly path: string; readonly editLink: string; readonly entitySet: string },
  headers: Record<string, string> = {}
): IApiResponse {
  const webUrl = webUrlOf(site);
  const payload = entityPayload(site.format, selectProperties(properties, site.request.url.searchParams, description.type), {
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

export function userEntity(site: ISiteRequest, user: ISitePrincipal, editLink: string): IApiResponse {
  const shaped = userShape(user, site.format);
  return entity(site, { ...shaped.properties }, { type: 'SP.User', path: shaped.path, editLink, entitySet: 'SP.ApiData.Users' });
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
  const listUrl = `${site.store.serverRelativeUrl}/Lists/${list.key}`;
  return {
    AllowContentTypes: true,
    BaseTemplate: GENERIC_LIST_TEMPLATE,
    BaseType: 0,
    ContentTypesEnabled: true,
    CrawlNonDefaultViews: false,
    Created: SITE_CREATED,
    DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
    DefaultItemOpenUseListSetting: false,
    DefaultViewUrl: `${listUrl}/AllItems.aspx`,
    Description: list.description,
    Direction: 'none',
    DisableGridEditing: false,
    DocumentTemplateUrl: null,
    DraftVersionVisibility: list.contentApproval ? 1 : 0,
    EnableAttachments: true,
    EnableFolderCreation: false,
    EnableMinorVersions: false,
    EnableModeration: list.contentApproval,
    EnableVersioning: list.versioning,
    EntityTypeName: entityTypeName(list),
    ForceCheckout: false,
    HasExternalDataSource: false,
    Hidden: false,
    Id: list.id,
    ImageUrl: '/_layouts/15/images/itgen.png?rev=47',
    IrmEnabled: false,
    IsApplicationList: false,
    IsCatalog: false,
    IsPrivate: false,
    // SharePoint counts every item, whatever the caller may see.
    ItemCount: site.store.items(list.key).length,
    LastItemDeletedDate: sharePointDate(site.store.lastDeleted(list.key)),
    LastItemModifiedDate: lastModified,
    LastItemUserModifiedDate: lastModified,
    ListItemEntityTypeFullName: `SP.Data.${entityTypeName(list)}Item`,
    MajorVersionLimit: list.versioning ? 50 : 0,
    MajorWithMinorVersionsLimit: 0,
    MultipleDataList: false,
    NoCrawl: false,
    ParentWebUrl: site.store.serverRelativeUrl,
    ReadSecurity: itemSecurityValue(list.itemLevelSecurity?.read),
    ServerTemplateCanCreate: true,
    TemplateFeatureId: GENERIC_LIST_FEATURE_ID,
    Title: list.title,
    WriteSecurity: itemSecurityValue(list.itemLevelSecurity?.write)
  };
}

/** SP.List's properties, for $select and $filter on web/lists. */
export function listVocabulary(site: ISiteRequest, list: IListDefinition): IEntityVocabulary {
  return { typeName: 'SP.List', base: new Set(Object.keys(listProperties(site, list))) };
}

export function listAsEntity(site: ISiteRequest, list: IListDefinition): IEntity {
  return { type: 'SP.List', path: listPath(list), properties: listProperties(site, list) };
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
