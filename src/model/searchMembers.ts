import type { IMember, IMemberDirectory } from './Member';
import { lookupsFor } from './memberLookups';
import { normaliseForSearch, searchWords } from './normaliseForSearch';

/**
 * The words of rich text, for matching only (never rendered): tags and the entities SharePoint's
 * editor writes become spaces, so "<strong>" or "&nbsp;" cannot be searched for.
 */
function richTextWords(html: string | undefined): string | undefined {
  return html?.replace(/<[^>]*>/g, ' ').replace(/&(#?[a-z0-9]+);/gi, ' ');
}

/**
 * Everything a member can be found by, normalised once: every field the profile shows —
 * names, member type (for those who are not councillors, shown where a ward would be), ward
 * with its GSS code and district, party and group, email, phones and public address, cabinet
 * role and portfolio, committees with roles, additional responsibilities, skills, interests,
 * outside appointments, contact notes and the biography's text.
 */
export function memberSearchText(member: IMember, directory: IMemberDirectory): string {
  return searchTextOf(member, directory, seatsByMember(directory).get(member.id) ?? []);
}

/** Each member's committee seats as searchable text ("Chair Planning"), in one pass over the memberships. */
function seatsByMember(directory: IMemberDirectory): Map<number, string[]> {
  const { committees } = lookupsFor(directory);
  const seats = new Map<number, string[]>();
  for (const membership of directory.memberships) {
    const text = `${membership.role} ${committees.get(membership.committeeId)?.name ?? ''}`;
    const own = seats.get(membership.memberId);
    if (own) own.push(text);
    else seats.set(membership.memberId, [text]);
  }
  return seats;
}

function searchTextOf(member: IMember, directory: IMemberDirectory, seats: readonly string[]): string {
  const { parties, wards } = lookupsFor(directory);
  const party = member.partyId === undefined ? undefined : parties.get(member.partyId);
  const ward = member.wardId === undefined ? undefined : wards.get(member.wardId);
  const group = member.politicalGroupId === undefined ? undefined : parties.get(member.politicalGroupId);
  return normaliseForSearch(
    [
      member.displayName,
      member.givenName,
      member.surname,
      member.memberType === 'Councillor' ? undefined : member.memberType,
      ward?.name,
      ward?.code,
      ward?.district,
      member.email,
      member.workPhone,
      member.mobilePhone,
      member.publicPhone,
      member.publicAddress,
      party?.name,
      party?.shortName,
      group?.name,
      member.cabinetRole,
      member.portfolio,
      ...seats,
      ...member.additionalRoles,
      ...member.skills,
      ...member.interests,
      ...member.outsideAppointments,
      member.contactNotes,
      richTextWords(member.biographyHtml)
    ]
      .filter((part): part is string => Boolean(part))
      .join(' | ')
  );
}

const indexes = new WeakMap<IMemberDirectory, Map<number, string>>();

function searchIndexFor(directory: IMemberDirectory): Map<number, string> {
  let index = indexes.get(directory);
  if (!index) {
    const seats = seatsByMember(directory);
    index = new Map(directory.members.map((member) => [member.id, searchTextOf(member, directory, seats.get(member.id) ?? [])]));
    indexes.set(directory, index);
  }
  return index;
}

/** Builds the directory's search text now, so the first keystroke only scans strings too. */
export function prepareMemberSearch(directory: IMemberDirectory): void {
  searchIndexFor(directory);
}

/**
 * Members matching every word of the query, in their original order. The search text of the
 * directory's members is built once per directory, so each keystroke only scans strings.
 */
export function searchMembers(members: readonly IMember[], query: string, directory: IMemberDirectory): IMember[] {
  const words = searchWords(query);
  if (words.length === 0) return [...members];
  const index = searchIndexFor(directory);
  return members.filter((member) => {
    const text = index.get(member.id) ?? memberSearchText(member, directory);
    return words.every((word) => text.includes(word));
  });
}
