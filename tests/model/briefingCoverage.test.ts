import { briefingCoverage, ICoverageMember } from '../../src/model/briefingCoverage';
import type { IBriefingReceipt } from '../../src/model/BriefingReceipt';
import type { IMember } from '../../src/model/Member';
import { setUiLocale } from '../../src/model/uiLocale';

function member(id: number, surname: string, wardName: string, groupName: string, accountId?: number): ICoverageMember {
  const details: IMember = {
    id, displayName: `Cllr ${surname}`, surname, email: `${surname.toLowerCase()}@council.gov.uk`, additionalRoles: [], outsideAppointments: [],
    skills: [], interests: [], preferredContact: 'Email', isCurrent: true, memberType: 'Councillor'
  };
  return { member: details, accountId, wardName, groupName };
}

function receipt(id: number, authorId: number, itemId?: number): IBriefingReceipt {
  return { id, briefingId: 7, authorId, itemId, kind: itemId === undefined ? 'read' : 'acknowledged', eTag: '"1"' };
}

const members = [
  member(1, 'Ash', 'Abbey', 'Green', 101),
  member(2, 'Birch', 'Abbey', 'Labour', 102),
  member(3, 'Cedar', 'Castle', 'Green', 103),
  member(4, 'Dogwood', 'Castle', 'Labour') // no Microsoft 365 account: cannot have receipts
];

describe('briefingCoverage', () => {
  const coverage = briefingCoverage(members, [receipt(1, 101), receipt(2, 103), receipt(3, 101, 55), receipt(4, 999), receipt(5, 103, 56)], [
    { id: 55, title: 'Abbey Road closure' }
  ]);

  it('counts readers among current members by their account, ignoring receipts of anyone else', () => {
    expect([coverage.read.done, coverage.read.total]).toEqual([2, 4]);
    expect(coverage.read.notDone.map((entry) => entry.member.surname)).toEqual(['Birch', 'Dogwood']);
  });

  it('breaks the count down by ward and by political group, A to Z', () => {
    expect(coverage.byWard.map((count) => [count.name, count.done, count.total])).toEqual([['Abbey', 1, 2], ['Castle', 1, 2]]);
    expect(coverage.byGroup.map((count) => [count.name, count.done, count.total])).toEqual([['Green', 2, 2], ['Labour', 0, 2]]);
  });

  it("orders wards and members in the reader's alphabet when no collator is given (Welsh: Lyn before Llanbadarn)", () => {
    try {
      setUiLocale('cy-GB');
      const welsh = briefingCoverage([member(1, 'Lloyd', 'Llanbadarn', 'Plaid'), member(2, 'Lewis', 'Lyn', 'Plaid')], [], []);
      expect(welsh.byWard.map((count) => count.name)).toEqual(['Lyn', 'Llanbadarn']);
      expect(welsh.read.notDone.map((entry) => entry.member.surname)).toEqual(['Lewis', 'Lloyd']);
    } finally {
      setUiLocale(undefined);
    }
  });

  it('counts acknowledgements per item that asks for one; an acknowledgement of another item does not count', () => {
    expect(coverage.items).toHaveLength(1);
    expect([coverage.items[0].acknowledged.done, coverage.items[0].acknowledged.total]).toEqual([1, 4]);
    expect(coverage.items[0].acknowledged.notDone.map((entry) => entry.member.surname)).toEqual(['Birch', 'Cedar', 'Dogwood']);
  });

  it('counts a member once however many receipts they made', () => {
    const twice = briefingCoverage(members, [receipt(1, 101), receipt(2, 101)], []);
    expect(twice.read.done).toBe(1);
  });
});
