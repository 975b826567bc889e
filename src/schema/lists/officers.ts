import { IListDefinition } from '../types';
import { EMAIL_LINK_FORMATTER, LIAISON_BADGE_FORMATTER, REVIEW_DUE_FORMATTER } from '../columnFormatting';

/**
 * The three statutory officers every principal council must designate: the head of paid service
 * (Local Government and Housing Act 1989 s.4), the chief finance officer (Local Government Act 1972
 * s.151) and the monitoring officer (1989 Act s.5). The directory shows them together, with the
 * protocol's escalation route.
 */
export const STATUTORY_ROLES = ['Head of Paid Service', 'Chief Finance Officer (s151)', 'Monitoring Officer'] as const;
export type StatutoryRole = (typeof STATUTORY_ROLES)[number];

export const officers: IListDefinition = {
  key: 'Officers',
  title: 'Officers',
  description: 'The officer directory, including each service\'s Councillor Liaison Officers.',
  id: '3d15085f-f576-4d31-b2f8-1975f6d5255c',
  titleDisplayName: 'Name',
  titleRequired: true,
  titlePersonalData: true,
  contentApproval: false,
  versioning: true,
  expectedItems: 20000,
  queriedBy: ['Service', 'IsLiaisonOfficer', 'Email'],
  fields: [
    { internalName: 'OfficerAccount', displayName: 'Microsoft 365 account', type: 'User', id: '60842744-2b0d-4b0a-8509-be4f1feae5d1', personalData: true },
    { internalName: 'JobTitle', displayName: 'Job title', type: 'Text', maxLength: 255, id: '77e87ffd-9edc-4c3b-ac34-185ba59e614a', personalData: true },
    { internalName: 'Service', displayName: 'Service', type: 'Lookup', target: 'Services', showField: 'Title', id: '7d2e10c2-a58c-4a2a-bd6e-a6f7db5eacf7', personalData: true, indexed: true },
    { internalName: 'Team', displayName: 'Team', type: 'Text', maxLength: 255, id: '32ef0128-c404-44a9-990b-6070fdd8bfbe', personalData: true },
    { internalName: 'Email', displayName: 'Email', type: 'Text', maxLength: 255, id: '5a4eea55-91cf-46ba-8f69-5f650651ebb4', personalData: true, indexed: true, validation: 'email', formatter: EMAIL_LINK_FORMATTER },
    { internalName: 'Phone', displayName: 'Phone', type: 'Text', maxLength: 40, id: '2ea834c7-de58-4b6e-abce-cb08b8e6510c', personalData: true },
    { internalName: 'Location', displayName: 'Office location', type: 'Text', maxLength: 255, id: '2d41baf9-25c5-43c4-85a1-81f6c26ecc48', personalData: true },
    { internalName: 'Photo', displayName: 'Photograph', type: 'Image', id: '8e61302d-10bf-46eb-ab4a-c75407d0f9db', personalData: true },
    { internalName: 'IsLiaisonOfficer', displayName: 'Councillor Liaison Officer', type: 'Boolean', defaultValue: false, id: '4e1bc134-16b0-4c21-9cae-0712cbf17919', personalData: true, indexed: true, formatter: LIAISON_BADGE_FORMATTER },
    { internalName: 'LiaisonProfile', displayName: 'Liaison officer profile', type: 'Note', richText: true, lines: 8, id: '58f9cd6a-3be4-4eda-887d-8059ba1af3a2', personalData: true, description: 'What this Councillor Liaison Officer can help members with.' },
    {
      internalName: 'StatutoryRole',
      displayName: 'Statutory officer role',
      type: 'Choice',
      choices: STATUTORY_ROLES,
      id: '1b8e0f4c-7d2a-4c55-9a31-6f0e2d9c4b17',
      personalData: true,
      description: 'Only for the Head of Paid Service, the Chief Finance Officer (s151) and the Monitoring Officer; blank for everyone else.'
    },
    // Indexed so the "Needs review" view (src/schema/views.ts) can filter 20,000 officers on it.
    { internalName: 'LastReviewed', displayName: 'Last reviewed', type: 'DateTime', dateOnly: true, id: 'febb6892-0a97-4e0f-9793-e572e557371d', personalData: true, indexed: true, formatter: REVIEW_DUE_FORMATTER }
  ]
};
