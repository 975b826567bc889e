import { plainEmailAddress } from '../schema/emailAddress';
import type { IMember } from './Member';

/**
 * The longest mailto link we hand to a mail client, counted after percent-encoding. RFC 6068 sets
 * no limit; clients do: Internet Explorer and the Windows shell stop at 2,083 characters
 * (https://support.microsoft.com/kb/208427), Outlook with Chrome/Firefox/IE9 at 2,046 and Gmail as
 * the browser's mail handler at about 1,620 (measured in https://superruub.wordpress.com/2013/05/30/mailto-protocol-character-limit/),
 * Chrome at about 2,000 (https://newbedev.com/effective-maximum-mailto-body-lengths). 1,600 stays
 * under all of them.
 */
export const SAFE_MAILTO_LENGTH = 1600;

/** One message of a mail-out: a mailto link no longer than the safe length, unless one address alone is longer. */
export interface IMailMessage {
  readonly href: string;
  readonly addresses: readonly string[];
}

export interface IMailOut {
  /** mailto: with every address in To:. */
  readonly href: string;
  /** Distinct addresses, in the order of the members. */
  readonly addresses: readonly string[];
  /** Members who have no email address (or not exactly one plain address), so the UI can say who will not be reached. */
  readonly withoutEmail: readonly IMember[];
  /** When true, offer "copy addresses" as well: the link may be too long for some mail clients. */
  readonly exceedsSafeLength: boolean;
  /** The same addresses split into messages whose links mail clients accept; one message when short enough. */
  readonly messages: readonly IMailMessage[];
  /** Every address separated by "; ", as Outlook's To: box expects when pasted. */
  readonly copyAllText: string;
}

function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, '@');
}

function mailtoHref(encoded: readonly string[]): string {
  return `mailto:${encoded.join(',')}`;
}

/**
 * Splits addresses, in order, into the fewest consecutive messages whose mailto links are at
 * most `limit` characters after encoding. An address too long for a link on its own still gets
 * its own message (the copy-all text reaches it too).
 */
export function splitMailOut(addresses: readonly string[], limit: number = SAFE_MAILTO_LENGTH): IMailMessage[] {
  return splitEncoded(addresses, addresses.map(encodeAddress), limit);
}

/** splitMailOut with each address already encoded; the link's length is counted as it grows, not built each time. */
function splitEncoded(addresses: readonly string[], encodedAddresses: readonly string[], limit: number): IMailMessage[] {
  const messages: IMailMessage[] = [];
  let current: string[] = [];
  let encoded: string[] = [];
  // The length of mailtoHref(encoded): "mailto:", the addresses and a comma between each two.
  let length = 0;
  addresses.forEach((address, index) => {
    const next = encodedAddresses[index];
    if (encoded.length > 0 && length + 1 + next.length > limit) {
      messages.push({ href: mailtoHref(encoded), addresses: current });
      current = [];
      encoded = [];
    }
    length = encoded.length === 0 ? 'mailto:'.length + next.length : length + 1 + next.length;
    current.push(address);
    encoded.push(next);
  });
  if (current.length > 0) messages.push({ href: mailtoHref(encoded), addresses: current });
  return messages;
}

/**
 * One email to any set of members (a ward, committee, party, group leaders, cabinet: whatever
 * the view's filters select). Everyone goes in To: and never Bcc or Cc: the members'
 * protocol (004 §34) does not permit blind copies, and each member sees who else was told.
 * Each address is checked and encoded once (the view works this out again on every keystroke).
 */
export function mailtoForMembers(members: readonly IMember[]): IMailOut {
  const addresses: string[] = [];
  const withoutEmail: IMember[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    // Anything but one plain address is left out: "a@x;AllStaff" would reach a second recipient.
    const address = plainEmailAddress(member.email);
    if (!address) withoutEmail.push(member);
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    addresses.push(address);
  }
  const encoded = addresses.map(encodeAddress);
  const href = mailtoHref(encoded);
  return {
    href,
    addresses,
    withoutEmail,
    exceedsSafeLength: href.length > SAFE_MAILTO_LENGTH,
    messages: splitEncoded(addresses, encoded, SAFE_MAILTO_LENGTH),
    copyAllText: addresses.join('; ')
  };
}
