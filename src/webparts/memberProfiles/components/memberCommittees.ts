import type { ICommittee, IMemberDirectory, MembershipRole } from '../../../model/Member';
import { compareNames } from '../../../model/uiLocale';

export interface ICommitteeSeat {
  readonly committee: ICommittee;
  readonly role: MembershipRole;
}

/** The active committees a member sits on, with their role, by committee name. */
export function committeesOfMember(directory: IMemberDirectory, memberId: number): ICommitteeSeat[] {
  const committees = new Map(directory.committees.filter((committee) => committee.isActive).map((committee) => [committee.id, committee]));
  const seats: ICommitteeSeat[] = [];
  for (const membership of directory.memberships) {
    const committee = committees.get(membership.committeeId);
    if (membership.memberId === memberId && committee) seats.push({ committee, role: membership.role });
  }
  return seats.sort((a, b) => compareNames(a.committee.name, b.committee.name));
}
