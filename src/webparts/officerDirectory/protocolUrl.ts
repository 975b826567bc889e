import { isOnCurrentSiteOrigin } from '../../data/listsSiteOrigin';

/**
 * The member/officer protocol link an editor set, as an absolute URL, when it is on the tenant
 * (the current site's origin, https in SharePoint), like the lists' site setting: a link off the
 * tenant is not shown. Server-relative values ("/sites/hub/SitePages/Protocol.aspx") are taken on
 * the current site's host. Undefined when blank or unusable.
 */
export function protocolUrlOnTenant(value: string | undefined, currentSiteUrl: string): string | undefined {
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
  return isOnCurrentSiteOrigin(url.href, currentSiteUrl) ? url.href : undefined;
}
