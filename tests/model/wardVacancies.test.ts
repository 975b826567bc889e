import { wardVacancies } from '../../src/model/wardVacancies';
import type { IWard } from '../../src/model/Member';
import { aMember } from './support/directory';
import { setUiLocale } from '../../src/model/uiLocale';

const wards: IWard[] = [
  { id: 1, name: 'Castle', seats: 3 },
  { id: 2, name: 'Abbey', seats: 2 },
  { id: 3, name: 'Mill' },
  { id: 4, name: 'Quay', seats: 1 }
];

describe('wardVacancies', () => {
  it('finds wards with fewer current councillors than seats, by name', () => {
    const members = [
      aMember(1, { wardId: 1 }),
      aMember(2, { wardId: 1 }),
      // A former councillor, a co-opted member and an independent person fill no seat.
      aMember(3, { wardId: 1, isCurrent: false }),
      aMember(4, { wardId: 1, memberType: 'Co-opted member' }),
      aMember(5, { memberType: 'Independent person' }),
      aMember(6, { wardId: 2 }),
      aMember(7, { wardId: 2 }),
      aMember(8, { wardId: 3 })
    ];
    expect(wardVacancies(wards, members).map((vacancy) => [vacancy.ward.name, vacancy.filled, vacancy.seats, vacancy.vacant])).toEqual([
      ['Castle', 2, 3, 1],
      ['Quay', 0, 1, 1]
    ]);
  });

  it('finds none when every seat is filled, and judges no ward whose seats are not recorded', () => {
    const members = [aMember(1, { wardId: 1 }), aMember(2, { wardId: 1 }), aMember(3, { wardId: 1 }), aMember(4, { wardId: 2 }), aMember(5, { wardId: 2 }), aMember(6, { wardId: 4 })];
    expect(wardVacancies(wards, members)).toEqual([]);
  });

  it("orders wards in the reader's alphabet: in Welsh, Ll is a letter after L, and numbers in number order", () => {
    const welshWards: IWard[] = [
      { id: 1, name: 'Llanbadarn', seats: 1 },
      { id: 2, name: 'Lyn', seats: 1 },
      { id: 3, name: 'Ward 10', seats: 1 },
      { id: 4, name: 'Ward 2', seats: 1 }
    ];
    try {
      setUiLocale('cy-GB');
      expect(wardVacancies(welshWards, []).map((vacancy) => vacancy.ward.name)).toEqual(['Lyn', 'Llanbadarn', 'Ward 2', 'Ward 10']);
      setUiLocale('en-GB');
      expect(wardVacancies(welshWards, []).map((vacancy) => vacancy.ward.name)).toEqual(['Llanbadarn', 'Lyn', 'Ward 2', 'Ward 10']);
    } finally {
      setUiLocale(undefined);
    }
  });
});
