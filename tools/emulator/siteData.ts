/**
 * The data an emulated SharePoint site holds: the contract between the sample-council
 * generator (which produces it) and the emulator (which serves it in SharePoint's shapes).
 * Values are stored plainly; the emulator shapes them as SharePoint Online returns them.
 */
import type { ListKey } from '../../src/schema';

/** How SharePoint's content approval sees an item (OData__ModerationStatus). */
export enum ModerationStatus {
  Approved = 0,
  Rejected = 1,
  Pending = 2,
  Draft = 3
}

/** A person in the site's user information list (SP.User). */
export interface ISitePrincipal {
  readonly id: number;
  readonly title: string;
  readonly email: string;
  /** Claims login name, e.g. i:0#.f|membership|jo.bloggs@council.example */
  readonly loginName: string;
}

/** A person the tenant's directory knows but the site may not yet: what `web/ensureuser` can add. */
export interface IDirectoryPerson {
  readonly title: string;
  readonly email: string;
}

/** A site user. Editors see drafts of lists with content approval; readers do not. */
export interface ISiteUser extends ISitePrincipal {
  readonly role: 'reader' | 'editor' | 'owner';
  /** Free-text description used by the preview's "signed in as" picker. */
  readonly persona?: string;
}

/** Stored value of an Image (Thumbnail) column: a file in the site's assets. */
export interface IStoredImage {
  readonly fileName: string;
  readonly serverRelativeUrl: string;
}

/** Stored value of a Hyperlink column. */
export interface IStoredUrl {
  readonly Url: string;
  readonly Description: string;
}

/**
 * Stored field value by schema type:
 * Text/Note/Choice → string; MultiChoice → string[]; Boolean → boolean; DateTime → ISO UTC string;
 * Number → number; URL → IStoredUrl; Image → IStoredImage; User → user id;
 * Lookup → target item id; LookupMulti → target item ids. Missing values are null or absent.
 */
export type StoredValue = string | string[] | boolean | number | number[] | IStoredUrl | IStoredImage | null;

export interface IStoredItem {
  readonly Id: number;
  readonly Created: string;
  readonly Modified: string;
  readonly AuthorId: number;
  readonly EditorId: number;
  /** Incremented on every update; the item's ETag is "<version>". */
  readonly version: number;
  readonly moderationStatus: ModerationStatus;
  readonly fields: Readonly<Record<string, StoredValue>>;
  /** Name of the folder the item is in (one level below the list's root); absent in the root. */
  readonly folder?: string;
}

/** A folder of a list (tools/emulator/scopes.ts). Its id is a list item id, as SharePoint's folders are items. */
export interface IStoredFolder {
  readonly id: number;
  readonly name: string;
  readonly authorId: number;
}

/** One role assignment of a securable object with unique permissions: a principal (user or group) and a permission level. */
export interface IStoredRoleAssignment {
  readonly principalId: number;
  readonly roleDefId: number;
}

/** A SharePoint group the site's owners created, with its members (user ids). */
export interface IStoredGroup {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly memberIds: readonly number[];
}

/** A custom permission level: SP.BasePermissions as its two 32-bit halves. */
export interface IStoredRoleDefinition {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly low: number;
  readonly high: number;
}

/** Folders, unique role assignments (by list and item or folder id), groups and custom permission levels. */
export interface ISiteSecurity {
  readonly folders: Partial<Record<ListKey, readonly IStoredFolder[]>>;
  readonly uniqueScopes: Partial<Record<ListKey, Readonly<Record<string, readonly IStoredRoleAssignment[]>>>>;
  readonly groups: readonly IStoredGroup[];
  readonly roleDefinitions: readonly IStoredRoleDefinition[];
}

/** A static file served by the site (e.g. generated portrait SVGs). */
export interface ISiteFile {
  readonly serverRelativeUrl: string;
  readonly contentType: string;
  readonly content: string;
}

export interface ISiteData {
  readonly siteTitle: string;
  /** Server-relative URL of the web, e.g. /sites/council */
  readonly serverRelativeUrl: string;
  readonly users: readonly ISiteUser[];
  readonly lists: Readonly<Record<ListKey, readonly IStoredItem[]>>;
  readonly files: readonly ISiteFile[];
  /** Tenant properties from the app catalog (e.g. MemberOfficerHubSiteUrl). */
  readonly tenantProperties?: Readonly<Record<string, string>>;
  /** People of the tenant's directory who are not site users yet (ensureUser adds them). */
  readonly directory?: readonly IDirectoryPerson[];
  /** People added to the site by ensureUser: in the user information list, with no permission of their own. */
  readonly ensuredUsers?: readonly ISitePrincipal[];
  /** Folders, unique permissions, SharePoint groups and permission levels beyond the defaults. */
  readonly security?: ISiteSecurity;
}
