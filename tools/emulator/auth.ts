/**
 * Who is asking, and what they may do. The signed-in user comes from the `X-Emulator-User`
 * header (id or email) or the `emulator-user` cookie, else the configured default user.
 */
import { randomBytes } from 'crypto';
import type { ISiteUser } from './siteData';
import { decodePath, spErrors } from './errors';

export function findUser(users: readonly ISiteUser[], key: string): ISiteUser | undefined {
  const trimmed = key.trim().toLowerCase();
  return users.find((user) => String(user.id) === trimmed || user.email.toLowerCase() === trimmed);
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      return decodePath(value.join('='));
    }
  }
  return undefined;
}

export function resolveUser(
  users: readonly ISiteUser[],
  headers: { readonly userHeader?: string; readonly cookie?: string },
  defaultUserId: number | undefined
): ISiteUser {
  const requested = headers.userHeader ?? cookieValue(headers.cookie, 'emulator-user');
  if (requested !== undefined && requested !== '') {
    const user = findUser(users, requested);
    if (!user) {
      throw spErrors.accessDenied();
    }
    return user;
  }
  const fallback = users.find((user) => user.id === defaultUserId) ?? users[0];
  if (!fallback) {
    throw spErrors.accessDenied();
  }
  return fallback;
}

/** Editors and owners see drafts and pending items of lists with content approval. */
export function seesDrafts(user: ISiteUser): boolean {
  return user.role !== 'reader';
}

export function assertCanWrite(user: ISiteUser): void {
  if (user.role === 'reader') {
    throw spErrors.accessDenied();
  }
}

/** Form digests look like SharePoint's: 0x<hex>,<date>. */
/** How long a digest lasts, as SharePoint Online's contextinfo says (FormDigestTimeoutSeconds). */
export const FORM_DIGEST_TIMEOUT_SECONDS = 1800;

export function issueDigest(now: Date = new Date()): string {
  return `0x${randomBytes(64).toString('hex').toUpperCase()},${now.toUTCString().replace('GMT', '-0000')}`;
}

/** Any well-formed digest this emulator could have issued is accepted, so restarts keep browsers working. */
export function assertDigest(value: string | undefined): void {
  if (value === undefined || !/^0x[0-9A-F]{128},.+$/.test(value.trim())) {
    throw spErrors.securityValidation();
  }
}
