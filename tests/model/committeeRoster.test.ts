import { committeeRoster } from '../../src/model/committeeRoster';
import { aDirectory, aMember, seat } from './support/directory';

const members = [
  aMember(1, { surname: 'Young' }),
  aMember(2, { surname: 'Adams' }),
  aMember(3, { surname: 'Brown' }),
  aMember(4, { surname: 'Clark' }),
  aMember(5, { surname: 'Evans' }),
  aMember(6, { surname: 'Ahmed' })
];
const directory = aDirectory(members, [
  seat(1, 10, 'Member'),
  seat(2, 10, 'Substitute'),
  seat(3, 10, 'Vice-Chair'),
  seat(4, 10, 'Chair'),
  seat(5, 10, 'Member'),
  seat(6, 11, 'Chair'),
  seat(99, 10, 'Member') // a former member, not in the directory
]);

describe('committeeRoster', () => {
  test.each([
    [10, [['Clark', 'Chair'], ['Brown', 'Vice-Chair'], ['Evans', 'Member'], ['Young', 'Member'], ['Adams', 'Substitute']]],
    [11, [['Ahmed', 'Chair']]],
    [12, []]
  ])('committee %i', (committeeId, expected) => {
    expect(committeeRoster(directory, committeeId).map((s) => [s.member.surname, s.membership.role])).toEqual(expected);
  });
});
