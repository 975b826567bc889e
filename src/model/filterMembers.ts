import type { IMember, IMemberDirectory, MembershipRole, MemberType } from './Member';

/** The directory's filters. Empty lists and undefined values mean "any". */
export interface IMemberFilter {
  /** Any of these parties. */
  readonly partyIds: readonly number[];
  /** Any of these political groups (a council group, which need not match the party). */
  readonly groupIds?: readonly number[];
  /** Any of these wards. */
  readonly wardIds: readonly number[];
  readonly committeeId?: number;
  /** With committeeId: that role on that committee; alone: that role on any committee. */
  readonly committeeRole?: MembershipRole;
  readonly cabinetOnly: boolean;
  /** One of the additional responsibilities, e.g. "Armed Forces Champion". */
  readonly responsibility?: string;
  /** Any of these member types (councillor, co-opted member, independent person). */
  readonly memberTypes?: readonly MemberType[];
}

export const NO_FILTER: IMemberFilter = { partyIds: [], wardIds: [], cabinetOnly: false };

type Facet = 'party' | 'group' | 'ward' | 'committee' | 'cabinet' | 'responsibility' | 'memberType';

function seatsOf(directory: IMemberDirectory, filter: IMemberFilter): Set<number> | undefined {
  if (filter.committeeId === undefined && filter.committeeRole === undefined) return undefined;
  return new Set(
    directory.memberships
      .filter(
        (membership) =>
          (filter.committeeId === undefined || membership.committeeId === filter.committeeId) &&
          (filter.committeeRole === undefined || membership.role === filter.committeeRole)
      )
      .map((membership) => membership.memberId)
  );
}

function matcher(filter: IMemberFilter, directory: IMemberDirectory, ignore?: Facet): (member: IMember) => boolean {
  const seated = ignore === 'committee' ? undefined : seatsOf(directory, filter);
  return (member) =>
    (ignore === 'party' || filter.partyIds.length === 0 || (member.partyId !== undefined && filter.partyIds.includes(member.partyId))) &&
    (ignore === 'group' ||
      !filter.groupIds ||
      filter.groupIds.length === 0 ||
      (member.politicalGroupId !== undefined && filter.groupIds.includes(member.politicalGroupId))) &&
    (ignore === 'ward' || filter.wardIds.length === 0 || (member.wardId !== undefined && filter.wardIds.includes(member.wardId))) &&
    (seated === undefined || seated.has(member.id)) &&
    (ignore === 'cabinet' || !filter.cabinetOnly || Boolean(member.cabinetRole)) &&
    (ignore === 'responsibility' || !filter.responsibility || member.additionalRoles.includes(filter.responsibility)) &&
    (ignore === 'memberType' || !filter.memberTypes || filter.memberTypes.length === 0 || filter.memberTypes.includes(member.memberType));
}

/** Members passing every filter, in their original order. */
export function filterMembers(members: readonly IMember[], filter: IMemberFilter, directory: IMemberDirectory): IMember[] {
  return members.filter(matcher(filter, directory));
}

/**
 * How many members each facet value would show, given the other facets' current choices
 * (a facet's own choice is ignored, so picking a second party shows its true count).
 */
export interface IFacetCounts {
  readonly parties: ReadonlyMap<number, number>;
  readonly groups: ReadonlyMap<number, number>;
  readonly wards: ReadonlyMap<number, number>;
  readonly committees: ReadonlyMap<number, number>;
  readonly responsibilities: ReadonlyMap<string, number>;
  readonly memberTypes: ReadonlyMap<MemberType, number>;
  readonly cabinet: number;
}

function tally<K>(members: readonly IMember[], keysOf: (member: IMember) => readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const member of members) {
    for (const key of new Set(keysOf(member))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function countFacets(members: readonly IMember[], filter: IMemberFilter, directory: IMemberDirectory): IFacetCounts {
  const without = (facet: Facet): IMember[] => members.filter(matcher(filter, directory, facet));
  const committeesOf = new Map<number, number[]>();
  for (const membership of directory.memberships) {
    if (filter.committeeRole !== undefined && membership.role !== filter.committeeRole) continue;
    const own = committeesOf.get(membership.memberId);
    if (own) own.push(membership.committeeId);
    else committeesOf.set(membership.memberId, [membership.committeeId]);
  }
  return {
    parties: tally(without('party'), (member) => (member.partyId === undefined ? [] : [member.partyId])),
    groups: tally(without('group'), (member) => (member.politicalGroupId === undefined ? [] : [member.politicalGroupId])),
    wards: tally(without('ward'), (member) => (member.wardId === undefined ? [] : [member.wardId])),
    committees: tally(without('committee'), (member) => committeesOf.get(member.id) ?? []),
    responsibilities: tally(without('responsibility'), (member) => member.additionalRoles),
    memberTypes: tally(without('memberType'), (member) => [member.memberType]),
    cabinet: without('cabinet').filter((member) => Boolean(member.cabinetRole)).length
  };
}
