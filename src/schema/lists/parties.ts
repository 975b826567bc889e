import { IListDefinition } from '../types';
import { COLOUR_SWATCH_FORMATTER } from '../columnFormatting';

export const PARTY_KINDS = ['Political party', 'Political group'] as const;

export const parties: IListDefinition = {
  key: 'Parties',
  title: 'Parties',
  description: 'Political parties, and the political groups members form on the council (a group may span parties or independents).',
  id: 'f8c65418-b97a-4655-9fee-a9812d3e6ca5',
  titleDisplayName: 'Name',
  titleRequired: true,
  contentApproval: false,
  versioning: true,
  expectedItems: 20,
  queriedBy: [],
  fields: [
    { internalName: 'ShortName', displayName: 'Short name', type: 'Text', maxLength: 20, id: '05dfc7ea-b97a-4ba3-83df-b646e98f1bed' },
    { internalName: 'Colour', displayName: 'Colour', type: 'Text', maxLength: 7, id: '90c89655-e75a-40be-875e-5e5b6d84aa8b', validation: 'hexColour', formatter: COLOUR_SWATCH_FORMATTER, description: 'Hex colour such as #0087DC, used beside the name.' },
    { internalName: 'PartyKind', displayName: 'Party or group', type: 'Choice', choices: PARTY_KINDS, defaultValue: 'Political party', id: '6fffa2d0-68e9-4427-b3c0-6e479bd36246', required: true }
  ]
};
