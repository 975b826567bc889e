/**
 * A lists site taken from a setting (web part property or tenant property) must be on the origin of the
 * page's own site: the current tenant's https host, or whatever origin the page itself is served from (the
 * local preview runs on http://127.0.0.1). Anything else — another tenant, http, another port, a look-alike
 * host — would send the signed-in user's requests, and their data, somewhere the tenant does not control.
 */
export function isOnCurrentSiteOrigin(siteUrl: string, currentSiteUrl: string): boolean {
  try {
    const site = new URL(siteUrl);
    return site.username === '' && site.password === '' && site.origin === new URL(currentSiteUrl).origin;
  } catch {
    return false;
  }
}
