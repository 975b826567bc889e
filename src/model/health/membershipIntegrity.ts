import type { IHealthData, IItemRef } from './healthData';

/**
 * Why a committee membership needs an admin's attention:
 * - noMember / noCommittee: the lookup is blank;
 * - deletedMember / deletedCommittee: it names an item that no longer exists (a dangling lookup);
 * - formerMember / inactiveCommittee: a seat that has not ended, held by someone who is no longer
 *   a member or on a committee that no longer meets. Ended seats are history and are left alone.
 */
export type MembershipProblem = 'noMember' | 'deletedMember' | 'formerMember' | 'noCommittee' | 'deletedCommittee' | 'inactiveCommittee';

export interface IMembershipFinding {
  readonly membership: IItemRef;
  /** The member and committee as far as they are known (for naming the seat). */
  readonly memberName?: string;
  readonly committeeName?: string;
  readonly problems: readonly MembershipProblem[];
}

/** Committee memberships that point at former or missing members, or inactive or missing committees. */
export function membershipIntegrity(data: Pick<IHealthData, 'members' | 'committees' | 'memberships'>): IMembershipFinding[] {
  const members = new Map(data.members.map((member) => [member.id, member]));
  const committees = new Map(data.committees.map((committee) => [committee.id, committee]));
  const findings: IMembershipFinding[] = [];
  for (const membership of data.memberships) {
    const member = membership.memberId === undefined ? undefined : members.get(membership.memberId);
    const committee = membership.committeeId === undefined ? undefined : committees.get(membership.committeeId);
    const problems: MembershipProblem[] = [];
    if (membership.memberId === undefined) problems.push('noMember');
    else if (!member) problems.push('deletedMember');
    else if (!member.isCurrent && membership.isCurrent) problems.push('formerMember');
    if (membership.committeeId === undefined) problems.push('noCommittee');
    else if (!committee) problems.push('deletedCommittee');
    else if (!committee.isActive && membership.isCurrent) problems.push('inactiveCommittee');
    if (problems.length === 0) continue;
    findings.push({
      membership: { list: 'CommitteeMemberships', id: membership.id, name: [member?.name, committee?.name].filter(Boolean).join(' — ') },
      memberName: member?.name,
      committeeName: committee?.name,
      problems
    });
  }
  return findings.sort((a, b) => a.membership.id - b.membership.id);
}
