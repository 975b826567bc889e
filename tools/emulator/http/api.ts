/**
 * Routes requests under <site>/_api to the endpoints the product's repositories call. Transport-
 * free: takes a parsed request and returns status, headers and body, so HTTP requests and $batch
 * parts share it. Every failure becomes SharePoint's error response, never an exception.
 */
import type { IListDefinition } from '../../../src/schema';
import { assertDigest } from '../auth';
import { decodePath, SharePointError, spErrors } from '../errors';
import { formatFromAccept } from '../odata/format';
import type { SiteStore } from '../store';
import { collectionPayload } from '../shape/payload';
import { BatchRunner, IApiRequest, IApiResponse, json, requireMethod, sharePointErrorResponse } from './apiTypes';
import { listFields } from './listFields';
import { ListItemsEndpoint } from './listItems';
import {
  contextInfo,
  ISiteRequest,
  listEntity,
  listProperties,
  storageEntity,
  userEntity,
  webEntity,
  webUrlOf
} from './siteEntities';

export type { IApiRequest, IApiResponse } from './apiTypes';
export { sharePointErrorResponse } from './apiTypes';

const LIST_ROUTE = /^web\/lists(?:\/getbytitle\('((?:[^']|'')*)'\)|\((?:guid)?'([0-9a-f-]{36})'\))(.*)$/i;
const ITEM_ROUTE = /^\/items(?:\((\d+)\)|\/getbyid\((\d+)\))$/i;

export class SharePointApi {
  private readonly items: ListItemsEndpoint;

  public constructor(private readonly store: SiteStore, private readonly batch: BatchRunner) {
    this.items = new ListItemsEndpoint(store);
  }

  public async handle(request: IApiRequest): Promise<IApiResponse> {
    const format = formatFromAccept(request.headers.accept);
    try {
      return await this.route({ store: this.store, request, format });
    } catch (error) {
      if (error instanceof SharePointError) {
        return sharePointErrorResponse(error, format);
      }
      const message = error instanceof Error ? error.message : String(error);
      return sharePointErrorResponse(new SharePointError(500, '-2146233088, System.InvalidOperationException', message), format);
    }
  }

  private async route(site: ISiteRequest): Promise<IApiResponse> {
    const { request } = site;
    const apiPrefix = `${this.store.serverRelativeUrl}/_api/`.toLowerCase();
    const pathname = decodePath(request.url.pathname);
    if (!pathname.toLowerCase().startsWith(apiPrefix)) {
      throw spErrors.endpointNotFound(pathname);
    }
    const rest = pathname.slice(apiPrefix.length).replace(/\/+$/, '');
    const lower = rest.toLowerCase();
    const method = request.method.toUpperCase();
    if (method !== 'GET' && !request.inBatch && lower !== 'contextinfo') {
      assertDigest(request.headers['x-requestdigest']);
    }
    switch (lower) {
      case '$batch':
        requireMethod(method, ['POST'], 'SP.Batch');
        return this.batch(request);
      case 'contextinfo':
        requireMethod(method, ['POST'], 'SP.ContextWebInformation');
        return contextInfo(site);
      case 'web':
        requireMethod(method, ['GET'], 'SP.Web');
        return webEntity(site);
      case 'web/currentuser':
        requireMethod(method, ['GET'], 'SP.User');
        return userEntity(site, request.user, 'Web/CurrentUser');
      case 'web/lists':
        requireMethod(method, ['GET'], 'SP.ListCollection');
        return this.allLists(site);
      default:
        return this.routeWithArguments(site, rest, method);
    }
  }

  private routeWithArguments(site: ISiteRequest, rest: string, method: string): IApiResponse {
    const userById = /^web\/(?:getuserbyid|siteusers\/getbyid)\((\d+)\)$/i.exec(rest);
    const userByEmail = /^web\/siteusers\/getbyemail\('((?:[^']|'')*)'\)$/i.exec(rest);
    if (userById || userByEmail) {
      requireMethod(method, ['GET'], 'SP.User');
      const user = userById
        ? this.store.user(Number(userById[1]))
        : this.store.users.find((candidate) => candidate.email.toLowerCase() === (userByEmail?.[1] ?? '').replace(/''/g, "'").toLowerCase());
      if (!user) {
        throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
      }
      return userEntity(site, user, `Web/GetUserById(${user.id})`);
    }
    const storage = /^web\/getstorageentity\('((?:[^']|'')*)'\)$/i.exec(rest);
    if (storage) {
      requireMethod(method, ['GET'], 'SP.StorageEntity');
      return storageEntity(site, storage[1].replace(/''/g, "'"));
    }
    const listRoute = LIST_ROUTE.exec(rest);
    if (listRoute) {
      const list = this.findList(site, listRoute[1]?.replace(/''/g, "'"), listRoute[2]);
      const below = listRoute[3];
      if (below === '') {
        requireMethod(method, ['GET'], 'SP.List');
        return listEntity(site, list);
      }
      if (/^\/fields$/i.test(below)) {
        requireMethod(method, ['GET'], 'SP.FieldCollection');
        return listFields(site, list);
      }
      if (/^\/items$/i.test(below)) {
        return this.items.collection(site, list);
      }
      const itemRoute = ITEM_ROUTE.exec(below);
      if (itemRoute) {
        return this.items.single(site, list, Number(itemRoute[1] ?? itemRoute[2]));
      }
      throw spErrors.endpointNotFound(below.replace(/^\//, ''));
    }
    throw spErrors.endpointNotFound(rest);
  }

  private allLists(site: ISiteRequest): IApiResponse {
    const values = Object.values(this.store.definitions).map((list) => listProperties(site, list));
    return json(200, site.format, collectionPayload(site.format, values, `${webUrlOf(site)}/_api/$metadata#SP.ApiData.Lists`, undefined));
  }

  private findList(site: ISiteRequest, title: string | undefined, id: string | undefined): IListDefinition {
    const lists = Object.values(this.store.definitions);
    const found =
      title !== undefined
        ? lists.find((list) => list.title.toLowerCase() === title.toLowerCase())
        : lists.find((list) => list.id.toLowerCase() === (id ?? '').toLowerCase());
    if (!found) {
      if (title === undefined) {
        throw spErrors.endpointNotFound(`lists('${id ?? ''}')`);
      }
      throw spErrors.listNotFound(title, webUrlOf(site));
    }
    return found;
  }
}
