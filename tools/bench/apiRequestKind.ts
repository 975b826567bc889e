/**
 * What each SharePoint REST request of a page load is for, so the table can say which count is
 * list data and which is plumbing every SPFx web part pays: finding the lists' site (the tenant
 * property, src/data/resolveListsSite.ts) and the form digest a $batch POST needs.
 */
export type ApiRequestKind = 'lists-site lookup' | 'form digest' | 'data';

export function apiRequestKind(url: string): ApiRequestKind {
  const path = decodeURIComponent(new URL(url).pathname).toLowerCase();
  if (/\/_api\/web\/getstorageentity\(/.test(path)) return 'lists-site lookup';
  if (path.endsWith('/_api/contextinfo')) return 'form digest';
  return 'data';
}
