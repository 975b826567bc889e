/**
 * SharePoint's own profile photo endpoint: `<site>/_layouts/15/userphoto.aspx`, which answers
 * with the Microsoft 365 profile photo of the account named (by sign-in address or email).
 * Sizes: S (48 px), M (72 px), L (240-300 px). The directory asks for M everywhere: sharp in a
 * 40 px card coin on high-density screens, exact in the profile's 72 px coin, and one URL per
 * person so the browser's copy from the card is reused by the profile.
 *
 * SharePoint answers a generic person placeholder image, not an error, for an account without a
 * photo; the initials fallback (the img's error event) still covers an unreachable site or a
 * removed account.
 */
export type ProfilePhotoSize = 'S' | 'M' | 'L';

/** The photo size the directory's cards and profiles share. */
export const DIRECTORY_PHOTO_SIZE: ProfilePhotoSize = 'M';

/**
 * The URL of an account's profile photo on a site; undefined without an address that looks like
 * one, or without a site URL a browser can use (absolute http(s), or server-relative).
 */
export function profilePhotoUrl(siteUrl: string | undefined, accountName: string | undefined, size: ProfilePhotoSize = DIRECTORY_PHOTO_SIZE): string | undefined {
  const account = accountName?.trim();
  if (!siteUrl || !account || !/^[^\s@]+@[^\s@]+$/.test(account)) return undefined;
  const site = siteUrl.trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/i.test(site) && !/^\/(?!\/)/.test(site)) return undefined;
  return `${site}/_layouts/15/userphoto.aspx?size=${size}&accountname=${encodeURIComponent(account)}`;
}
