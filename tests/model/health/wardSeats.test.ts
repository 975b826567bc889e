import { wardVacancyFindings } from '../../../src/model/health/wardSeats';
import { memberCompleteness } from '../../../src/model/health/memberCompleteness';
import { completeMember } from './healthFixtures';
import { setUiLocale } from '../../../src/model/uiLocale';

describe('wardVacancyFindings', () => {
  it('lists each ward with fewer current councillors than seats, linked to its edit form', () => {
    const findings = wardVacancyFindings({
      wards: [
        { id: 1, name: 'Castle', seats: 2 },
        { id: 2, name: 'Abbey', seats: 1 },
        { id: 3, name: 'Mill' }
      ],
      members: [
        completeMember({ id: 1, wardId: 1 }),
        completeMember({ id: 2, wardId: 1, memberType: 'Co-opted member' }),
        completeMember({ id: 3, wardId: 2 }),
        completeMember({ id: 4, wardId: 1, isCurrent: false })
      ]
    });
    expect(findings).toEqual([{ ward: { list: 'Wards', id: 1, name: 'Castle' }, seats: 2, filled: 1 }]);
  });

  it("orders the wards in the reader's alphabet (Welsh: Lyn before Llanbadarn)", () => {
    const wards = [
      { id: 1, name: 'Llanbadarn', seats: 1 },
      { id: 2, name: 'Lyn', seats: 1 }
    ];
    try {
      setUiLocale('cy-GB');
      expect(wardVacancyFindings({ wards, members: [] }).map((finding) => finding.ward.name)).toEqual(['Lyn', 'Llanbadarn']);
    } finally {
      setUiLocale(undefined);
    }
  });

  it('finds nothing when the wards were not read', () => {
    expect(wardVacancyFindings({ members: [completeMember()] })).toEqual([]);
  });
});

describe('memberCompleteness and member type', () => {
  const base = { committees: [{ id: 10, name: 'Standards', isActive: true }], memberships: [1, 2, 3].map((id) => ({ id, memberId: id, committeeId: 10, isCurrent: true })) };

  it('does not ask a co-opted member or independent person for a ward, but does ask a councillor', () => {
    const report = memberCompleteness({
      ...base,
      members: [
        completeMember({ id: 1, name: 'Co-opted', wardId: undefined, memberType: 'Co-opted member' }),
        completeMember({ id: 2, name: 'Independent', wardId: undefined, memberType: 'Independent person' }),
        completeMember({ id: 3, name: 'Councillor', wardId: undefined, memberType: 'Councillor' })
      ]
    });
    expect(report.incomplete.map((row) => [row.member.name, row.missing])).toEqual([['Councillor', ['ward']]]);
  });
});
