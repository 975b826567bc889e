/**
 * The REST endpoints under <site>/_api that the product's repositories call, answered from the
 * store in SharePoint Online's shapes. Transport-free: takes a parsed request, returns status,
 * headers and body, so HTTP requests and $batch parts share it.
 */
import type { IListDefinition, ListKey } from '../../../src/schema';
import { assertCanWrite, assertDigest, issueDigest, seesDrafts } from '../auth';
import { ListColumns } from '../columns';
import { errorBody, ODataFormat, SharePointError, spErrors } from '../errors';
import type { IReferenceResolver } from '../odata/evaluate';
import { contentTypeFor, formatFromAccept } from '../odata/format';
import { IShapeContext, Json, sharePointDate } from '../shape/fieldValues';
import { shapeItem } from '../shape/item';
import { entityTypeName, itemETag, listPath, stableGuid, userGuid } from '../shape/names';
import { collectionPayload, elementPayload, entityPayload } from '../shape/payload';
import type { ISiteUser, IStoredItem } from '../siteData';
import { ModerationStatus } from '../siteData';
import type { SiteStore } from '../store';
import { queryItems } from './itemsQuery';
import { readItemChange } from './itemWrite';

export interface IApiRequest {
  /** Effective method: X-HTTP-Method already applied. */
  readonly method: string;
  readonly url: URL;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  readonly user: ISiteUser;
  /** Parts of a $batch carry no digest of their own: the batch request had it. */
  readonly inBatch: boolean;
}

export interface IApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export type BatchRunner = (request: IApiRequest) => Promise<IApiResponse>;

const FORM_DIGEST_TIMEOUT_SECONDS = 1800;

export class SharePointApi {
  private readonly columns = new Map<ListKey, ListColumns>();

  public constructor(private readonly store: SiteStore, private readonly batch: BatchRunner) {
    for (const definition of Object.values(store.definitions)) {
      this.columns.set(definition.key, new ListColumns(definition));
    }
  }

  public async handle(request: IApiRequest): Promise<IApiResponse> {
    const format = formatFromAccept(request.headers.accept);
    try {
      return await this.route(request, format);
    } catch (error) {
      if (error instanceof SharePointError) {
        return sharePointErrorResponse(error, format);
      }
      const message = error instanceof Error ? error.message : String(error);
      return sharePointErrorResponse(new SharePointError(500, '-2146233088, System.InvalidOperationException', message), format);
    }
  }

  private async route(request: IApiRequest, format: ODataFormat): Promise<IApiResponse> {
    const apiPrefix = `${this.store.serverRelativeUrl}/_api/`.toLowerCase();
    const pathname = decodeURIComponent(request.url.pathname);
    if (!pathname.toLowerCase().startsWith(apiPrefix)) {
      throw spErrors.endpointNotFound(pathname);
    }
    const rest = pathname.slice(apiPrefix.length).replace(/\/+$/, '');
    const lower = rest.toLowerCase();
    const method = request.method.toUpperCase();
    if (method !== 'GET' && !request.inBatch && lower !== 'contextinfo') {
      assertDigest(request.headers['x-requestdigest']);
    }
    if (lower === '$batch') {
      this.requireMethod(method, ['POST'], 'SP.Batch');
      return this.batch(request);
    }
    if (lower === 'contextinfo') {
      this.requireMethod(method, ['POST'], 'SP.ContextWebInformation');
      return this.contextInfo(request, format);
    }
    if (lower === 'web') {
      this.requireMethod(method, ['GET'], 'SP.Web');
      return this.web(request, format);
    }
    if (lower === 'web/currentuser') {
      this.requireMethod(method, ['GET'], 'SP.User');
      return this.userEntity(request, format, request.user, 'Web/CurrentUser');
    }
    const userById = /^web\/(?:getuserbyid|siteusers\/getbyid)\((\d+)\)$/i.exec(rest);
    if (userById) {
      this.requireMethod(method, ['GET'], 'SP.User');
      const user = this.store.user(Number(userById[1]));
      if (!user) {
        throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
      }
      return this.userEntity(request, format, user, `Web/GetUserById(${user.id})`);
    }
    const storage = /^web\/getstorageentity\('((?:[^']|'')*)'\)$/i.exec(rest);
    if (storage) {
      this.requireMethod(method, ['GET'], 'SP.StorageEntity');
      return this.storageEntity(storage[1].replace(/''/g, "'"), format);
    }
    if (lower === 'web/lists') {
      this.requireMethod(method, ['GET'], 'SP.ListCollection');
      const values = Object.values(this.store.definitions).map((list) => this.listProperties(list, request));
      return json(200, format, collectionPayload(format, values, `${this.webUrl(request)}/_api/$metadata#SP.ApiData.Lists`, undefined));
    }
    const listRoute = /^web\/lists(?:\/getbytitle\('((?:[^']|'')*)'\)|\((?:guid)?'([0-9a-f-]{36})'\))(.*)$/i.exec(rest);
    if (listRoute) {
      const list = this.findList(listRoute[1]?.replace(/''/g, "'"), listRoute[2], request);
      return this.listRoute(request, format, list, listRoute[3]);
    }
    throw spErrors.endpointNotFound(rest);
  }

  private listRoute(request: IApiRequest, format: ODataFormat, list: IListDefinition, rest: string): IApiResponse {
    const method = request.method.toUpperCase();
    if (rest === '') {
      this.requireMethod(method, ['GET'], 'SP.List');
      const properties = selectProperties(this.listProperties(list, request), request.url.searchParams);
      const uri = `${this.webUrl(request)}/_api/${listPath(list)}`;
      const payload = entityPayload(format, properties, {
        type: 'SP.List',
        uri,
        editLink: listPath(list),
        metadataUrl: `${this.webUrl(request)}/_api/$metadata#SP.ApiData.Lists/@Element`
      });
      return json(200, format, payload, {
        ETag: `"{${list.id.toUpperCase()}},${this.store.items(list.key).length}"`,
        'Last-Modified': new Date(this.store.lastModified(list.key)).toUTCString()
      });
    }
    if (/^\/items$/i.test(rest)) {
      if (method === 'GET') {
        return this.readItems(request, format, list);
      }
      this.requireMethod(method, ['POST'], 'SP.ListItemCollection');
      return this.createItem(request, format, list);
    }
    const itemRoute = /^\/items(?:\((\d+)\)|\/getbyid\((\d+)\))$/i.exec(rest);
    if (itemRoute) {
      const id = Number(itemRoute[1] ?? itemRoute[2]);
      return this.itemRoute(request, format, list, id);
    }
    throw spErrors.endpointNotFound(rest.replace(/^\//, ''));
  }

  private itemRoute(request: IApiRequest, format: ODataFormat, list: IListDefinition, id: number): IApiResponse {
    const method = request.method.toUpperCase();
    this.requireMethod(method, ['GET', 'MERGE', 'PATCH', 'PUT', 'DELETE'], 'SP.ListItem');
    const item = this.store.item(list.key, id);
    const hidden =
      item !== undefined &&
      list.contentApproval &&
      !seesDrafts(request.user) &&
      item.moderationStatus !== ModerationStatus.Approved;
    if (!item || hidden) {
      throw spErrors.itemNotFound();
    }
    if (method === 'GET') {
      return this.readItem(request, format, list, item);
    }
    assertCanWrite(request.user);
    assertETag(request.headers['if-match'], item);
    if (method === 'DELETE') {
      this.store.remove(list.key, id);
      return { status: 200, headers: {}, body: '' };
    }
    const change = readItemChange(request.body, this.columnsOf(list));
    const moderationStatus =
      change.moderationStatus ??
      (list.contentApproval && request.user.role !== 'owner' ? ModerationStatus.Pending : undefined);
    const updated = this.store.update(list.key, id, { fields: change.fields, moderationStatus }, request.user.id);
    return { status: 204, headers: { ETag: itemETag(updated.version) } };
  }

  private readItems(request: IApiRequest, format: ODataFormat, list: IListDefinition): IApiResponse {
    const columns = this.columnsOf(list);
    const page = queryItems({
      search: request.url.searchParams,
      columns,
      allItems: this.store.items(list.key),
      seesDrafts: seesDrafts(request.user),
      refs: this.refs()
    });
    const context = this.shapeContext(request, format);
    const values = page.items.map((item) => shapeItem(item, page.projection, columns, context));
    const nextLink = page.nextQuery === undefined ? undefined : `${request.url.origin}${request.url.pathname}?${page.nextQuery}`;
    return json(200, format, collectionPayload(format, values, this.itemsMetadataUrl(request, list), nextLink));
  }

  private readItem(request: IApiRequest, format: ODataFormat, list: IListDefinition, item: IStoredItem): IApiResponse {
    const columns = this.columnsOf(list);
    // A single item honours $select/$expand; its query is otherwise that of a one-item page.
    const search = new URLSearchParams(request.url.searchParams);
    search.set('$filter', `Id eq ${item.Id}`);
    search.delete('$top');
    search.delete('$orderby');
    search.delete('$skiptoken');
    const page = queryItems({
      search,
      columns,
      allItems: [item],
      seesDrafts: true,
      refs: this.refs()
    });
    const shaped = shapeItem(item, page.projection, columns, this.shapeContext(request, format));
    return json(200, format, elementPayload(format, shaped, this.itemsMetadataUrl(request, list)), {
      ETag: itemETag(item.version),
      'Last-Modified': new Date(item.Modified).toUTCString()
    });
  }

  private createItem(request: IApiRequest, format: ODataFormat, list: IListDefinition): IApiResponse {
    assertCanWrite(request.user);
    const columns = this.columnsOf(list);
    const change = readItemChange(request.body, columns);
    const moderationStatus = list.contentApproval
      ? change.moderationStatus ?? (request.user.role === 'owner' ? ModerationStatus.Approved : ModerationStatus.Pending)
      : ModerationStatus.Approved;
    const item = this.store.add(list.key, { fields: change.fields, moderationStatus }, request.user.id);
    const page = queryItems({
      search: new URLSearchParams(),
      columns,
      allItems: [item],
      seesDrafts: true,
      refs: this.refs()
    });
    const shaped = shapeItem(item, page.projection, columns, this.shapeContext(request, format));
    return json(201, format, elementPayload(format, shaped, this.itemsMetadataUrl(request, list)), {
      ETag: itemETag(item.version)
    });
  }

  private contextInfo(request: IApiRequest, format: ODataFormat): IApiResponse {
    const properties: { [key: string]: Json } = {
      FormDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
      FormDigestValue: issueDigest(),
      LibraryVersion: '16.0.25012.12006',
      SiteFullUrl: this.webUrl(request),
      SupportedSchemaVersions: format === 'verbose' ? { results: ['14.0.0.0', '15.0.0.0'] } : ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: this.webUrl(request)
    };
    if (format === 'verbose') {
      return json(200, format, {
        d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...properties } }
      });
    }
    const payload =
      format === 'minimalmetadata'
        ? { 'odata.metadata': `${this.webUrl(request)}/_api/$metadata#SP.ContextWebInformation`, ...properties }
        : properties;
    return json(200, format, payload);
  }

  private web(request: IApiRequest, format: ODataFormat): IApiResponse {
    const lastModified = Object.values(this.store.definitions)
      .map((list) => this.store.lastModified(list.key))
      .reduce((latest, value) => (value > latest ? value : latest), '2024-01-01T00:00:00Z');
    const properties = selectProperties(
      {
        AllowRssFeeds: false,
        Created: '2024-01-01T00:00:00Z',
        Description: '',
        Id: stableGuid(this.store.serverRelativeUrl),
        Language: 2057,
        LastItemModifiedDate: sharePointDate(lastModified),
        ServerRelativeUrl: this.store.serverRelativeUrl,
        Title: this.store.siteTitle,
        Url: this.webUrl(request),
        WebTemplate: 'STS'
      },
      request.url.searchParams
    );
    return json(
      200,
      format,
      entityPayload(format, properties, {
        type: 'SP.Web',
        uri: `${this.webUrl(request)}/_api/Web`,
        editLink: 'Web',
        metadataUrl: `${this.webUrl(request)}/_api/$metadata#SP.ApiData.Webs/@Element`
      })
    );
  }

  private userEntity(request: IApiRequest, format: ODataFormat, user: ISiteUser, path: string): IApiResponse {
    const properties = selectProperties(
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
      request.url.searchParams
    );
    return json(
      200,
      format,
      entityPayload(format, properties, {
        type: 'SP.User',
        uri: `${this.webUrl(request)}/_api/Web/GetUserById(${user.id})`,
        editLink: path,
        metadataUrl: `${this.webUrl(request)}/_api/$metadata#SP.ApiData.Users/@Element`
      })
    );
  }

  private storageEntity(key: string, format: ODataFormat): IApiResponse {
    const value = this.store.tenantProperty(key);
    if (value === undefined) {
      return json(200, format, format === 'verbose' ? { d: null } : { 'odata.null': true });
    }
    const properties = { Comment: null, Description: null, Value: value };
    return json(200, format, format === 'verbose' ? { d: { __metadata: { type: 'SP.StorageEntity' }, ...properties } } : properties);
  }

  private listProperties(list: IListDefinition, request: IApiRequest): { [key: string]: Json } {
    const items = this.store.items(list.key);
    const lastModified = sharePointDate(this.store.lastModified(list.key));
    return {
      BaseTemplate: 100,
      BaseType: 0,
      Created: '2024-01-01T00:00:00Z',
      Description: list.description,
      EnableModeration: list.contentApproval,
      EnableVersioning: list.versioning,
      EntityTypeName: entityTypeName(list),
      Hidden: false,
      Id: list.id,
      ItemCount: items.length,
      LastItemModifiedDate: lastModified,
      LastItemUserModifiedDate: lastModified,
      ListItemEntityTypeFullName: `SP.Data.${entityTypeName(list)}Item`,
      ParentWebUrl: this.store.serverRelativeUrl,
      Title: list.title
    };
  }

  private findList(title: string | undefined, id: string | undefined, request: IApiRequest): IListDefinition {
    const lists = Object.values(this.store.definitions);
    const found =
      title !== undefined
        ? lists.find((list) => list.title.toLowerCase() === title.toLowerCase())
        : lists.find((list) => list.id.toLowerCase() === (id ?? '').toLowerCase());
    if (!found) {
      if (title === undefined) {
        throw spErrors.endpointNotFound(`lists('${id ?? ''}')`);
      }
      throw spErrors.listNotFound(title, this.webUrl(request));
    }
    return found;
  }

  private requireMethod(method: string, allowed: readonly string[], typeName: string): void {
    if (!allowed.includes(method)) {
      throw spErrors.methodNotSupported(typeName, method);
    }
  }

  private columnsOf(list: IListDefinition): ListColumns {
    return this.columns.get(list.key) as ListColumns;
  }

  private refs(): IReferenceResolver {
    return {
      titleOf: (list, id) => this.store.titleOf(list, id),
      user: (id) => this.store.user(id)
    };
  }

  private shapeContext(request: IApiRequest, format: ODataFormat): IShapeContext {
    return {
      format,
      origin: request.url.origin,
      webUrl: this.webUrl(request),
      refs: this.refs(),
      listDefinition: (key) => this.store.definitions[key]
    };
  }

  private webUrl(request: IApiRequest): string {
    return `${request.url.origin}${this.store.serverRelativeUrl}`;
  }

  private itemsMetadataUrl(request: IApiRequest, list: IListDefinition): string {
    return `${this.webUrl(request)}/_api/$metadata#SP.ListData.${entityTypeName(list)}Items`;
  }
}

function assertETag(ifMatch: string | undefined, item: IStoredItem): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') {
    return;
  }
  const normalise = (value: string): string => value.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const current = itemETag(item.version);
  if (normalise(ifMatch) !== normalise(current)) {
    throw spErrors.etagMismatch(ifMatch.trim(), current);
  }
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

export function json(
  status: number,
  format: ODataFormat,
  payload: Json,
  headers: Record<string, string> = {}
): IApiResponse {
  return { status, headers: { 'Content-Type': contentTypeFor(format), ...headers }, body: JSON.stringify(payload) };
}

export function sharePointErrorResponse(error: SharePointError, format: ODataFormat): IApiResponse {
  return {
    status: error.status,
    headers: { 'Content-Type': contentTypeFor(format), ...error.headers },
    body: JSON.stringify(errorBody(error, format))
  };
}
