import { countFacets, filterMembers, IMemberFilter, NO_FILTER } from '../../src/model/filterMembers';
import { aDirectory, aMember, seat } from './support/directory';

const members = [
  aMember(1, { partyId: 1, wardId: 1, cabinetRole: 'Leader', additionalRoles: ['Leader of the Council'] }),
  aMember(2, { partyId: 1, wardId: 2 }),
  aMember(3, { partyId: 2, wardId: 1, additionalRoles: ['Armed Forces Champion'] }),
  aMember(4, { partyId: 2, wardId: 3, cabinetRole: 'Cabinet Member' }),
  aMember(5, { wardId: 2 }) // no party recorded
];
const directory = aDirectory(members, [seat(1, 10, 'Chair'), seat(2, 10), seat(3, 10, 'Substitute'), seat(3, 11, 'Chair'), seat(4, 12)]);

const filter = (change: Partial<IMemberFilter>): IMemberFilter => ({ ...NO_FILTER, ...change });

describe('filterMembers', () => {
  test.each([
    ['no filter', {}, [1, 2, 3, 4, 5]],
    ['one party', { partyIds: [1] }, [1, 2]],
    ['either of two parties', { partyIds: [1, 2] }, [1, 2, 3, 4]],
    ['one ward', { wardIds: [2] }, [2, 5]],
    ['a committee', { committeeId: 10 }, [1, 2, 3]],
    ['a role on a committee', { committeeId: 10, committeeRole: 'Chair' as const }, [1]],
    ['a role on any committee', { committeeRole: 'Chair' as const }, [1, 3]],
    ['cabinet only', { cabinetOnly: true }, [1, 4]],
    ['an additional responsibility', { responsibility: 'Armed Forces Champion' }, [3]],
    ['party and ward together', { partyIds: [2], wardIds: [1] }, [3]],
    ['party, committee and cabinet together', { partyIds: [1], committeeId: 10, cabinetOnly: true }, [1]],
    ['nothing matching', { partyIds: [1], wardIds: [3] }, []],
    ['a committee nobody sits on', { committeeId: 99 }, []]
  ])('%s', (_case, change, ids) => {
    expect(filterMembers(members, filter(change), directory).map((member) => member.id)).toEqual(ids);
  });
});

describe('countFacets', () => {
  it('counts every value with nothing chosen', () => {
    const counts = countFacets(members, NO_FILTER, directory);
    expect(Object.fromEntries(counts.parties)).toEqual({ 1: 2, 2: 2 });
    expect(Object.fromEntries(counts.wards)).toEqual({ 1: 2, 2: 2, 3: 1 });
    expect(Object.fromEntries(counts.committees)).toEqual({ 10: 3, 11: 1, 12: 1 });
    expect(Object.fromEntries(counts.responsibilities)).toEqual({ 'Leader of the Council': 1, 'Armed Forces Champion': 1 });
    expect(counts.cabinet).toBe(2);
  });

  it("ignores a facet's own choice but applies the others", () => {
    const counts = countFacets(members, filter({ partyIds: [1], wardIds: [1] }), directory);
    // Parties counted within ward 1; wards counted within party 1.
    expect(Object.fromEntries(counts.parties)).toEqual({ 1: 1, 2: 1 });
    expect(Object.fromEntries(counts.wards)).toEqual({ 1: 1, 2: 1 });
    expect(Object.fromEntries(counts.committees)).toEqual({ 10: 1 });
    expect(counts.cabinet).toBe(1);
  });

  it('counts committees for the chosen role only', () => {
    const counts = countFacets(members, filter({ committeeRole: 'Chair' }), directory);
    expect(Object.fromEntries(counts.committees)).toEqual({ 10: 1, 11: 1 });
  });

  it('agrees with filterMembers for every party', () => {
    const counts = countFacets(members, filter({ wardIds: [1, 2] }), directory);
    for (const [partyId, count] of counts.parties) {
      expect(filterMembers(members, filter({ wardIds: [1, 2], partyIds: [partyId] }), directory)).toHaveLength(count);
    }
  });
});

describe('political group, a filter of its own', () => {
  // 1 and 2: Labour party; 2 sits in the Independent Group (3), as does 3, a Green.
  const grouped = [
    aMember(1, { partyId: 2 }),
    aMember(2, { partyId: 2, politicalGroupId: 3 }),
    aMember(3, { partyId: 1, politicalGroupId: 3 }),
    aMember(4)
  ];
  const groupDirectory = aDirectory(grouped);
  const ids = (filter: Partial<IMemberFilter>): number[] =>
    filterMembers(grouped, { ...NO_FILTER, ...filter }, groupDirectory).map((member) => member.id);

  test('selects by group, not by party', () => {
    expect(ids({ groupIds: [3] })).toEqual([2, 3]);
    expect(ids({ partyIds: [3] })).toEqual([]);
  });

  test('combines with party: Labour members of the Independent Group', () => {
    expect(ids({ partyIds: [2], groupIds: [3] })).toEqual([2]);
  });

  test('an empty or absent group filter means any', () => {
    expect(ids({ groupIds: [] })).toEqual([1, 2, 3, 4]);
    expect(ids({})).toEqual([1, 2, 3, 4]);
  });

  test('counts each group given the other facets, ignoring its own choice', () => {
    const counts = countFacets(grouped, { ...NO_FILTER, partyIds: [2], groupIds: [3] }, groupDirectory);
    expect(counts.groups.get(3)).toBe(1);
    expect(counts.parties.get(1)).toBe(1);
  });
});

describe('filterMembers: member type', () => {
  const members = [aMember(1), aMember(2, { memberType: 'Co-opted member' }), aMember(3, { memberType: 'Independent person' })];
  const directory = aDirectory(members);

  it('keeps members of any chosen type, and counts each type given the other filters', () => {
    const filter: IMemberFilter = { partyIds: [], wardIds: [], cabinetOnly: false, memberTypes: ['Co-opted member', 'Independent person'] };
    expect(filterMembers(members, filter, directory).map((member) => member.id)).toEqual([2, 3]);
    const counts = countFacets(members, { ...filter, memberTypes: ['Councillor'] }, directory);
    expect([...counts.memberTypes.entries()]).toEqual([
      ['Councillor', 1],
      ['Co-opted member', 1],
      ['Independent person', 1]
    ]);
  });

  it('an empty choice means any type', () => {
    expect(filterMembers(members, { partyIds: [], wardIds: [], cabinetOnly: false, memberTypes: [] }, directory)).toHaveLength(3);
  });
});
