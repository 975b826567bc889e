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
import { BatchRunner, IApiRequest, IApiResponse, requireMethod, sharePointErrorResponse } from './apiTypes';
import { collectionResponse } from './entityResponses';
import { ListItemsEndpoint } from './listItems';
import { listSchemaResponse } from './listSchema';
import { principalResponse } from './principals';
import { SecurityEndpoints } from './security';
import { contextInfo, ISiteRequest, listAsEntity, listEntity, listVocabulary, storageEntity, webEntity, webUrlOf } from './siteEntities';

export type { IApiRequest, IApiResponse } from './apiTypes';
export { sharePointErrorResponse } from './apiTypes';

const LIST_ROUTE = /^web\/lists(?:\/getbytitle\('((?:[^']|'')*)'\)|\((?:guid)?'([0-9a-f-]{36})'\))(.*)$/i;
const ITEM_ROUTE = /^\/items(?:\((\d+)\)|\/getbyid\((\d+)\))$/i;

export class SharePointApi {
  private readonly items: ListItemsEndpoint;
  private readonly security: SecurityEndpoints;

  public constructor(private readonly store: SiteStore, private readonly batch: BatchRunner) {
    this.items = new ListItemsEndpoint(store);
    this.security = new SecurityEndpoints(store, (list) => this.items.columnsOf(list));
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
      case 'web/lists':
        requireMethod(method, ['GET'], 'SP.ListCollection');
        return this.allLists(site);
      default:
        return this.routeWithArguments(site, rest, method);
    }
  }

  private routeWithArguments(site: ISiteRequest, rest: string, method: string): IApiResponse {
    const principal = principalResponse(site, rest, method);
    if (principal) {
      return principal;
    }
    const secured = this.security.webResponse(site, rest, method);
    if (secured) {
      return secured;
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
      if (/^\/items$/i.test(below)) {
        return this.items.collection(site, list);
      }
      const listSecurity = this.security.listResponse(site, list, below, method);
      if (listSecurity) {
        return listSecurity;
      }
      const itemRoute = ITEM_ROUTE.exec(below);
      if (itemRoute) {
        return this.items.single(site, list, Number(itemRoute[1] ?? itemRoute[2]));
      }
      const described = listSchemaResponse(site, list, below, method);
      if (described) {
        return described;
      }
      throw spErrors.endpointNotFound(below.replace(/^\//, ''));
    }
    throw spErrors.endpointNotFound(rest);
  }

  private allLists(site: ISiteRequest): IApiResponse {
    const lists = Object.values(this.store.definitions);
    const entities = lists.map((list) => listAsEntity(site, list));
    return collectionResponse(site, entities, listVocabulary(site, lists[0]), 'SP.ApiData.Lists');
  }

  private findList(site: ISiteRequest, title: string | undefined, id: string | undefined): IListDefinition {
    const lists = Object.values(this.store.definitions);
    const found =
      title !== undefined
        ? lists.find((list) => list.title.toLowerCase() === title.toLowerCase())
        : lists.find((list) => list.id.toLowerCase() === (id ?? '').toLowerCase());
    if (!found) {
      if (title === undefined) {
        throw spErrors.listIdNotFound();
      }
      throw spErrors.listNotFound(title, webUrlOf(site));
    }
    return found;
  }
}
