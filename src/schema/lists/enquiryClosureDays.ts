import { IListDefinition } from '../types';

/**
 * Days the council's offices close besides bank holidays (the Christmas closure, say): one item a day,
 * so an admin in Democratic Services adds, corrects or removes a day with SharePoint's own form and date
 * picker. Enquiry due dates skip them (docs/enquiries.md § Settings). Everyone who reads the site reads it
 * (the due dates need it); only the site's owners edit it: the deployment breaks its inheritance
 * (tools/deploy/settingsLists.ts, docs/enquiries-permissions.md § Who can change the targets). Nothing personal.
 */
export const enquiryClosureDays: IListDefinition = {
  key: 'EnquiryClosureDays',
  title: 'EnquiryClosureDays',
  description: 'Days the council is closed besides bank holidays (one item a day); enquiry due dates skip them. Everyone who can read this site can read them.',
  id: 'a696a9ac-d010-41a0-9530-3c6643b3e7b3',
  titleDisplayName: 'Closure',
  titleRequired: false,
  contentApproval: false,
  versioning: true,
  expectedItems: 200,
  queriedBy: ['ClosureDate'],
  fields: [
    { internalName: 'ClosureDate', displayName: 'Date', type: 'DateTime', dateOnly: true, required: true, indexed: true, id: 'bed8ea8d-def3-42b1-8ebe-9df5b1b16792', description: 'The day the offices are closed. One item for each day.' }
  ]
};
