import { plainEmailAddress } from '../schema/emailAddress';
import { withoutUnsafeCharacters } from './unsafeCharacters';
import type { IMember, PreferredContactMethod } from './Member';

export type ContactActionKind = 'email' | 'phone' | 'teams' | 'copy';

export interface IContactAction {
  readonly kind: ContactActionKind;
  /** mailto:, tel: or a Teams deep link; absent for 'copy'. */
  readonly href?: string;
  /** The address or number, or for 'copy' the text to copy. */
  readonly value: string;
  /** The person said this is how they prefer to be contacted. */
  readonly preferred: boolean;
}

/** Anyone the product offers ways to contact: a member, an officer. */
export interface IContactDetails {
  readonly name: string;
  readonly email?: string;
  /** The number to call. */
  readonly phone?: string;
  /** Sign-in address of their Microsoft 365 account, for Teams chat. */
  readonly accountEmail?: string;
  /**
   * Lines copied after the name by "copy details"; no copy action when there are none. Pass an
   * email address through plainEmailAddress first: "copy" must not carry what "email" refuses.
   */
  readonly copyLines: readonly (string | undefined)[];
  readonly preferredKind?: ContactActionKind;
}

const PREFERRED_KIND: Readonly<Record<PreferredContactMethod, ContactActionKind | undefined>> = {
  Email: 'email',
  Phone: 'phone',
  Teams: 'teams',
  'In person': undefined
};

/** A number a phone can dial: digits and a leading +, without the "(0)" written in UK international numbers. */
function dialable(phone: string): string {
  const trimmed = phone.trim();
  if (trimmed.startsWith('+')) return `+${trimmed.replace(/\(0\)/g, '').replace(/\D/g, '')}`;
  return trimmed.replace(/\D/g, '');
}

/** tel: link for a number as written; undefined when it holds no digits. */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone || dialable(phone).replace('+', '') === '') return undefined;
  return `tel:${dialable(phone)}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`;
}

/** Teams deep link that opens a one-to-one chat with the account. */
export function teamsChatHref(accountEmail: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(accountEmail)}`;
}

/**
 * The ways to contact someone, their preferred way first, then email, call, Teams chat and
 * "copy details". Actions without data are left out (no Teams chat without a Microsoft 365
 * account; no copy when there is nothing to copy but a name).
 */
export function contactActionsFor(contact: IContactDetails): IContactAction[] {
  const preferredKind = contact.preferredKind;
  const actions: IContactAction[] = [];
  const email = plainEmailAddress(contact.email);
  if (email) {
    actions.push({ kind: 'email', href: mailtoHref(email), value: email, preferred: preferredKind === 'email' });
  }
  const tel = telHref(contact.phone);
  if (contact.phone && tel) {
    actions.push({ kind: 'phone', href: tel, value: contact.phone, preferred: preferredKind === 'phone' });
  }
  if (contact.accountEmail) {
    actions.push({ kind: 'teams', href: teamsChatHref(contact.accountEmail), value: contact.accountEmail, preferred: preferredKind === 'teams' });
  }
  // A line break or bidi control inside a value would let it write lines of its own ("Bcc: …").
  const copyLines = contact.copyLines
    .map((line) => (line ? withoutUnsafeCharacters(line).trim() : ''))
    .filter((line) => line !== '');
  if (copyLines.length > 0) {
    actions.push({ kind: 'copy', value: [contact.name, ...copyLines].join('\n'), preferred: false });
  }
  return [...actions.filter((action) => action.preferred), ...actions.filter((action) => !action.preferred)];
}

/** A member's ways to be contacted, in the order they prefer. */
export function orderContactActions(member: IMember): IContactAction[] {
  return contactActionsFor({
    name: member.displayName,
    email: member.email,
    phone: member.workPhone ?? member.mobilePhone ?? member.publicPhone,
    accountEmail: member.accountEmail,
    copyLines: [plainEmailAddress(member.email), member.workPhone, member.mobilePhone, member.publicPhone, member.publicAddress],
    preferredKind: PREFERRED_KIND[member.preferredContact]
  });
}
