import { IListDefinition } from '../types';

export const BRIEFING_CATEGORIES = [
  'Service disruption',
  'Consultation',
  'Policy development',
  'Media interest',
  'Event',
  'Decision',
  'General'
] as const;

export const briefingItems: IListDefinition = {
  key: 'BriefingItems',
  title: 'BriefingItems',
  description: 'The items of each weekly briefing, tagged by ward, service and category.',
  id: 'd3398f30-999e-42d5-a25e-735b29a75c4d',
  titleDisplayName: 'Headline',
  titleRequired: true,
  contentApproval: true,
  versioning: true,
  expectedItems: 6000,
  queriedBy: ['Briefing'],
  fields: [
    { internalName: 'Briefing', displayName: 'Briefing', type: 'Lookup', target: 'Briefings', showField: 'Title', id: 'e14aa41f-4f8a-4881-8d48-287b0f96259c', required: true, indexed: true },
    { internalName: 'Body', displayName: 'Body', type: 'Note', richText: true, lines: 12, id: '583e5f1e-f020-408e-8f7c-b33cc8464dd3' },
    { internalName: 'HeadlineWelsh', displayName: 'Headline in Welsh (Pennawd yn Gymraeg)', type: 'Text', maxLength: 255, id: 'faa7b5c4-a5ec-491c-b1d5-68db56d08348', description: 'Optional. Readers whose Microsoft 365 language is Welsh see the Welsh version first, with the English one click away.' },
    { internalName: 'BodyWelsh', displayName: 'Body in Welsh (Corff yn Gymraeg)', type: 'Note', richText: true, lines: 12, id: 'be773174-9613-4810-9aaf-21f144392e37', description: 'Optional. Shown with the Welsh headline.' },
    { internalName: 'Category', displayName: 'Category', type: 'Choice', choices: BRIEFING_CATEGORIES, defaultValue: 'General', id: 'c0644a94-164f-4742-b466-39ba89965fd0', required: true },
    { internalName: 'Service', displayName: 'Service', type: 'Lookup', target: 'Services', showField: 'Title', id: 'd8f4806e-761a-465c-9d1a-0873a817f995' },
    { internalName: 'Wards', displayName: 'Wards affected', type: 'LookupMulti', target: 'Wards', showField: 'Title', id: '087c6818-6ef2-4103-bd28-babf10290656', description: 'Leave empty when the item affects all wards.' },
    { internalName: 'ContactOfficer', displayName: 'Contact officer', type: 'Lookup', target: 'Officers', showField: 'Title', id: 'f4e556ca-066a-4e74-9fee-81a604d23e70', personalData: true },
    { internalName: 'IsConfidential', displayName: 'Confidential', type: 'Boolean', defaultValue: false, id: '060b2e05-3e69-489c-b965-414b85ab23ee' },
    { internalName: 'NeedsAcknowledgement', displayName: 'Needs acknowledgement', type: 'Boolean', defaultValue: false, id: '2d438d2f-bd9b-459a-aabe-513af085bb4b', description: 'Members are asked to confirm they have seen this item, for example a ward matter under the "no surprises" principle.' },
    { internalName: 'SortOrder', displayName: 'Sort order', type: 'Number', decimals: 0, id: '15288346-07a3-4f0b-a734-294a39da3033' }
  ]
};
