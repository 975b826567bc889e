import { MEMBERSHIP_ROLES } from '../schema';
import type { ICommitteeMembership, IMember, IMemberDirectory } from './Member';
import { compareByName } from './sortMembers';

export interface IRosterSeat {
  readonly member: IMember;
  readonly membership: ICommitteeMembership;
}

/** Who sits on a committee: Chair first, then Vice-Chair, Members and Substitutes, each by surname. */
export function committeeRoster(directory: IMemberDirectory, committeeId: number): IRosterSeat[] {
  const members = new Map(directory.members.map((member) => [member.id, member]));
  const seats: IRosterSeat[] = [];
  for (const membership of directory.memberships) {
    const member = members.get(membership.memberId);
    if (membership.committeeId === committeeId && member) seats.push({ member, membership });
  }
  return seats.sort(
    (a, b) =>
      MEMBERSHIP_ROLES.indexOf(a.membership.role) - MEMBERSHIP_ROLES.indexOf(b.membership.role) || compareByName(a.member, b.member)
  );
}
