import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { SPFx } from '../../data/pnp';
import { connectToListsSite, IListsConnection } from '../../data/connectToListsSite';
import { browserTenantPropertyStore } from '../../data/tenantPropertyCache';

/**
 * A web part's connection to its lists' site through SPFx. Only the latest connection counts, as the
 * site setting can change while one resolves: an earlier one that finishes later comes back undefined.
 */
export class LatestListsConnection {
  private _latest = 0;

  public async connect(context: WebPartContext, webPartSiteUrl: string | undefined): Promise<IListsConnection | undefined> {
    const connection = ++this._latest;
    const connected = await connectToListsSite(
      () => SPFx(context),
      context.pageContext.web.absoluteUrl,
      webPartSiteUrl,
      browserTenantPropertyStore()
    );
    return connection === this._latest ? connected : undefined;
  }
}
