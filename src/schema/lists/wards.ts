import { IListDefinition } from '../types';

export const wards: IListDefinition = {
  key: 'Wards',
  title: 'Wards',
  description: 'Electoral wards (or divisions) of the council, with their ONS GSS codes.',
  id: '58fdb0dc-0afe-47dd-9e79-b572e99a8c23',
  titleDisplayName: 'Ward name',
  titleRequired: true,
  contentApproval: false,
  versioning: true,
  expectedItems: 120,
  queriedBy: [],
  fields: [
    { internalName: 'WardCode', displayName: 'GSS code', type: 'Text', maxLength: 9, id: 'd58791e9-45f0-4d00-82d0-290aae8dc297', indexed: true, unique: true, validation: 'gssCode', description: 'ONS Government Statistical Service code, e.g. E05000001.' },
    { internalName: 'District', displayName: 'District or area', type: 'Text', maxLength: 255, id: 'a2710320-d684-4a42-997a-9b1e42064145' },
    {
      internalName: 'Seats',
      displayName: 'Number of seats',
      type: 'Number',
      min: 1,
      max: 9,
      decimals: 0,
      id: 'b3d7a9e1-4c2f-4e8a-9d61-7f0c2b5e8a93',
      description: 'How many councillors the ward elects. Fewer current councillors than seats shows a vacancy.'
    }
  ]
};
