/**
 * The preview's data side, composed like the web part shells compose theirs in SharePoint, except
 * that SPBrowser stands in for SPFx(context): one retry behaviour and its events per signed-in user,
 * and the lists' site found the same way (web part setting, else tenant property, else this site).
 */
import { spfi, SPBrowser, SPFI } from '../../../src/data/pnp';
import { createRequestEvents } from '../../../src/data/createRequestEvents';
import { IListsSite, resolveListsSite, tenantPropertyReader } from '../../../src/data/resolveListsSite';
import type { IPreviewPersona } from './previewBoot';
import type { IPreviewDataContext } from './previewViews';

export function createPreviewDataContext(siteUrl: string, signedInUser: IPreviewPersona | undefined): IPreviewDataContext {
  const { events, behaviour } = createRequestEvents();
  const spFor = (url: string): SPFI => spfi(url).using(SPBrowser({ baseUrl: url }), behaviour);
  return { siteUrl, spFor, requestEvents: events, signedInUser };
}

/** Where a view's lists are, given its web part's lists-site setting (empty in the manifest's defaults). */
export function resolvePreviewListsSite(dataContext: IPreviewDataContext, webPartSiteUrl: string | undefined): Promise<IListsSite> {
  return resolveListsSite({
    webPartSiteUrl,
    currentSiteUrl: dataContext.siteUrl,
    readTenantProperty: tenantPropertyReader(dataContext.spFor(dataContext.siteUrl))
  });
}
