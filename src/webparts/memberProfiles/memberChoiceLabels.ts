import * as strings from 'MemberProfilesWebPartStrings';
import type { ADDITIONAL_ROLES } from '../../schema';
import type { MembershipRole, PreferredContactMethod } from '../../model/Member';
import { choiceLabel } from '../../ui/choiceLabel';

const PREFERRED_CONTACT: Readonly<Record<PreferredContactMethod, string>> = {
  Email: strings.ContactMethodEmail,
  Phone: strings.ContactMethodPhone,
  Teams: strings.ContactMethodTeams,
  'In person': strings.ContactMethodInPerson
};

const MEMBERSHIP_ROLE: Readonly<Record<MembershipRole, string>> = {
  Chair: strings.MembershipRoleChair,
  'Vice-Chair': strings.MembershipRoleViceChair,
  Member: strings.MembershipRoleMember,
  Substitute: strings.MembershipRoleSubstitute
};

const ADDITIONAL_ROLE: Readonly<Record<(typeof ADDITIONAL_ROLES)[number], string>> = {
  'Leader of the Council': strings.RoleLeaderOfTheCouncil,
  'Deputy Leader of the Council': strings.RoleDeputyLeaderOfTheCouncil,
  'Chairman of the Council': strings.RoleChairmanOfTheCouncil,
  'Vice-Chairman of the Council': strings.RoleViceChairmanOfTheCouncil,
  'Group Leader': strings.RoleGroupLeader,
  'Deputy Group Leader': strings.RoleDeputyGroupLeader,
  'Armed Forces Champion': strings.RoleArmedForcesChampion,
  'Climate Change Champion': strings.RoleClimateChangeChampion,
  'Equalities Champion': strings.RoleEqualitiesChampion,
  'Mental Health Champion': strings.RoleMentalHealthChampion,
  'Young People Champion': strings.RoleYoungPeopleChampion,
  'Older People Champion': strings.RoleOlderPeopleChampion
};

export const preferredContactLabel = (value: string): string => choiceLabel(PREFERRED_CONTACT, value);
export const membershipRoleLabel = (value: string): string => choiceLabel(MEMBERSHIP_ROLE, value);
/** Additional responsibilities allow fill-in values: those are shown as entered. */
export const additionalRoleLabel = (value: string): string => choiceLabel(ADDITIONAL_ROLE, value);
