import type { IMember, IMemberDirectory } from './Member';
import { lookupsFor } from './memberLookups';
import { compareNames } from './uiLocale';

export type MemberSort = 'surname' | 'ward' | 'party';

/** Surname, then first name, then display name, in the reader's alphabetical order. */
export function compareByName(a: IMember, b: IMember): number {
  return (
    compareNames(a.surname, b.surname) ||
    compareNames(a.givenName ?? '', b.givenName ?? '') ||
    compareNames(a.displayName, b.displayName)
  );
}

/** A sorted copy. By ward or party, members without one come last; ties go by name. */
export function sortMembers(members: readonly IMember[], sort: MemberSort, directory: IMemberDirectory): IMember[] {
  if (sort === 'surname') return [...members].sort(compareByName);
  const { wards, parties } = lookupsFor(directory);
  const groupOf = (member: IMember): string | undefined =>
    sort === 'ward'
      ? member.wardId === undefined ? undefined : wards.get(member.wardId)?.name
      : member.partyId === undefined ? undefined : parties.get(member.partyId)?.name;
  return [...members].sort((a, b) => {
    const groupA = groupOf(a);
    const groupB = groupOf(b);
    if (groupA === undefined || groupB === undefined) {
      if (groupA !== groupB) return groupA === undefined ? 1 : -1;
    } else {
      const byGroup = compareNames(groupA, groupB);
      if (byGroup !== 0) return byGroup;
    }
    return compareByName(a, b);
  });
}
