/**
 * The one origin rule for anything the browser fetches by itself (images in rich text, photos from
 * Image columns): only the page's own origin. In SharePoint and in Teams (whose tabs run the web
 * parts in a frame on the tenant's SharePoint host) that origin is the tenant's SharePoint host,
 * where list attachments, site assets and profile photos live. Anything else would tell another
 * site who read what, and when.
 *
 * Relative and server-relative addresses resolve against the page. Only http(s) counts: data:,
 * blob: and javascript: addresses have no origin to compare, so they are refused.
 */
export function isOnPageOrigin(url: string | null | undefined, page: Pick<Location, 'href' | 'origin'> = window.location): boolean {
  if (!url) return false;
  try {
    const resolved = new URL(url, page.href);
    return (resolved.protocol === 'https:' || resolved.protocol === 'http:') && resolved.origin === page.origin;
  } catch {
    return false;
  }
}
