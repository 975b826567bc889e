import { membersForWards } from '../../src/model/membersForWards';
import { aMember } from './support/directory';

const members = [aMember(1, { wardId: 1 }), aMember(2, { wardId: 2 }), aMember(3, { wardId: 1 }), aMember(4)];

describe('membersForWards', () => {
  test.each([
    [[1], [1, 3]],
    [[2, 1], [1, 2, 3]],
    [[3], []],
    [[], []]
  ])('wards %p → members %p', (wardIds, ids) => {
    expect(membersForWards(members, wardIds).map((member) => member.id)).toEqual(ids);
  });
});
