import type { IMember, IMemberDirectory } from './Member';
import { lookupsFor } from './memberLookups';
import { normaliseForSearch, searchWords } from './normaliseForSearch';

/**
 * Everything a member can be found by, normalised once: names, ward, party and group,
 * cabinet role and portfolio, committees with roles, additional responsibilities, skills,
 * interests and outside appointments.
 */
export function memberSearchText(member: IMember, directory: IMemberDirectory): string {
  const { parties, wards, committees } = lookupsFor(directory);
  const seats = directory.memberships
    .filter((membership) => membership.memberId === member.id)
    .map((membership) => `${membership.role} ${committees.get(membership.committeeId)?.name ?? ''}`);
  const party = member.partyId === undefined ? undefined : parties.get(member.partyId);
  const group = member.politicalGroupId === undefined ? undefined : parties.get(member.politicalGroupId);
  return normaliseForSearch(
    [
      member.displayName,
      member.givenName,
      member.surname,
      member.wardId === undefined ? undefined : wards.get(member.wardId)?.name,
      party?.name,
      party?.shortName,
      group?.name,
      member.cabinetRole,
      member.portfolio,
      ...seats,
      ...member.additionalRoles,
      ...member.skills,
      ...member.interests,
      ...member.outsideAppointments
    ]
      .filter((part): part is string => Boolean(part))
      .join(' | ')
  );
}

const indexes = new WeakMap<IMemberDirectory, Map<number, string>>();

function searchIndexFor(directory: IMemberDirectory): Map<number, string> {
  let index = indexes.get(directory);
  if (!index) {
    index = new Map(directory.members.map((member) => [member.id, memberSearchText(member, directory)]));
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
