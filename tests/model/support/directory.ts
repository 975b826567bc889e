import type { ICommittee, ICommitteeMembership, IMember, IMemberDirectory, IParty, IWard, MembershipRole } from '../../../src/model/Member';

export function aMember(id: number, overrides: Partial<IMember> = {}): IMember {
  return {
    id,
    displayName: `Cllr Member ${id}`,
    surname: `Member ${id}`,
    memberType: 'Councillor',
    additionalRoles: [],
    outsideAppointments: [],
    skills: [],
    interests: [],
    preferredContact: 'Email',
    isCurrent: true,
    ...overrides
  };
}

export const parties: IParty[] = [
  { id: 1, name: 'Green Party', shortName: 'Grn', colour: '#02a95b', kind: 'Political party' },
  { id: 2, name: 'Labour', shortName: 'Lab', colour: '#e4003b', kind: 'Political party' },
  { id: 3, name: 'Independent Group', kind: 'Political group' }
];

export const wards: IWard[] = [
  { id: 1, name: 'Abbey', code: 'E05000001' },
  { id: 2, name: 'Castle', code: 'E05000002' },
  { id: 3, name: 'Ward 10' },
  { id: 4, name: 'Ward 2' }
];

export const committees: ICommittee[] = [
  { id: 10, name: 'Planning', type: 'Committee', isActive: true },
  { id: 11, name: 'Audit and Governance', type: 'Committee', isActive: true },
  { id: 12, name: 'Cabinet', type: 'Cabinet', isActive: true }
];

let nextSeat = 1;
export function seat(memberId: number, committeeId: number, role: MembershipRole = 'Member'): ICommitteeMembership {
  return { id: nextSeat++, memberId, committeeId, role };
}

export function aDirectory(members: IMember[], memberships: ICommitteeMembership[] = []): IMemberDirectory {
  return { members, parties, wards, committees, memberships };
}
