import { runtimeSchema } from '../schema';
import type { ListKey } from '../schema';
import type { SPFI } from './pnp';

/**
 * Where an item's attachments live: <web>/Lists/<key>/Attachments/<id>. The package provisions
 * every list at Lists/<key>, and renaming a list's title does not move it. Undefined when the
 * web's absolute URL is not known (an SPFI rooted on a relative URL).
 */
export function attachmentFolderUrl(sp: SPFI, key: ListKey): ((itemId: number) => string) | undefined {
  const webUrl = webUrlOf(sp);
  if (!/^https?:\/\//i.test(webUrl)) return undefined;
  return (itemId) => `${webUrl}/Lists/${runtimeSchema[key].key}/Attachments/${itemId}`;
}

/** The web an SPFI is rooted on, without the trailing `/_api/web`. */
export function webUrlOf(sp: SPFI): string {
  return sp.web.toUrl().replace(/\/_api\/web\/?$/i, '');
}
