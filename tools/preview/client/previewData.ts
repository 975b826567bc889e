/**
 * The preview's data side, composed like the web part shells compose theirs in SharePoint, through
 * PnPjs's own SPFx(context) behaviour given a stand-in for the SPFx context with what it reads: the
 * site's URL and the page's form digest (so, as in SharePoint, a $batch on the page's own site sends
 * no digest request first). One retry behaviour and its events per signed-in user, and the lists'
 * site found the same way (web part setting, else tenant property, else this site).
 */
import { SPFx } from '../../../src/data/pnp';
import { createSiteConnections, findListsSite } from '../../../src/data/connectToListsSite';
import type { IListsSite } from '../../../src/data/resolveListsSite';
import { browserTenantPropertyStore } from '../../../src/data/tenantPropertyCache';
import type { IPreviewBoot, IPreviewPersona } from './previewBoot';
import type { IPreviewDataContext } from './previewViews';

export function createPreviewDataContext(
  siteUrl: string,
  signedInUser: IPreviewPersona | undefined,
  formDigest: IPreviewBoot['formDigest']
): IPreviewDataContext {
  const pageContext = {
    web: { absoluteUrl: siteUrl },
    legacyPageContext: { formDigestValue: formDigest.value, formDigestTimeoutSeconds: formDigest.timeoutSeconds }
  };
  const { spFor, requestEvents } = createSiteConnections(() => SPFx({ pageContext }));
  return { siteUrl, spFor, requestEvents, signedInUser };
}

/** Where a view's lists are, given its web part's lists-site setting (empty in the manifest's defaults). */
export function resolvePreviewListsSite(dataContext: IPreviewDataContext, webPartSiteUrl: string | undefined): Promise<IListsSite> {
  return findListsSite(dataContext.spFor, dataContext.siteUrl, webPartSiteUrl, browserTenantPropertyStore());
}
