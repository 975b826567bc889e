import { IListDefinition } from '../types';

/** In order of precedence: the chair is listed first. */
export const MEMBERSHIP_ROLES = ['Chair', 'Vice-Chair', 'Member', 'Substitute'] as const;

export const committeeMemberships: IListDefinition = {
  key: 'CommitteeMemberships',
  title: 'CommitteeMemberships',
  description: 'Which member sits on which committee, and in what role.',
  id: 'f3da78b0-448e-496e-a317-97f84540abb9',
  titleDisplayName: 'Note',
  titleRequired: false,
  titlePersonalData: true,
  contentApproval: false,
  versioning: true,
  expectedItems: 2000,
  queriedBy: ['Member', 'Committee'],
  // A substitute may sit for a single meeting, so a membership can start and end on one day.
  validation: { kind: 'dateOrder', earlier: 'StartDate', later: 'EndDate', sameDayAllowed: true },
  fields: [
    { internalName: 'Member', displayName: 'Member', type: 'Lookup', target: 'Members', showField: 'Title', id: '74952524-b893-4771-95fc-b7a81d568971', personalData: true, required: true, indexed: true },
    { internalName: 'Committee', displayName: 'Committee', type: 'Lookup', target: 'Committees', showField: 'Title', id: '6d3b029f-b8bb-4101-8b6f-eb868b862945', personalData: true, required: true, indexed: true },
    { internalName: 'MembershipRole', displayName: 'Role', type: 'Choice', choices: MEMBERSHIP_ROLES, defaultValue: 'Member', id: 'd5070939-ead5-499f-bb07-aaf01782b7b0', personalData: true, required: true },
    { internalName: 'StartDate', displayName: 'Start date', type: 'DateTime', dateOnly: true, id: '5389271e-99c1-43fe-8476-482450b03eab', personalData: true },
    { internalName: 'EndDate', displayName: 'End date', type: 'DateTime', dateOnly: true, id: '79234f89-abba-44d3-b91c-48a66edc6c58', personalData: true }
  ]
};
