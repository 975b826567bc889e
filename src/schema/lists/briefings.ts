import { IListDefinition } from '../types';

export const briefings: IListDefinition = {
  key: 'Briefings',
  title: 'Briefings',
  description: 'Weekly member briefings from the Communications team. Content approval keeps drafts from members.',
  id: 'd5977d7a-b62d-45b1-83fa-f82e212b1979',
  titleDisplayName: 'Title',
  titleRequired: true,
  contentApproval: true,
  versioning: true,
  expectedItems: 520,
  queriedBy: ['WeekCommencing'],
  fields: [
    { internalName: 'WeekCommencing', displayName: 'Week commencing', type: 'DateTime', dateOnly: true, id: '1c1000ae-a7bf-40b4-96b1-f68fc32e9bab', required: true, indexed: true, validation: 'monday', description: 'The Monday the briefing is for.' },
    { internalName: 'Summary', displayName: 'Summary', type: 'Note', richText: false, lines: 4, id: 'c39bc43e-ccdc-4063-bed1-6beb8f7304d0' }
  ]
};
