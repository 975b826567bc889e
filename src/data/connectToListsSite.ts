import { spfi } from './pnp';
import type { SPFI, Queryable, TimelinePipe } from './pnp';
import { createRequestEvents } from './createRequestEvents';
import { DataError } from './DataError';
import type { IRequestEvents } from '../contracts/requestEvents';
import type { IKeyValueStore } from './cache/IKeyValueStore';
import { ReadsWithoutBatch } from './readInOneBatch';
import { IListsSite, normaliseSiteUrl, resolveListsSite, tenantPropertyReader } from './resolveListsSite';
import { cachedTenantPropertyReader } from './tenantPropertyCache';

/** The host's own way to reach a site: `() => SPFx(context)` in SharePoint, `(url) => SPBrowser({ baseUrl: url })` in the preview. */
export type HostBehaviour = (siteUrl: string) => TimelinePipe<Queryable<unknown>>;

export interface ISiteConnections {
  /** Hand to views so they can show "retrying". */
  readonly requestEvents: IRequestEvents;
  /** An SPFI for a site, through the host and the one retry behaviour that raises `requestEvents`. */
  readonly spFor: (siteUrl: string) => SPFI;
}

export interface IListsConnection {
  readonly listsSite: IListsSite;
  /** The SPFI for the lists' site. */
  readonly sp: SPFI;
  readonly requestEvents: IRequestEvents;
}

/** One retry behaviour and its events, applied after the host's behaviour to every site reached. */
export function createSiteConnections(host: HostBehaviour): ISiteConnections {
  const { events, behaviour } = createRequestEvents();
  return {
    requestEvents: events,
    spFor: (siteUrl: string): SPFI => spfi(siteUrl).using(host(siteUrl), behaviour)
  };
}

/**
 * The lists' site: the web part's setting, else the tenant property (read from the current site), else
 * the current site. With `tenantPropertyStore`, the tenant property's last answer is used at once and
 * read again in the background (tenantPropertyCache), so no request precedes the data.
 */
export async function findListsSite(
  spFor: ISiteConnections['spFor'],
  currentSiteUrl: string,
  webPartSiteUrl: string | undefined,
  tenantPropertyStore?: IKeyValueStore
): Promise<IListsSite> {
  const read = tenantPropertyReader(spFor(currentSiteUrl));
  const listsSite = await resolveListsSite({
    webPartSiteUrl,
    currentSiteUrl,
    readTenantProperty: tenantPropertyStore ? cachedTenantPropertyReader(read, tenantPropertyStore, currentSiteUrl) : read
  });
  const pageSite = normaliseSiteUrl(currentSiteUrl, currentSiteUrl) ?? currentSiteUrl;
  return listsSite.url.toLowerCase() === pageSite.toLowerCase() ? listsSite : { ...listsSite, offPageSite: true };
}

/** Every request fails with `error` without being sent: for a lists site the tenant does not own. */
function refuseEveryRequest(error: DataError): TimelinePipe<Queryable<unknown>> {
  return (instance) => {
    instance.on.send.replace(async () => {
      throw error;
    });
    return instance;
  };
}

/**
 * The SPFI for a resolved lists' site; for a refused one, an SPFI that sends nothing and fails each request with
 * 'listsSiteRefused'. On another site than the page's, reads go as parallel GETs rather than a $batch, so that no
 * form digest request precedes the data (ReadsWithoutBatch).
 */
export function spForListsSite(spFor: ISiteConnections['spFor'], listsSite: IListsSite): SPFI {
  const sp = listsSite.offPageSite ? spFor(listsSite.url).using(ReadsWithoutBatch()) : spFor(listsSite.url);
  if (!listsSite.refused) return sp;
  const refusal = new DataError({ kind: 'listsSiteRefused', setting: listsSite.refused.source, settingValue: listsSite.refused.value });
  return sp.using(refuseEveryRequest(refusal));
}

/**
 * Composition roots' data side: find the lists' site and connect to it. Never rejects (resolution falls back to
 * the current site). A site setting off the current site's origin is refused: the connection then sends nothing
 * and each read fails with 'listsSiteRefused', which every view explains through its error state.
 */
export async function connectToListsSite(
  host: HostBehaviour,
  currentSiteUrl: string,
  webPartSiteUrl: string | undefined,
  tenantPropertyStore?: IKeyValueStore
): Promise<IListsConnection> {
  const connections = createSiteConnections(host);
  const listsSite = await findListsSite(connections.spFor, currentSiteUrl, webPartSiteUrl, tenantPropertyStore);
  return { listsSite, sp: spForListsSite(connections.spFor, listsSite), requestEvents: connections.requestEvents };
}
