import { memberCompleteness, PROFILE_FIELDS, ProfileField } from '../../../src/model/health/memberCompleteness';
import type { IHealthCommittee, IHealthMember, IHealthMembership } from '../../../src/model/health/healthData';
import { completeMember } from './healthFixtures';

const activeCommittee: IHealthCommittee = { id: 10, name: 'Planning Committee', isActive: true };
const inactiveCommittee: IHealthCommittee = { id: 11, name: 'Old Panel', isActive: false };
const seat = (memberId: number, overrides: Partial<IHealthMembership> = {}): IHealthMembership => ({
  id: 100 + memberId,
  memberId,
  committeeId: activeCommittee.id,
  isCurrent: true,
  ...overrides
});

function reportFor(members: IHealthMember[], memberships: IHealthMembership[] = members.map((member) => seat(member.id))) {
  return memberCompleteness({ members, committees: [activeCommittee, inactiveCommittee], memberships });
}

describe('memberCompleteness', () => {
  it('finds nothing missing on a complete profile with a current seat', () => {
    const report = reportFor([completeMember()]);
    expect(report.incomplete).toEqual([]);
    expect(report.currentMembers).toBe(1);
    expect(report.coverage.every((field) => field.percent === 100 && field.present === 1)).toBe(true);
  });

  const blanks: [ProfileField, Partial<IHealthMember>][] = [
    ['photo', { hasPhoto: false }],
    ['email', { email: undefined }],
    ['phone', { workPhone: undefined, mobilePhone: undefined }],
    ['party', { partyId: undefined }],
    ['ward', { wardId: undefined }],
    ['skillsOrInterests', { skills: [], interests: [] }],
    ['preferredContact', { preferredContact: undefined }]
  ];
  it.each(blanks)('reports %s missing when it is blank, scoring 7 of 8 fields', (field, blank) => {
    const report = reportFor([completeMember(blank)]);
    expect(report.incomplete).toEqual([{ member: { list: 'Members', id: 1, name: 'Cllr Complete' }, missing: [field], score: 88 }]);
  });

  it('counts a mobile alone as a phone, and interests alone as skills or interests', () => {
    const report = reportFor([completeMember({ workPhone: undefined, mobilePhone: '07700 900001', skills: [], interests: ['Cycling'] })]);
    expect(report.incomplete).toEqual([]);
  });

  it('reports committees missing without a current seat on an active committee', () => {
    const member = completeMember();
    for (const memberships of [
      [],
      [seat(1, { isCurrent: false })],
      [seat(1, { committeeId: inactiveCommittee.id })],
      [seat(1, { committeeId: 999 })]
    ]) {
      expect(reportFor([member], memberships).incomplete[0]?.missing).toEqual(['committees']);
    }
  });

  it('lists current members only, worst first, then by name, with every missing field in protocol order', () => {
    const empty = completeMember({
      id: 2,
      name: 'Cllr Empty',
      hasPhoto: false,
      email: undefined,
      workPhone: undefined,
      partyId: undefined,
      wardId: undefined,
      skills: [],
      preferredContact: undefined
    });
    const report = reportFor(
      [
        completeMember({ id: 3, name: 'Cllr Zed', hasPhoto: false }),
        completeMember({ id: 4, name: 'Cllr Able', email: undefined }),
        empty,
        completeMember({ id: 5, name: 'Former Cllr', isCurrent: false, hasPhoto: false })
      ],
      [seat(3), seat(4), seat(5)]
    );
    expect(report.currentMembers).toBe(3);
    expect(report.incomplete.map((row) => [row.member.name, row.score])).toEqual([
      ['Cllr Empty', 0],
      ['Cllr Able', 88],
      ['Cllr Zed', 88]
    ]);
    expect(report.incomplete[0].missing).toEqual([...PROFILE_FIELDS]);
  });

  it('gives council-wide coverage per field over current members', () => {
    const report = reportFor(
      [
        completeMember({ id: 1 }),
        completeMember({ id: 2, hasPhoto: false }),
        completeMember({ id: 3, hasPhoto: false, email: undefined }),
        completeMember({ id: 4, isCurrent: false, hasPhoto: false })
      ]
    );
    const coverage = Object.fromEntries(report.coverage.map((field) => [field.field, [field.present, field.percent]]));
    expect(coverage.photo).toEqual([1, 33]);
    expect(coverage.email).toEqual([2, 67]);
    expect(coverage.ward).toEqual([3, 100]);
    expect(report.coverage.map((field) => field.field)).toEqual([...PROFILE_FIELDS]);
  });

  it('reports full coverage, not a division by zero, with no current members', () => {
    const report = reportFor([]);
    expect(report.coverage.every((field) => field.percent === 100)).toBe(true);
  });
});
