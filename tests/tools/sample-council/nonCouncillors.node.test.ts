import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';

describe('sample council: members who are not councillors, and ward seats', () => {
  const council = generateSampleCouncil({ anchorDate: '2026-11-23' });
  const members = council.lists.Members;

  it('has one co-opted member and one independent person, current, with no ward or party, each on a committee', () => {
    const others = members.filter((member) => member.fields.MemberType !== 'Councillor');
    expect(others.map((member) => [member.fields.MemberType, member.fields.Ward ?? null, member.fields.Party ?? null, member.fields.IsCurrent])).toEqual([
      ['Co-opted member', null, null, true],
      ['Independent person', null, null, true]
    ]);
    const committeeTitle = new Map(council.lists.Committees.map((committee) => [committee.Id, String(committee.fields.Title)]));
    const seats = others.map((member) =>
      council.lists.CommitteeMemberships.filter((seat) => seat.fields.Member === member.Id).map((seat) => committeeTitle.get(Number(seat.fields.Committee)))
    );
    expect(seats).toEqual([['Children’s Services Scrutiny Panel'], ['Standards Committee']]);
  });

  it('records every other member as a councillor with a ward', () => {
    const councillors = members.filter((member) => member.fields.MemberType === 'Councillor');
    expect(councillors.length).toBe(members.length - 2);
    expect(councillors.every((member) => typeof member.fields.Ward === 'number')).toBe(true);
  });

  it('gives each ward its seats, with exactly one vacancy', () => {
    const current = new Map<number, number>();
    for (const member of members) {
      if (member.fields.IsCurrent === true && member.fields.MemberType === 'Councillor') current.set(Number(member.fields.Ward), (current.get(Number(member.fields.Ward)) ?? 0) + 1);
    }
    const short = council.lists.Wards.filter((ward) => typeof ward.fields.Seats === 'number' && (current.get(ward.Id) ?? 0) < Number(ward.fields.Seats));
    expect(short).toHaveLength(1);
    expect(Number(short[0].fields.Seats) - (current.get(short[0].Id) ?? 0)).toBe(1);
  });
});
