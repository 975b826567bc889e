/**
 * The preview's data side, composed like the web part shells compose theirs in SharePoint, except
 * that SPBrowser stands in for SPFx(context): one retry behaviour and its events per signed-in user,
 * and the lists' site found the same way (web part setting, else tenant property, else this site).
 */
import { SPBrowser } from '../../../src/data/pnp';
import { createSiteConnections, findListsSite } from '../../../src/data/connectToListsSite';
import type { IListsSite } from '../../../src/data/resolveListsSite';
import type { IPreviewPersona } from './previewBoot';
import type { IPreviewDataContext } from './previewViews';

export function createPreviewDataContext(siteUrl: string, signedInUser: IPreviewPersona | undefined): IPreviewDataContext {
  const { spFor, requestEvents } = createSiteConnections((url) => SPBrowser({ baseUrl: url }));
  return { siteUrl, spFor, requestEvents, signedInUser };
}

/** Where a view's lists are, given its web part's lists-site setting (empty in the manifest's defaults). */
export function resolvePreviewListsSite(dataContext: IPreviewDataContext, webPartSiteUrl: string | undefined): Promise<IListsSite> {
  return findListsSite(dataContext.spFor, dataContext.siteUrl, webPartSiteUrl);
}
