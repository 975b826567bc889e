/**
 * `<site>/_layouts/15/userphoto.aspx?accountname=<address>&size=S|M|L`: SharePoint's profile
 * photo endpoint. SharePoint reads the photo from the account's Microsoft 365 profile; the
 * emulator has no profiles, so a person's portrait is the file of the Photo column of the
 * officer or member whose Email (or whose account's email) is the address asked for.
 *
 * An account without a photo, or no account at all, is answered as SharePoint answers it: with
 * a generic person placeholder image, not an error, so a page cannot tell it from a photo by
 * status alone. Photos are cached privately by the browser (SharePoint Online keeps them a day).
 */
import { createHash } from 'crypto';
import type { ListKey } from '../../../src/schema';
import type { ISiteFile, IStoredImage, StoredValue } from '../siteData';
import { ODataFormat, spErrors } from '../errors';
import type { SiteStore } from '../store';
import { IApiResponse, sharePointErrorResponse } from './apiTypes';

export const USER_PHOTO_PAGE = '/_layouts/15/userphoto.aspx';

const PHOTO_CACHE_CONTROL = 'private, max-age=86400';

/** A grey head and shoulders on a light circle: what SharePoint shows for a person without a photo. */
export const PLACEHOLDER_PHOTO: ISiteFile = {
  serverRelativeUrl: '/_layouts/15/images/PersonPlaceholder.svg',
  contentType: 'image/svg+xml',
  content:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96">' +
    '<rect width="96" height="96" fill="#eaeaea"/>' +
    '<circle cx="48" cy="38" r="17" fill="#a6a6a6"/>' +
    '<path d="M16 96c0-20 14-32 32-32s32 12 32 32z" fill="#a6a6a6"/>' +
    '</svg>'
};

/** Where people's portraits are recorded, and the person column naming their account. */
const PEOPLE_LISTS: readonly { readonly list: ListKey; readonly accountColumn: string }[] = [
  { list: 'Officers', accountColumn: 'OfficerAccount' },
  { list: 'Members', accountColumn: 'MemberAccount' }
];

export function isUserPhotoPath(store: SiteStore, path: string): boolean {
  return path.toLowerCase() === `${store.serverRelativeUrl}${USER_PHOTO_PAGE}`.toLowerCase();
}

/** The address asked for: AccountName, else UserName (a claims login name ends with the address). */
function accountAsked(url: URL): string | undefined {
  const byName = new Map<string, string>();
  for (const [name, value] of url.searchParams) byName.set(name.toLowerCase(), value);
  const asked = byName.get('accountname') ?? byName.get('username');
  const address = asked?.split('|').pop()?.trim().toLowerCase();
  return address ? address : undefined;
}

function isStoredImage(value: StoredValue | undefined): value is IStoredImage {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as IStoredImage).serverRelativeUrl === 'string';
}

function portraitOf(store: SiteStore, address: string): ISiteFile | undefined {
  const emailOfUser = (value: StoredValue | undefined): string | undefined =>
    typeof value === 'number' ? store.user(value)?.email.toLowerCase() : undefined;
  for (const { list, accountColumn } of PEOPLE_LISTS) {
    for (const item of store.items(list)) {
      const { Email: email, Photo: photo } = item.fields;
      const matches = (typeof email === 'string' && email.trim().toLowerCase() === address) || emailOfUser(item.fields[accountColumn]) === address;
      if (!matches || !isStoredImage(photo)) continue;
      const path = photo.serverRelativeUrl.toLowerCase();
      const file = store.files.find((candidate) => candidate.serverRelativeUrl.toLowerCase() === path);
      if (file) return file;
    }
  }
  return undefined;
}

export function serveUserPhoto(store: SiteStore, method: string, url: URL, format: ODataFormat): IApiResponse {
  if (method !== 'GET' && method !== 'HEAD') {
    return sharePointErrorResponse(spErrors.endpointNotFound(url.pathname), format);
  }
  const address = accountAsked(url);
  const file = (address !== undefined ? portraitOf(store, address) : undefined) ?? PLACEHOLDER_PHOTO;
  const etag = `"${createHash('md5').update(file.content).digest('hex')}"`;
  // The emulator's portraits are SVG, so one file serves every size (S 48 px, M 72 px, L 240 px).
  return {
    status: 200,
    headers: { 'Content-Type': file.contentType, ETag: etag, 'Cache-Control': PHOTO_CACHE_CONTROL },
    body: file.content
  };
}
