import type { SPFI } from './pnp';
import { isOnCurrentSiteOrigin } from './listsSiteOrigin';

/** Tenant property (app catalog storage entity) an admin sets once to the hub site's URL. */
export const LISTS_SITE_TENANT_PROPERTY = 'MemberOfficerHubSiteUrl';

/** Where the lists' site URL came from, so a view can say what to change when it is wrong. */
export type ListsSiteSource = 'webPartProperty' | 'tenantProperty' | 'currentSite';

export interface IListsSite {
  /** Absolute URL of the site holding the lists, without a trailing slash. */
  readonly url: string;
  readonly source: ListsSiteSource;
  /** Settings that were present but unusable and so were skipped, for the UI to point out. */
  readonly ignored: ReadonlyArray<{ readonly source: Exclude<ListsSiteSource, 'currentSite'>; readonly value: string }>;
  /**
   * Set when the chosen setting names a site off the current site's origin: nothing is read from it (`url` is
   * then the current site, never contacted) and every view says which setting to correct.
   */
  readonly refused?: { readonly source: Exclude<ListsSiteSource, 'currentSite'>; readonly value: string };
  /**
   * True when the lists live on another site than the page's (a hub site): the page's form digest does not
   * serve that site, so reads there avoid the $batch POST that would wait for one (findListsSite sets it).
   */
  readonly offPageSite?: boolean;
}

export interface IListsSiteInputs {
  /** The web part's own setting, if the editor filled it in. */
  readonly webPartSiteUrl?: string;
  /** Absolute URL of the site the page (or Teams tab) runs on. */
  readonly currentSiteUrl: string;
  /** Reads a tenant property; resolves undefined when unset. May reject (no app catalog, no access). */
  readonly readTenantProperty: (key: string) => Promise<string | undefined>;
}

/**
 * An absolute http(s) URL without query, fragment or trailing slash. Server-relative values
 * ("/sites/hub") are taken on the current site's host. Undefined when unusable.
 */
export function normaliseSiteUrl(value: string | undefined, currentSiteUrl: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    if (/^https?:\/\//i.test(trimmed)) url = new URL(trimmed);
    else if (trimmed.startsWith('/') && !trimmed.startsWith('//')) url = new URL(trimmed, currentSiteUrl);
    else return undefined;
  } catch {
    return undefined;
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * Which site holds the lists: the web part's property if set, else the tenant property an admin
 * sets once, else the current site. A Teams personal app runs on the tenant root site, so
 * without one of the settings it would look for the lists in the wrong place.
 */
export async function resolveListsSite(inputs: IListsSiteInputs): Promise<IListsSite> {
  const current = normaliseSiteUrl(inputs.currentSiteUrl, inputs.currentSiteUrl) ?? inputs.currentSiteUrl;
  const ignored: Array<{ source: Exclude<ListsSiteSource, 'currentSite'>; value: string }> = [];

  const webPartValue = inputs.webPartSiteUrl?.trim();
  if (webPartValue) {
    const url = normaliseSiteUrl(webPartValue, current);
    if (url && !isOnCurrentSiteOrigin(url, current)) return { url: current, source: 'webPartProperty', ignored, refused: { source: 'webPartProperty', value: webPartValue } };
    if (url) return { url, source: 'webPartProperty', ignored };
    ignored.push({ source: 'webPartProperty', value: webPartValue });
  }

  let tenantValue: string | undefined;
  try {
    tenantValue = (await inputs.readTenantProperty(LISTS_SITE_TENANT_PROPERTY))?.trim();
  } catch {
    // No tenant app catalog, or no right to read it: the setting is simply not available.
    tenantValue = undefined;
  }
  if (tenantValue) {
    const url = normaliseSiteUrl(tenantValue, current);
    if (url && !isOnCurrentSiteOrigin(url, current)) return { url: current, source: 'tenantProperty', ignored, refused: { source: 'tenantProperty', value: tenantValue } };
    if (url) return { url, source: 'tenantProperty', ignored };
    ignored.push({ source: 'tenantProperty', value: tenantValue });
  }

  return { url: current, source: 'currentSite', ignored };
}

/** Reads tenant properties through `_api/web/GetStorageEntity('key')`, which answers { Value }. */
export function tenantPropertyReader(sp: SPFI): (key: string) => Promise<string | undefined> {
  return async (key) => {
    const entity: unknown = await sp.web.getStorageEntity(key);
    const value = typeof entity === 'object' && entity !== null ? (entity as { Value?: unknown }).Value : undefined;
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
}
