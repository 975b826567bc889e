/**
 * The one place the data layer imports PnPjs from. Only the features the repositories use are
 * loaded (selective imports augment the fluent API as a side effect), so bundles stay small.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
// web.currentUser: whose receipts are "mine" (a site owner may read everyone's).
import '@pnp/sp/site-users/web';

export { spfi, SPFx, SPBrowser, SPCollection } from '@pnp/sp';
// The site's Owners group (Democratic Services) without augmenting every web: only the enquiry form asks for it.
export { SiteGroup } from '@pnp/sp/site-groups';
export type { SPFI } from '@pnp/sp';
export type { IItems } from '@pnp/sp/items';
export type { IStorageEntity } from '@pnp/sp/webs';
export { HttpRequestError, InjectHeaders } from '@pnp/queryable';
export type { Queryable } from '@pnp/queryable';
export type { TimelinePipe } from '@pnp/core';
