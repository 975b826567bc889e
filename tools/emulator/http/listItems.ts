/**
 * List item endpoints: query the collection, read one item, create, update (MERGE/PATCH/PUT with
 * IF-MATCH) and delete, with content approval and permissions applied.
 */
import type { IListDefinition, ListKey } from '../../../src/schema';
import { seesDrafts } from '../auth';
import { ItemAccess } from '../itemAccess';
import { ListColumns } from '../columns';
import { spErrors } from '../errors';
import type { IReferenceResolver } from '../odata/evaluate';
import type { IShapeContext, Json } from '../shape/fieldValues';
import { shapeItem } from '../shape/item';
import { entityTypeName, itemETag } from '../shape/names';
import { collectionPayload, elementPayload } from '../shape/payload';
import type { IStoredItem } from '../siteData';
import { ModerationStatus } from '../siteData';
import type { SiteStore } from '../store';
import { IApiResponse, json, requireMethod } from './apiTypes';
import { queryItems } from './itemsQuery';
import { assertSingleItemOptions } from '../odata/queryOptions';
import { readItemChange } from './itemWrite';
import { assertWriteIsValid } from '../validateWrite';
import { ISiteRequest, webUrlOf } from './siteEntities';

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

export class ListItemsEndpoint {
  private readonly columns = new Map<ListKey, ListColumns>();
  private readonly refs: IReferenceResolver;
  private readonly access: ItemAccess;

  public constructor(private readonly store: SiteStore) {
    this.access = new ItemAccess(store);
    for (const definition of Object.values(store.definitions)) {
      this.columns.set(definition.key, new ListColumns(definition, (key) => this.columns.get(key), store.serverRelativeUrl));
    }
    this.refs = {
      titleOf: (list, id) => store.titleOf(list, id),
      item: (list, id) => store.item(list, id),
      user: (id) => store.user(id)
    };
  }

  /** GET or POST on …/items. */
  public collection(site: ISiteRequest, list: IListDefinition): IApiResponse {
    const method = site.request.method.toUpperCase();
    if (method === 'GET') {
      return this.readItems(site, list);
    }
    requireMethod(method, ['POST'], 'SP.ListItemCollection');
    return this.createItem(site, list);
  }

  /** GET, MERGE/PATCH/PUT or DELETE on …/items(id). */
  public single(site: ISiteRequest, list: IListDefinition, id: number): IApiResponse {
    const method = site.request.method.toUpperCase();
    requireMethod(method, ['GET', 'MERGE', 'PATCH', 'PUT', 'DELETE'], 'SP.ListItem');
    const user = site.request.user;
    const item = this.store.item(list.key, id);
    const hidden =
      item !== undefined &&
      ((list.contentApproval && !seesDrafts(user) && item.moderationStatus !== ModerationStatus.Approved) || !this.access.mayRead(list, user, item));
    if (!item || hidden) {
      throw spErrors.itemNotFound();
    }
    if (method === 'GET') {
      return this.readItem(site, list, item);
    }
    this.access.assertMayWrite(list, user, item, method === 'DELETE' ? 'delete' : 'edit');
    assertETag(site.request.headers['if-match'], item);
    if (method === 'DELETE') {
      this.store.remove(list.key, id);
      return { status: 200, headers: {}, body: '' };
    }
    const change = readItemChange(site.request.body, this.columnsOf(list));
    assertWriteIsValid(list, change.fields, item.fields);
    // In a list with content approval an edit goes back to Pending unless an approver makes it.
    const moderationStatus =
      change.moderationStatus ?? (list.contentApproval && user.role !== 'owner' ? ModerationStatus.Pending : undefined);
    const updated = this.store.update(list.key, id, { fields: change.fields, moderationStatus }, user.id);
    return { status: 204, headers: { ETag: itemETag(updated.version) } };
  }

  private readItems(site: ISiteRequest, list: IListDefinition): IApiResponse {
    const columns = this.columnsOf(list);
    const { url } = site.request;
    const page = queryItems({
      search: url.searchParams,
      columns,
      allItems: this.store.items(list.key),
      seesDrafts: seesDrafts(site.request.user),
      mayRead: (item) => this.access.mayRead(list, site.request.user, item),
      refs: this.refs,
      indexes: this.store.indexes(list.key)
    });
    const context = this.shapeContext(site);
    const values = page.items.map((item) => shapeItem(item, page.projection, columns, context));
    const nextLink = page.nextQuery === undefined ? undefined : `${url.origin}${url.pathname}?${page.nextQuery}`;
    return json(200, site.format, collectionPayload(site.format, values, this.metadataUrl(site, list), nextLink));
  }

  /** One item, shaped by the request's $select/$expand as a one-item query would be. */
  private shapeOne(site: ISiteRequest, list: IListDefinition, item: IStoredItem, search: URLSearchParams): Json {
    const columns = this.columnsOf(list);
    const one = new URLSearchParams();
    for (const name of ['$select', '$expand']) {
      const value = search.get(name);
      if (value !== null) {
        one.set(name, value);
      }
    }
    const page = queryItems({ search: one, columns, allItems: [item], seesDrafts: true, refs: this.refs });
    const shaped = shapeItem(item, page.projection, columns, this.shapeContext(site));
    return elementPayload(site.format, shaped, this.metadataUrl(site, list));
  }

  private readItem(site: ISiteRequest, list: IListDefinition, item: IStoredItem): IApiResponse {
    assertSingleItemOptions(site.request.url.searchParams);
    return json(200, site.format, this.shapeOne(site, list, item, site.request.url.searchParams), {
      ETag: itemETag(item.version),
      'Last-Modified': new Date(item.Modified).toUTCString()
    });
  }

  private createItem(site: ISiteRequest, list: IListDefinition): IApiResponse {
    const user = site.request.user;
    if (!this.access.mayAddToRoot(list, user)) {
      throw spErrors.accessDenied();
    }
    const change = readItemChange(site.request.body, this.columnsOf(list));
    assertWriteIsValid(list, change.fields);
    const moderationStatus = list.contentApproval
      ? change.moderationStatus ?? (user.role === 'owner' ? ModerationStatus.Approved : ModerationStatus.Pending)
      : ModerationStatus.Approved;
    const item = this.store.add(list.key, { fields: change.fields, moderationStatus }, user.id);
    return json(201, site.format, this.shapeOne(site, list, item, new URLSearchParams()), { ETag: itemETag(item.version) });
  }

  public columnsOf(list: IListDefinition): ListColumns {
    const columns = this.columns.get(list.key);
    if (!columns) {
      throw spErrors.listNotFound(list.title, '');
    }
    return columns;
  }

  private shapeContext(site: ISiteRequest): IShapeContext {
    return {
      format: site.format,
      origin: site.request.url.origin,
      webUrl: webUrlOf(site),
      refs: this.refs,
      listDefinition: (key) => this.store.definitions[key],
      columnsOf: (key) => this.columns.get(key)
    };
  }

  private metadataUrl(site: ISiteRequest, list: IListDefinition): string {
    return `${webUrlOf(site)}/_api/$metadata#SP.ListData.${entityTypeName(list)}Items`;
  }
}
