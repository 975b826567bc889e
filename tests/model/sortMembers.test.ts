import { MemberSort, sortMembers } from '../../src/model/sortMembers';
import { aDirectory, aMember } from './support/directory';

const members = [
  aMember(1, { surname: 'Ó Briain', givenName: 'Dara', wardId: 2, partyId: 2 }),
  aMember(2, { surname: 'obrien', givenName: 'Ann', wardId: 1 }),
  aMember(3, { surname: 'Abbott', givenName: 'Zoe', wardId: 3, partyId: 1 }),
  aMember(4, { surname: 'Abbott', givenName: 'Amy', wardId: 4, partyId: 2 }),
  aMember(5, { surname: 'Zephaniah', givenName: 'Ben' }),
  aMember(6, { surname: 'de Souza', givenName: 'Carla', wardId: 1, partyId: 1 })
];
const directory = aDirectory(members);

describe('sortMembers', () => {
  test.each<[MemberSort, number[]]>([
    // en-GB collation: accents and case do not reorder, "de Souza" files under d.
    ['surname', [4, 3, 6, 1, 2, 5]],
    // Abbey (2, 6), Castle (1), Ward 2 (4) before Ward 10 (3), then no ward (5).
    ['ward', [6, 2, 1, 4, 3, 5]],
    // Green Party (3, 6), Labour (4, 1), then no party (2, 5).
    ['party', [3, 6, 4, 1, 2, 5]]
  ])('by %s', (sort, ids) => {
    expect(sortMembers(members, sort, directory).map((member) => member.id)).toEqual(ids);
  });

  it('returns a copy and leaves the input alone', () => {
    const input = [...members];
    const sorted = sortMembers(input, 'surname', directory);
    expect(sorted).not.toBe(input);
    expect(input.map((member) => member.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
