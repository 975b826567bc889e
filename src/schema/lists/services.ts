import { IListDefinition } from '../types';
import { EMAIL_LINK_FORMATTER } from '../columnFormatting';

export const services: IListDefinition = {
  key: 'Services',
  title: 'Services',
  description: 'Council services, the directorate they belong to and how members should contact them.',
  id: 'aaba3235-2a17-4a26-bb63-9ab8bf16592a',
  titleDisplayName: 'Service',
  titleRequired: true,
  contentApproval: false,
  versioning: true,
  expectedItems: 300,
  queriedBy: [],
  fields: [
    { internalName: 'ServiceCode', displayName: 'Service code', type: 'Text', maxLength: 20, id: 'bd96cbbb-83f0-453d-85c1-ac5271c0a43f', indexed: true, unique: true, description: 'Stable key used by imports.' },
    { internalName: 'Directorate', displayName: 'Directorate', type: 'Text', maxLength: 255, id: '75e9f23a-0046-410a-86d1-d7b5db7ae018', required: true },
    { internalName: 'HowToContact', displayName: 'How to contact this service', type: 'Note', richText: true, lines: 8, id: '284a4607-ed5e-4449-9538-53db25f269d3' },
    { internalName: 'ServiceEmail', displayName: 'Service email', type: 'Text', maxLength: 255, id: '229db4de-b49a-41c8-8b67-216329203160', validation: 'email', formatter: EMAIL_LINK_FORMATTER },
    { internalName: 'ServicePhone', displayName: 'Service phone', type: 'Text', maxLength: 40, id: '21e0884a-ad0e-4a19-a1ce-706e4601b56a' },
    { internalName: 'ServiceUrl', displayName: 'Service web page', type: 'URL', id: 'e42b1c77-c18f-4b6d-86be-8acbdcebe062' },
    { internalName: 'Keywords', displayName: 'Keywords', type: 'Note', richText: false, lines: 4, id: '45f94768-d513-4e58-8363-d91dc2de7be7', description: 'Words members might use, separated by commas: potholes, bins, school transport.' },
    { internalName: 'TakesEnquiries', displayName: 'Takes members\' enquiries', type: 'Boolean', defaultValue: false, id: 'cd8fe24c-e545-4547-b93f-0bd5dec5ea8a', description: 'Members can raise enquiries with this service; the deployment creates its enquiry folders (docs/enquiries-permissions.md).' },
    { internalName: 'EnquiryGroup', displayName: 'Enquiry officers group', type: 'Text', maxLength: 255, id: 'e5ced68b-c40a-40f6-a108-83c79e592e5b', description: 'The SharePoint group of officers who read and answer this service\'s enquiries, e.g. "Enquiries – Highways".' }
  ]
};
