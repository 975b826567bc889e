/**
 * The preview's data side, built like the web parts build theirs in SharePoint, except that
 * SPBrowser stands in for SPFx(context): the same PnPjs setup and retry behaviour, against the emulator.
 */
import { spfi, SPBrowser } from '../../../src/data/pnp';
import { createRequestEvents } from '../../../src/data/createRequestEvents';
import type { IPreviewPersona } from './previewBoot';
import type { IPreviewDataContext } from './previewViews';

export function createPreviewDataContext(siteUrl: string, signedInUser: IPreviewPersona | undefined): IPreviewDataContext {
  const { events, behaviour } = createRequestEvents();
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), behaviour);
  return { sp, siteUrl, requestEvents: events, signedInUser };
}
