/**
 * A Members list as a council that installed the first release may still have it: the private
 * columns that release provisioned (HomeAddress, PersonalPhone and their consent flags, with
 * their original field ids) and a "Date of birth" column an admin added, with values in some
 * items. Not part of the schema: tests use it to show that
 * Directory health finds such columns and says how to remove them.
 */
import type { FieldDefinition, IListDefinition, ListKey } from '../../src/schema';
import { schema } from '../../src/schema';
import type { ISiteData, IStoredItem, StoredValue } from '../emulator/siteData';

export const LEGACY_MEMBER_FIELDS: readonly FieldDefinition[] = [
  { internalName: 'PersonalPhone', displayName: 'Personal phone', type: 'Text', maxLength: 40, id: 'cf4c3cd2-cbfe-489d-802a-91a604d67bad' },
  { internalName: 'ShowPersonalPhone', displayName: 'Consents to show personal phone', type: 'Boolean', defaultValue: false, id: '2b53d646-7dd6-45ea-8900-06a30b5a01f9' },
  { internalName: 'HomeAddress', displayName: 'Home address', type: 'Note', richText: false, lines: 4, id: '5ef5bd9c-7f80-4e43-9d6a-dfd58b6dde97' },
  { internalName: 'ShowHomeAddress', displayName: 'Consents to show home address', type: 'Boolean', defaultValue: false, id: 'c67df7dc-a63e-4f7b-8104-cf841b58902b' },
  // Added by an admin through list settings: SharePoint escapes the spaces in the internal name.
  { internalName: 'Date_x0020_of_x0020_birth', displayName: 'Date of birth', type: 'DateTime', dateOnly: true, id: '8e7b004a-f291-43ab-8b64-b8d47c6c8c87' }
];

export interface ILegacySite {
  readonly data: ISiteData;
  readonly lists: Readonly<Record<ListKey, IListDefinition>>;
}

/** Fictional private values in a regular pattern, so tests can count them: every 3rd, 4th, 6th member… */
function legacyValues(item: IStoredItem, index: number): Record<string, StoredValue> {
  return {
    PersonalPhone: index % 3 === 0 ? `+44 7700 900${String(index % 1000).padStart(3, '0')}` : null,
    ShowPersonalPhone: index % 6 === 0,
    HomeAddress: index % 4 === 0 ? `${1 + (index % 98)} Orchard Lane\nWessex Vale` : null,
    // The consent flag for addresses was never set: an empty column, still to be deleted.
    ShowHomeAddress: false,
    Date_x0020_of_x0020_birth: index % 10 === 0 ? `19${60 + (item.Id % 30)}-03-0${1 + (index % 8)}T00:00:00Z` : null
  };
}

export function withLegacyPrivateColumns(data: ISiteData): ILegacySite {
  const members: IListDefinition = { ...schema.Members, fields: [...schema.Members.fields, ...LEGACY_MEMBER_FIELDS] };
  return {
    data: {
      ...data,
      lists: {
        ...data.lists,
        Members: data.lists.Members.map((item, index) => ({ ...item, fields: { ...item.fields, ...legacyValues(item, index) } }))
      }
    },
    lists: { ...schema, Members: members }
  };
}
