import { cabinetRoleText } from '../../../src/webparts/memberProfiles/components/cabinetRoleText';

describe('cabinetRoleText', () => {
  test.each([
    [{ cabinetRole: 'Cabinet Member for Highways', portfolio: 'Highways' }, 'Cabinet Member for Highways'],
    [{ cabinetRole: 'Cabinet Member for highways and transport', portfolio: 'Highways and Transport' }, 'Cabinet Member for highways and transport'],
    [{ cabinetRole: 'Cabinet Member', portfolio: 'Climate and Environment' }, 'Cabinet Member, Climate and Environment'],
    [{ cabinetRole: 'Leader of the Council' }, 'Leader of the Council'],
    [{ portfolio: 'Finance' }, 'Finance'],
    [{ cabinetRole: '  ', portfolio: '' }, ''],
    [{}, '']
  ])('%p → %p', (member, expected) => {
    expect(cabinetRoleText(member)).toBe(expected);
  });
});
