import { IListDefinition } from '../types';
import { CURRENT_MEMBER_FORMATTER, EMAIL_LINK_FORMATTER, PARTY_COLOUR_FORMATTER } from '../columnFormatting';

export const PREFERRED_CONTACT_METHODS = ['Email', 'Phone', 'Teams', 'In person'] as const;

/**
 * Who sits on the council's bodies: elected ward councillors, and the members who are not
 * (co-opted members of a committee, e.g. church and parent governor representatives on scrutiny,
 * and the independent persons the Localism Act 2011 s.28(7) requires for standards). Only a
 * councillor represents a ward.
 */
export const MEMBER_TYPES = ['Councillor', 'Co-opted member', 'Independent person'] as const;

export const ADDITIONAL_ROLES = [
  'Leader of the Council',
  'Deputy Leader of the Council',
  'Chairman of the Council',
  'Vice-Chairman of the Council',
  'Group Leader',
  'Deputy Group Leader',
  'Armed Forces Champion',
  'Climate Change Champion',
  'Equalities Champion',
  'Mental Health Champion',
  'Young People Champion',
  'Older People Champion'
] as const;

export const members: IListDefinition = {
  key: 'Members',
  title: 'Members',
  description: 'Elected members (councillors): the profile officers see. Everyone who can read this site can read every column, so hold only what the member has agreed to publish: never a home address, personal phone or date of birth.',
  id: '3aef8698-86af-4203-a61e-d257d2543468',
  titleDisplayName: 'Display name',
  titleRequired: true,
  titlePersonalData: true,
  contentApproval: false,
  versioning: true,
  expectedItems: 150,
  queriedBy: ['IsCurrent'],
  validation: { kind: 'dateOrder', earlier: 'TermStart', later: 'TermEnd', sameDayAllowed: false },
  fields: [
    { internalName: 'GivenName', displayName: 'First name', type: 'Text', maxLength: 100, id: '78a21f79-49f5-4996-9cd6-481d3d9d7c27', personalData: true },
    { internalName: 'Surname', displayName: 'Surname', type: 'Text', maxLength: 100, id: '0c097467-ed82-4652-85aa-9ef2d00565d1', personalData: true, required: true },
    { internalName: 'MemberAccount', displayName: 'Microsoft 365 account', type: 'User', id: 'd3892a5d-08b7-42a5-9a8d-26d058e0a13a', personalData: true, indexed: true, description: 'Used to recognise the member when they sign in, e.g. in Teams.' },
    { internalName: 'Email', displayName: 'Email', type: 'Text', maxLength: 255, id: 'fba44c61-b521-4c54-aae0-207d53872377', personalData: true, indexed: true, validation: 'email', formatter: EMAIL_LINK_FORMATTER },
    { internalName: 'WorkPhone', displayName: 'Council phone', type: 'Text', maxLength: 40, id: '256180a1-4d96-49ec-8dbf-28de67b94cc8', personalData: true },
    { internalName: 'MobilePhone', displayName: 'Council mobile', type: 'Text', maxLength: 40, id: 'd79ac3be-3984-40a4-895f-3bb2b19bdf81', personalData: true },
    {
      internalName: 'PublicPhone',
      displayName: 'Published phone',
      type: 'Text',
      maxLength: 40,
      id: 'e84db35a-47b7-4fa0-afbe-2d68a3afaf09',
      personalData: true,
      description: 'A number the member has agreed to publish. Everyone who can read this site sees it: never a private number.'
    },
    {
      internalName: 'PublicAddress',
      displayName: 'Published contact or surgery address',
      type: 'Note',
      richText: false,
      lines: 4,
      id: '0950c3da-17ad-44ce-a4f5-c3fbf966741b',
      personalData: true,
      description: 'An address the member has agreed to publish, such as a ward surgery or group office. Everyone who can read this site sees it: never a home address.'
    },
    { internalName: 'Photo', displayName: 'Photograph', type: 'Image', id: 'c099b990-77d8-4d68-bf48-0eeace55036f', personalData: true },
    {
      internalName: 'Party',
      displayName: 'Political party',
      type: 'Lookup',
      target: 'Parties',
      showField: 'Title',
      id: 'd0b10d33-98ba-4c4c-93e5-28e2bd4ffbc0',
      personalData: true,
      projections: [
        { internalName: 'PartyColour', displayName: 'Party colour', id: '863e89a2-f88e-4793-b810-1b9b53db8869', showField: 'Colour', formatter: PARTY_COLOUR_FORMATTER }
      ]
    },
    { internalName: 'PoliticalGroup', displayName: 'Political group', type: 'Lookup', target: 'Parties', showField: 'Title', id: 'a57f57b3-5999-412b-8fb2-bcf89d40c339', personalData: true, description: 'The group the member sits with on the council, where it differs from the party.' },
    {
      internalName: 'MemberType',
      displayName: 'Member type',
      type: 'Choice',
      choices: MEMBER_TYPES,
      defaultValue: 'Councillor',
      id: '6c0f5d2e-8a4b-4f1e-b7d3-2e9a1c5f8b40',
      personalData: true,
      description: 'Councillor, or a co-opted member or independent person, who represents no ward.'
    },
    // Not required by SharePoint: co-opted members and independent persons have no ward. The importer
    // and Directory health require it of councillors (src/model/memberType.ts).
    { internalName: 'Ward', displayName: 'Ward', type: 'Lookup', target: 'Wards', showField: 'Title', id: '25460f9c-c15e-4ba3-8782-0c24a3d3c08d', personalData: true, description: 'Required for councillors; leave blank for co-opted members and independent persons.' },
    { internalName: 'CabinetRole', displayName: 'Cabinet role', type: 'Text', maxLength: 255, id: '0bdb2e9b-e983-40e7-b0c8-51058aeb1911', personalData: true },
    { internalName: 'Portfolio', displayName: 'Portfolio', type: 'Text', maxLength: 255, id: '9ce989aa-23ad-404f-8666-4775a3397450', personalData: true },
    { internalName: 'AdditionalRoles', displayName: 'Additional responsibilities', type: 'MultiChoice', choices: ADDITIONAL_ROLES, fillIn: true, id: '32d92abd-021a-41df-8875-5f5352369090', personalData: true },
    { internalName: 'OutsideAppointments', displayName: 'Outside appointments', type: 'Note', richText: false, lines: 6, id: 'f2acbdb6-74f8-447d-9026-3c1ace2839a6', personalData: true, description: 'One per line, e.g. Parish councillor, trustee of a council-appointed body.' },
    { internalName: 'Skills', displayName: 'Skills and expertise', type: 'Note', richText: false, lines: 6, id: '8afd37ae-4194-438d-b2c6-9014b7f01d32', personalData: true, description: 'One per line.' },
    { internalName: 'Interests', displayName: 'Interests', type: 'Note', richText: false, lines: 6, id: '4d065edb-e885-4b4b-a6e1-84ccee0ee40b', personalData: true, description: 'One per line.' },
    { internalName: 'Biography', displayName: 'Biography', type: 'Note', richText: true, lines: 12, id: 'ba1f150a-7739-41df-8e2a-deacf51aa897', personalData: true },
    { internalName: 'PreferredContact', displayName: 'Preferred way to be contacted', type: 'Choice', choices: PREFERRED_CONTACT_METHODS, defaultValue: 'Email', id: 'f395cd44-4f2b-404e-8ffb-ea23320deeec', personalData: true },
    { internalName: 'ContactNotes', displayName: 'Contact notes', type: 'Text', maxLength: 255, id: '601f6836-eb30-408e-a956-911e5a737d24', personalData: true, description: 'For example: best reached on Mondays and Fridays.' },
    { internalName: 'RegisterOfInterestsUrl', displayName: 'Register of interests', type: 'URL', id: '81def7ce-8aea-4c61-854c-8a63c45e3cd7', personalData: true, description: 'Link to the register on the council website.' },
    { internalName: 'TermStart', displayName: 'Term of office starts', type: 'DateTime', dateOnly: true, id: 'd84401cc-a4ca-41ad-9255-9afe1cd27525', personalData: true },
    { internalName: 'TermEnd', displayName: 'Term of office ends', type: 'DateTime', dateOnly: true, id: 'e0ca8884-6179-4824-afc8-fc2154aaa61d', personalData: true },
    { internalName: 'IsCurrent', displayName: 'Current member', type: 'Boolean', defaultValue: true, id: '8d509f76-a3f6-403a-ac75-b321ec9ec35b', personalData: true, indexed: true, formatter: CURRENT_MEMBER_FORMATTER }
  ]
};
