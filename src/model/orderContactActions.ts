import type { IMember, PreferredContactMethod } from './Member';

export type ContactActionKind = 'email' | 'phone' | 'teams' | 'copy';

export interface IContactAction {
  readonly kind: ContactActionKind;
  /** mailto:, tel: or a Teams deep link; absent for 'copy'. */
  readonly href?: string;
  /** The address or number, or for 'copy' the text to copy. */
  readonly value: string;
  /** The member said this is how they prefer to be contacted. */
  readonly preferred: boolean;
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

/**
 * The ways to contact a member, their preferred way first, then email, call, Teams chat and
 * "copy details". Actions without data are left out (no Teams chat without a Microsoft 365
 * account; no copy when there is nothing to copy but a name).
 */
export function orderContactActions(member: IMember): IContactAction[] {
  const preferredKind = PREFERRED_KIND[member.preferredContact];
  const phone = member.workPhone ?? member.mobilePhone ?? member.personalPhone;
  const actions: IContactAction[] = [];
  if (member.email) {
    actions.push({ kind: 'email', href: `mailto:${encodeURIComponent(member.email).replace(/%40/g, '@')}`, value: member.email, preferred: preferredKind === 'email' });
  }
  if (phone && dialable(phone).replace('+', '') !== '') {
    actions.push({ kind: 'phone', href: `tel:${dialable(phone)}`, value: phone, preferred: preferredKind === 'phone' });
  }
  if (member.accountEmail) {
    actions.push({
      kind: 'teams',
      href: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(member.accountEmail)}`,
      value: member.accountEmail,
      preferred: preferredKind === 'teams'
    });
  }
  const contactLines = [member.email, member.workPhone, member.mobilePhone, member.personalPhone, member.homeAddress].filter(
    (line): line is string => Boolean(line)
  );
  if (contactLines.length > 0) {
    actions.push({ kind: 'copy', value: [member.displayName, ...contactLines].join('\n'), preferred: false });
  }
  return [...actions.filter((action) => action.preferred), ...actions.filter((action) => !action.preferred)];
}
