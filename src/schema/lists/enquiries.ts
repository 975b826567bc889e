import { IListDefinition } from '../types';

/** Where an enquiry stands. Reopened is set by an officer within the follow-up window. */
export const ENQUIRY_STATUSES = ['Received', 'Acknowledged', 'Responded', 'Closed', 'Reopened'] as const;

/**
 * A member's enquiry to a service. Each item sits in the folder of its (member, service) pair, whose unique
 * permissions let only that member, the service's officer group and Democratic Services read it
 * (docs/enquiries-permissions.md). Least personal data: what the service needs to act, never a
 * constituent's name or contact details.
 *
 * Size: 20,000 a year for five years. Every query filters first on an indexed column: Member (one
 * member's, a few hundred), Service (one service's), DueDate (overdue), ClosedDate (closed recently, to reopen).
 */
export const enquiries: IListDefinition = {
  key: 'Enquiries',
  title: 'Enquiries',
  description:
    'Members\' enquiries to council services. Each is visible only to the member, the service\'s officers and Democratic Services. Record only what the service needs to act: no constituent\'s name, address, phone or email — use the constituent reference from the member\'s own casework.',
  id: 'dfde7a3e-b85b-4371-a1e8-3295dd68a622',
  titleDisplayName: 'Subject',
  titleRequired: true,
  titlePersonalData: true,
  contentApproval: false,
  versioning: true,
  expectedItems: 100000,
  queriedBy: ['Member', 'Service', 'DueDate', 'ClosedDate'],
  permissionFolders: true,
  fields: [
    { internalName: 'Details', displayName: 'Details', type: 'Note', richText: false, lines: 8, id: '130f16f7-a589-48ac-bedf-cf8532454771', required: true, personalData: true, description: 'What the member asks the service to do. No constituent\'s contact details.' },
    { internalName: 'Member', displayName: 'Member', type: 'User', id: '54303d5c-4b9a-4537-a8c3-a6415dce5521', required: true, indexed: true, personalData: true, description: 'The member whose enquiry it is, also when Democratic Services logged it for them.' },
    { internalName: 'Service', displayName: 'Service', type: 'Lookup', target: 'Services', showField: 'Title', id: 'e56d06a9-8318-446c-88f9-a39d14769cfb', required: true, indexed: true },
    { internalName: 'Ward', displayName: 'Ward', type: 'Lookup', target: 'Wards', showField: 'Title', id: '10530971-655d-4b1d-b5a5-a900a4c46698' },
    { internalName: 'EnquiryLocation', displayName: 'Location', type: 'Text', maxLength: 255, id: '2ee8ea8b-8c30-418f-9692-f7f89777692c', personalData: true, description: 'Optional: a street, landmark or grid reference. Not a resident\'s home address unless the service cannot act without it.' },
    { internalName: 'ConstituentReference', displayName: 'Constituent reference', type: 'Text', maxLength: 50, id: 'a49ffd5d-9e95-4b97-9d39-29554b72535b', personalData: true, description: 'Optional: the reference in the member\'s own casework, never the constituent\'s name.' },
    { internalName: 'EnquiryStatus', displayName: 'Status', type: 'Choice', choices: ENQUIRY_STATUSES, defaultValue: 'Received', id: '12522a21-4262-4dc7-81a0-bbb779a41c77', required: true, indexed: true },
    { internalName: 'AssignedOfficer', displayName: 'Assigned officer', type: 'User', id: '22a582b8-afc1-4735-8fe6-6535e6aa4ec8', personalData: true, description: 'The officer working on it; the service\'s Councillor Liaison Officer by default.' },
    { internalName: 'ReceivedDate', displayName: 'Received', type: 'DateTime', dateOnly: false, id: '30130acc-a03f-4f89-b9b1-3fb075136773', personalData: true, description: 'When the council received it: set when Democratic Services logs an enquiry that came by phone or email; otherwise the item\'s Created.' },
    { internalName: 'AcknowledgedDate', displayName: 'Acknowledged', type: 'DateTime', dateOnly: false, id: '5c644df0-decc-46c7-b077-f24478eb25c8', personalData: true },
    { internalName: 'DueDate', displayName: 'Response due', type: 'DateTime', dateOnly: true, id: '01e6e13b-b6ff-48b9-ad68-1ad740fbfd69', indexed: true, personalData: true },
    { internalName: 'RespondedDate', displayName: 'Responded', type: 'DateTime', dateOnly: false, id: '245385ae-6dc1-4afd-ba1c-253192885ebb', personalData: true },
    // Indexed so the service's recently closed enquiries (those it may still reopen) are read without crossing the threshold.
    { internalName: 'ClosedDate', displayName: 'Closed', type: 'DateTime', dateOnly: false, id: '86d17a20-8f00-4dd4-b1dd-470f13e13e1a', indexed: true, personalData: true },
    { internalName: 'LoggedOnBehalf', displayName: 'Logged by Democratic Services', type: 'Boolean', defaultValue: false, id: 'fef3a9ad-a76b-4098-8d42-c0f7c19dc48a', personalData: true, description: 'Yes when Democratic Services logged it for the member (phone or email).' }
  ]
};
