import { ADDITIONAL_ROLES, MEMBERSHIP_ROLES, PREFERRED_CONTACT_METHODS } from '../../../src/schema';
import { additionalRoleLabel, membershipRoleLabel, preferredContactLabel } from '../../../src/webparts/memberProfiles/memberChoiceLabels';
import { loadStrings } from '../support/locFiles';

describe('member choice labels', () => {
  const english = Object.values(loadStrings('memberProfiles', 'en-us'));

  it.each([
    ['preferred contact', PREFERRED_CONTACT_METHODS, preferredContactLabel],
    ['committee role', MEMBERSHIP_ROLES, membershipRoleLabel],
    ['additional responsibility', ADDITIONAL_ROLES, additionalRoleLabel]
  ] as const)('gives every stored %s a string from the loc file', (_name, values, label) => {
    for (const value of values) expect(english).toContain(label(value));
  });

  it('shows a fill-in responsibility as entered', () => {
    expect(additionalRoleLabel('Dementia Champion')).toBe('Dementia Champion');
  });
});
