/**
 * TEMPORARY bridge to the member model functions the data/model helper is writing in src/model
 * (searchMembers, filterMembers, sortMembers, membersForWards, committeeRoster,
 * orderContactActions, initials, mailtoForMembers). They had not landed when this view was
 * built, so the views import them from here only; when src/model has them, each export below
 * becomes a re-export and the minimal versions go. Nothing else in the views repeats this logic.
 */
import type { ICommitteeMembership, IMember, IMemberDirectory, MembershipRole } from '../../../model/Member';
import type { DirectorySort } from './directoryUrlState';

export function initials(member: Pick<IMember, 'displayName' | 'givenName' | 'surname'>): string {
  const first = (member.givenName ?? member.displayName).trim().charAt(0);
  const last = member.surname.trim().charAt(0);
  return `${first}${last}`.toUpperCase();
}

function normaliseForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function searchMembers(members: readonly IMember[], query: string, directory: IMemberDirectory): IMember[] {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...members];
  const parties = new Map(directory.parties.map((party) => [party.id, party]));
  const wards = new Map(directory.wards.map((ward) => [ward.id, ward]));
  return members.filter((member) => {
    const party = member.partyId === undefined ? undefined : parties.get(member.partyId);
    const ward = member.wardId === undefined ? undefined : wards.get(member.wardId);
    const haystack = normaliseForSearch(
      [member.displayName, member.surname, party?.name, party?.shortName, ward?.name, member.cabinetRole, member.portfolio, ...member.skills, ...member.interests, ...member.additionalRoles]
        .filter(Boolean)
        .join(' ')
    );
    return words.every((word) => haystack.includes(word));
  });
}

export interface IMemberFilter {
  readonly partyIds: readonly number[];
  readonly wardIds: readonly number[];
  readonly committeeId?: number;
  readonly committeeRole?: MembershipRole;
  readonly cabinetOnly: boolean;
  readonly responsibility?: string;
}

export function filterMembers(members: readonly IMember[], filter: IMemberFilter, directory: IMemberDirectory): IMember[] {
  const onCommittee = new Set(
    directory.memberships
      .filter((seat) => seat.committeeId === filter.committeeId && (!filter.committeeRole || seat.role === filter.committeeRole))
      .map((seat) => seat.memberId)
  );
  return members.filter(
    (member) =>
      (filter.partyIds.length === 0 || (member.partyId !== undefined && filter.partyIds.includes(member.partyId))) &&
      (filter.wardIds.length === 0 || (member.wardId !== undefined && filter.wardIds.includes(member.wardId))) &&
      (filter.committeeId === undefined || onCommittee.has(member.id)) &&
      (!filter.cabinetOnly || Boolean(member.cabinetRole)) &&
      (!filter.responsibility || member.additionalRoles.includes(filter.responsibility))
  );
}

export function sortMembers(members: readonly IMember[], sort: DirectorySort, directory: IMemberDirectory): IMember[] {
  const byName = (a: IMember, b: IMember): number =>
    a.surname.localeCompare(b.surname, 'en-GB') || a.displayName.localeCompare(b.displayName, 'en-GB');
  const nameOf = (records: ReadonlyArray<{ id: number; name: string }>, id: number | undefined): string =>
    records.find((record) => record.id === id)?.name ?? '\uffff';
  const key = (member: IMember): string =>
    sort === 'ward' ? nameOf(directory.wards, member.wardId) : sort === 'party' ? nameOf(directory.parties, member.partyId) : '';
  return [...members].sort((a, b) => key(a).localeCompare(key(b), 'en-GB') || byName(a, b));
}

export function membersForWards(members: readonly IMember[], wardIds: readonly number[]): IMember[] {
  return members.filter((member) => member.wardId !== undefined && wardIds.includes(member.wardId));
}

export interface IMailOut {
  readonly href: string;
  readonly addresses: readonly string[];
  readonly withoutEmail: readonly IMember[];
}

/** Every address in To:, never Bcc. */
export function mailtoForMembers(members: readonly IMember[]): IMailOut {
  const addresses = Array.from(new Set(members.map((member) => member.email).filter((email): email is string => Boolean(email))));
  return { href: `mailto:${addresses.join(',')}`, addresses, withoutEmail: members.filter((member) => !member.email) };
}

export interface IRosterSeat {
  readonly member: IMember;
  readonly membership: ICommitteeMembership;
}

const ROLE_ORDER: readonly MembershipRole[] = ['Chair', 'Vice-Chair', 'Member', 'Substitute'];

export function committeeRoster(directory: IMemberDirectory, committeeId: number): IRosterSeat[] {
  const members = new Map(directory.members.map((member) => [member.id, member]));
  const seats: IRosterSeat[] = [];
  for (const membership of directory.memberships) {
    const member = members.get(membership.memberId);
    if (membership.committeeId === committeeId && member) seats.push({ member, membership });
  }
  return seats.sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.membership.role) - ROLE_ORDER.indexOf(b.membership.role) ||
      a.member.surname.localeCompare(b.member.surname, 'en-GB')
  );
}

export interface IContactAction {
  readonly kind: 'email' | 'phone' | 'teams' | 'copy';
  readonly href?: string;
  /** Address, number, or for 'copy' the text to copy. */
  readonly value: string;
  readonly preferred: boolean;
}

export function orderContactActions(member: IMember): IContactAction[] {
  const phone = member.workPhone ?? member.mobilePhone;
  const chatAddress = member.accountEmail ?? member.email;
  const actions: IContactAction[] = [];
  if (member.email) actions.push({ kind: 'email', href: `mailto:${member.email}`, value: member.email, preferred: member.preferredContact === 'Email' });
  if (phone) actions.push({ kind: 'phone', href: `tel:${phone.replace(/\s+/g, '')}`, value: phone, preferred: member.preferredContact === 'Phone' });
  if (chatAddress)
    actions.push({
      kind: 'teams',
      href: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(chatAddress)}`,
      value: chatAddress,
      preferred: member.preferredContact === 'Teams'
    });
  const details = [member.displayName, member.email, member.workPhone, member.mobilePhone].filter(Boolean).join('\n');
  const ordered = [...actions.filter((action) => action.preferred), ...actions.filter((action) => !action.preferred)];
  return [...ordered, { kind: 'copy', value: details, preferred: false }];
}
