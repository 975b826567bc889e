import { councillorWardProblem } from '../../../tools/import/importPlan';

const MESSAGE = 'Ward is required for a councillor (leave it blank only for a co-opted member or an independent person)';

describe('importer: a ward is required of councillors only', () => {
  it.each([
    ['a new councillor without a ward', 'Councillor', '', undefined, MESSAGE],
    ['a new member of no stated type (the default, Councillor) without a ward', undefined, undefined, undefined, MESSAGE],
    ['a new councillor with a ward', 'Councillor', '7', undefined, undefined],
    ['a new co-opted member without a ward', 'Co-opted member', '', undefined, undefined],
    ['a new independent person, no Ward column', 'Independent person', undefined, undefined, undefined],
    ['an update leaving out the Ward column of a councillor who has one', undefined, undefined, { MemberType: 'Councillor', WardId: 3 }, undefined],
    ['an update blanking a councillor’s ward', undefined, '', { MemberType: 'Councillor', WardId: 3 }, MESSAGE],
    ['an update making a co-opted member a councillor without a ward', 'Councillor', undefined, { MemberType: 'Co-opted member', WardId: null }, MESSAGE],
    ['an update leaving out both columns of an independent person', undefined, undefined, { MemberType: 'Independent person', WardId: null }, undefined]
  ])('%s', (_case, type, ward, existing, expected) => {
    expect(councillorWardProblem(type, ward, existing)).toBe(expected);
  });
});
