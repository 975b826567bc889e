/**
 * The permission model of member enquiries (docs/enquiries-permissions.md), as data the deployment,
 * the repository and the sample council share: one folder per (member, service) pair in Enquiries and
 * EnquiryUpdates, with unique permissions for the member, the service's officer group and the site's owners.
 */

/** Folder of a (member, service) pair: the Members and Services item ids, no personal data in the URL. */
export function enquiryFolderName(memberItemId: number, serviceItemId: number): string {
  return `M${memberItemId}-S${serviceItemId}`;
}

/** The pair a folder name stands for, or undefined for any other name. */
export function parseEnquiryFolderName(name: string): { readonly memberItemId: number; readonly serviceItemId: number } | undefined {
  const match = /^M(\d+)-S(\d+)$/.exec(name);
  return match ? { memberItemId: Number(match[1]), serviceItemId: Number(match[2]) } : undefined;
}

/**
 * Folder of a service's internal notes in EnquiryUpdates: the service's officer group and the site's owners only,
 * never the member, so a note the member must not read is kept from them by SharePoint, not by the view.
 * One scope per service that takes enquiries.
 */
export function serviceNotesFolderName(serviceItemId: number): string {
  return `S${serviceItemId}`;
}

/** True for a service notes folder's name (the last segment of an item's FileDirRef). */
export function isServiceNotesFolder(folderUrl: string): boolean {
  return /^S\d+$/.test(folderUrl.slice(folderUrl.lastIndexOf('/') + 1));
}

/** The custom permission level members get on their folders: read and add, never edit or delete. */
export const MEMBER_ENQUIRY_LEVEL = {
  name: 'Raise member enquiries',
  description: 'Members: read their own enquiries and updates, raise enquiries and reply. No edit or delete.',
  /** SP.BasePermissions names, as `m365 spo roledefinition add --rights` takes them. */
  rights: ['ViewListItems', 'AddListItems', 'OpenItems', 'ViewVersions', 'ViewFormPages', 'Open', 'ViewPages', 'BrowseUserInfo', 'UseClientIntegration', 'UseRemoteAPIs'],
  /** The same rights as SP.BasePermissions' low word (its high word is 0). */
  low: 0x1 | 0x2 | 0x20 | 0x40 | 0x1000 | 0x10000 | 0x20000 | 0x8000000 | 0x10000000 | 0x20000000
} as const;

/** Officers of the service get Contribute; the site's owners (Democratic Services) Full Control. */
export const OFFICER_ENQUIRY_LEVEL = 'Contribute';
export const DEMOCRATIC_SERVICES_LEVEL = 'Full Control';

/** The group name when a service names none. */
export function defaultEnquiryGroupName(serviceTitle: string): string {
  return `Enquiries – ${serviceTitle}`;
}

/** Past this many unique scopes per list the deployment refuses to add folders (SharePoint's limit is 50,000). */
export const MAX_ENQUIRY_SCOPES_PER_LIST = 45000;
/** Microsoft's recommended general limit of unique scopes per list; the deployment warns above it. */
export const RECOMMENDED_SCOPES_PER_LIST = 5000;

/**
 * Lists whose items set the targets the enquiry report measures against (docs/enquiries-permissions.md § Who can
 * change the targets): Democratic Services (the site's owners) edit them; everyone else who can read the site
 * keeps Read, because every view that works out a due date reads them.
 */
export const ENQUIRY_SETTINGS_LISTS = ['HubSettings', 'EnquiryClosureDays'] as const;
export const SETTINGS_EDITOR_LEVEL = 'Full Control';
export const SETTINGS_READER_LEVEL = 'Read';
