/**
 * The preview's data side, built like the web parts build theirs in SharePoint, except that
 * SPBrowser stands in for SPFx(context): the same PnPjs setup and retry behaviour, against the emulator.
 */
import { spfi, SPBrowser } from '../../../src/data/pnp';
import { RetryThrottled } from '../../../src/data/behaviours/RetryThrottled';
import type { IRequestEvents, IRetryNotice } from '../../../src/data/IRequestEvents';
import type { IPreviewDataContext } from './previewViews';

function createRetryNotices(): IRequestEvents & { readonly publish: (notice: IRetryNotice) => void } {
  const listeners = new Set<(notice: IRetryNotice) => void>();
  return {
    onRetry(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(notice) {
      listeners.forEach((listener) => listener(notice));
    }
  };
}

export function createPreviewDataContext(siteUrl: string): IPreviewDataContext {
  const requestEvents = createRetryNotices();
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), RetryThrottled({ onRetry: requestEvents.publish }));
  return { sp, siteUrl, requestEvents };
}
