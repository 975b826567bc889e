import { IListDefinition } from '../types';

export const COMMITTEE_TYPES = ['Cabinet', 'Committee', 'Board', 'Panel', 'Working party', 'Task and finish group'] as const;

export const committees: IListDefinition = {
  key: 'Committees',
  title: 'Committees',
  description: 'Cabinet, committees, boards, panels, working parties and task and finish groups.',
  id: 'f5b3416d-2d33-48e7-9dc2-3ee035b5870c',
  titleDisplayName: 'Name',
  titleRequired: true,
  contentApproval: false,
  versioning: true,
  expectedItems: 100,
  queriedBy: ['IsActive'],
  fields: [
    { internalName: 'CommitteeType', displayName: 'Type', type: 'Choice', choices: COMMITTEE_TYPES, defaultValue: 'Committee', id: '042e0c13-0116-43f0-a35b-4a956ce84aa1', required: true },
    { internalName: 'Description', displayName: 'Purpose', type: 'Note', richText: false, lines: 4, id: '3e2949b5-c9df-4a3a-bf56-707e1e4655bd' },
    { internalName: 'WebPageUrl', displayName: 'Web page', type: 'URL', id: '0155196e-b27d-4421-a9e4-f96b5621087d' },
    { internalName: 'IsActive', displayName: 'Active', type: 'Boolean', defaultValue: true, id: '6f04baae-866f-46b7-af4d-03e7db407f86', indexed: true }
  ]
};
