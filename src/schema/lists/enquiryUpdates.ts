import { IListDefinition } from '../types';

export const ENQUIRY_UPDATE_KINDS = ['Update', 'Response', 'Member reply'] as const;

/**
 * Updates on an enquiry: from the service (progress, the response) and from the member (replies, more
 * information). Each sits in the folder of its enquiry's (member, service) pair, so the member reads the
 * officers' updates although they did not create them (docs/enquiries-permissions.md). Who wrote it and
 * when are the item's Created By and Created. Edit own only: nobody rewrites someone else's update.
 */
export const enquiryUpdates: IListDefinition = {
  key: 'EnquiryUpdates',
  title: 'EnquiryUpdates',
  description:
    'Updates and replies on members\' enquiries, visible only to the member, the service\'s officers and Democratic Services. Record only what the member and the service need: no constituent\'s contact details.',
  id: '19d0de71-1095-49ca-ab91-7a1fbea37b99',
  titleDisplayName: 'Summary',
  titleRequired: false,
  titlePersonalData: true,
  contentApproval: false,
  versioning: true,
  expectedItems: 300000,
  queriedBy: ['Enquiry', 'EnquiryMember'],
  permissionFolders: true,
  itemLevelSecurity: { read: 'all', write: 'own' },
  fields: [
    { internalName: 'Enquiry', displayName: 'Enquiry', type: 'Lookup', target: 'Enquiries', showField: 'Title', id: '2ba296f6-7c55-457c-8daa-a03e277d2fc9', required: true, indexed: true, personalData: true },
    { internalName: 'EnquiryMember', displayName: 'Member', type: 'User', id: '9e4442e6-3189-4a32-a635-bf90b7426784', required: true, indexed: true, personalData: true, description: 'The enquiry\'s member again, so "My enquiries" reads the enquiries and all their updates in one request.' },
    { internalName: 'UpdateKind', displayName: 'Kind', type: 'Choice', choices: ENQUIRY_UPDATE_KINDS, defaultValue: 'Update', id: '71fb3c3d-a25b-4687-83d5-701783496a40', required: true },
    { internalName: 'UpdateBody', displayName: 'Update', type: 'Note', richText: false, lines: 6, id: '77b0e9c5-cfcb-4074-bf14-e0fadbd204e6', required: true, personalData: true }
  ]
};
