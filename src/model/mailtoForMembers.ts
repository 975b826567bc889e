import { plainEmailAddress } from './emailAddress';
import type { IMember } from './Member';

/** Some mail clients (Outlook desktop among them) cut or refuse mailto links longer than this. */
export const SAFE_MAILTO_LENGTH = 2000;

export interface IMailOut {
  /** mailto: with every address in To:. */
  readonly href: string;
  /** Distinct addresses, in the order of the members. */
  readonly addresses: readonly string[];
  /** Members who have no email address (or not exactly one plain address), so the UI can say who will not be reached. */
  readonly withoutEmail: readonly IMember[];
  /** When true, offer "copy addresses" as well: the link may be too long for some mail clients. */
  readonly exceedsSafeLength: boolean;
}

/**
 * One email to several members. Everyone goes in To: and never Bcc or Cc: the members'
 * protocol (004 §34) does not permit blind copies, and each member sees who else was told.
 */
export function mailtoForMembers(members: readonly IMember[]): IMailOut {
  const addresses: string[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    // Anything but one plain address is left out: "a@x;AllStaff" would reach a second recipient.
    const address = plainEmailAddress(member.email);
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    addresses.push(address);
  }
  const href = `mailto:${addresses.map((address) => encodeURIComponent(address).replace(/%40/g, '@')).join(',')}`;
  return {
    href,
    addresses,
    withoutEmail: members.filter((member) => plainEmailAddress(member.email) === undefined),
    exceedsSafeLength: href.length > SAFE_MAILTO_LENGTH
  };
}
