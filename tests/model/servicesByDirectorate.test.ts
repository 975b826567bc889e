import type { IService } from '../../src/model/Officer';
import { servicesByDirectorate } from '../../src/model/servicesByDirectorate';

function service(id: number, name: string, directorate: string): IService {
  return { id, name, directorate, keywords: [] };
}

describe('servicesByDirectorate', () => {
  test('groups services by directorate, both A to Z, ignoring case and stray spaces', () => {
    const groups = servicesByDirectorate([
      service(1, 'Waste and Recycling', 'Place'),
      service(2, 'School Transport', "Children's Services"),
      service(3, 'highways', 'Place'),
      service(4, 'Adoption', "Children's Services"),
      service(5, 'Libraries', 'place ')
    ]);
    expect(groups.map((group) => [group.directorate, group.services.map((item) => item.name)])).toEqual([
      ["Children's Services", ['Adoption', 'School Transport']],
      ['Place', ['highways', 'Libraries', 'Waste and Recycling']]
    ]);
  });

  test('puts services without a directorate last', () => {
    const groups = servicesByDirectorate([service(1, 'Unfiled', ' '), service(2, 'Planning', 'Place')]);
    expect(groups.map((group) => group.directorate)).toEqual(['Place', '']);
  });

  test('gives nothing for no services', () => {
    expect(servicesByDirectorate([])).toEqual([]);
  });
});
