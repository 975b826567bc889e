import { runtimeSchema } from '../../schema';
import type { ListKey } from '../../schema';

/**
 * SharePoint's own edit form for one item: <site>/Lists/<list URL>/EditForm.aspx?ID=<id>, with
 * Source naming the page to come back to once the form is saved or closed. The package provisions
 * every list at Lists/<key> (src/schema), and renaming a list's title does not move its URL.
 */
export function editFormUrl(siteUrl: string, list: ListKey, id: number, returnUrl: string): string {
  const site = siteUrl.replace(/\/+$/, '');
  return `${site}/Lists/${encodeURIComponent(runtimeSchema[list].key)}/EditForm.aspx?ID=${id}&Source=${encodeURIComponent(returnUrl)}`;
}
