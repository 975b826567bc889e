import { briefingItemsWithoutCategory } from '../../../src/model/health/briefingItemIntegrity';
import { duplicateEmails } from '../../../src/model/health/duplicateEmails';
import { membershipIntegrity } from '../../../src/model/health/membershipIntegrity';
import type { IHealthCommittee, IHealthMembership } from '../../../src/model/health/healthData';
import { completeMember, officer } from './healthFixtures';

const members = [
  completeMember({ id: 1, name: 'Cllr Current' }),
  completeMember({ id: 2, name: 'Cllr Former', isCurrent: false })
];
const committees: IHealthCommittee[] = [
  { id: 10, name: 'Planning', isActive: true },
  { id: 11, name: 'Old Panel', isActive: false }
];
const seat = (id: number, overrides: Partial<IHealthMembership>): IHealthMembership => ({ id, memberId: 1, committeeId: 10, isCurrent: true, ...overrides });

describe('membershipIntegrity', () => {
  it('passes a current seat of a current member on an active committee', () => {
    expect(membershipIntegrity({ members, committees, memberships: [seat(1, {})] })).toEqual([]);
  });

  it('flags open seats held by former members or on inactive committees, but not ended seats (history)', () => {
    const findings = membershipIntegrity({
      members,
      committees,
      memberships: [
        seat(1, { memberId: 2 }),
        seat(2, { committeeId: 11 }),
        seat(3, { memberId: 2, committeeId: 11 }),
        seat(4, { memberId: 2, isCurrent: false }),
        seat(5, { committeeId: 11, isCurrent: false })
      ]
    });
    expect(findings.map((finding) => [finding.membership.id, finding.problems])).toEqual([
      [1, ['formerMember']],
      [2, ['inactiveCommittee']],
      [3, ['formerMember', 'inactiveCommittee']]
    ]);
    expect(findings[0].membership).toEqual({ list: 'CommitteeMemberships', id: 1, name: 'Cllr Former — Planning' });
  });

  it('flags blank and dangling lookups whether or not the seat has ended', () => {
    const findings = membershipIntegrity({
      members,
      committees,
      memberships: [
        seat(1, { memberId: undefined }),
        seat(2, { memberId: 404, isCurrent: false }),
        seat(3, { committeeId: undefined }),
        seat(4, { committeeId: 505, isCurrent: false })
      ]
    });
    expect(findings.map((finding) => [finding.membership.id, finding.problems])).toEqual([
      [1, ['noMember']],
      [2, ['deletedMember']],
      [3, ['noCommittee']],
      [4, ['deletedCommittee']]
    ]);
    expect(findings[1].memberName).toBeUndefined();
    expect(findings[1].committeeName).toBe('Planning');
  });
});

describe('briefingItemsWithoutCategory', () => {
  it('lists only items with no category, by id', () => {
    expect(
      briefingItemsWithoutCategory({
        briefingItems: [
          { id: 3, title: 'Roadworks', category: undefined },
          { id: 1, title: 'Consultation opens', category: 'Consultation' },
          { id: 2, title: 'Untagged', category: undefined }
        ]
      })
    ).toEqual([
      { list: 'BriefingItems', id: 2, name: 'Untagged' },
      { list: 'BriefingItems', id: 3, name: 'Roadworks' }
    ]);
  });
});

describe('duplicateEmails', () => {
  it('groups members and officers sharing an address, trimmed and case-insensitively', () => {
    const duplicates = duplicateEmails({
      members: [
        completeMember({ id: 1, name: 'Cllr A', email: 'Pat.Smith@Council.example ' }),
        completeMember({ id: 2, name: 'Cllr B', email: 'unique@council.example' }),
        completeMember({ id: 3, name: 'Former A', email: 'pat.smith@council.example', isCurrent: false })
      ],
      officers: [
        officer({ id: 7, name: 'Officer Pat', email: ' PAT.SMITH@council.example' }),
        officer({ id: 8, name: 'Officer X', email: 'x@council.example' }),
        officer({ id: 9, name: 'Officer X again', email: 'X@council.example' }),
        officer({ id: 10, name: 'No email', email: undefined }),
        officer({ id: 11, name: 'Blank email', email: '   ' }),
        officer({ id: 12, name: 'Blank email too', email: '' })
      ]
    });
    expect(duplicates).toEqual([
      {
        email: 'pat.smith@council.example',
        items: [
          { list: 'Members', id: 1, name: 'Cllr A' },
          { list: 'Members', id: 3, name: 'Former A' },
          { list: 'Officers', id: 7, name: 'Officer Pat' }
        ]
      },
      {
        email: 'x@council.example',
        items: [
          { list: 'Officers', id: 8, name: 'Officer X' },
          { list: 'Officers', id: 9, name: 'Officer X again' }
        ]
      }
    ]);
  });
});
