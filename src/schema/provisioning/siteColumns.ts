import { FieldDefinition, IListDefinition } from '../types';

/**
 * Internal names of fields SharePoint already has in every site (from its standard field
 * definitions). A site column with one of these names but our own id makes feature activation
 * fail with "A duplicate field name was found", so such fields stay list-scoped.
 * Compared case-insensitively: "Email" would clash with the built-in "EMail".
 */
export const BUILT_IN_FIELD_NAMES: readonly string[] = [
  'Author', 'Birthday', 'Body', 'Categories', 'Category', 'CellPhone', 'Comment', 'Comments', 'Company',
  'Completed', 'Content', 'ContentType', 'Created', 'Data', 'Date', 'Deleted', 'Department', 'Description',
  'Duration', 'Edit', 'Editor', 'EMail', 'End', 'EndDate', 'Event', 'Expires', 'FirstName', 'FullName',
  'Gender', 'Group', 'HomePhone', 'ID', 'Initials', 'IsActive', 'Item', 'JobTitle', 'Keywords', 'Language',
  'LinkTitle', 'List', 'Location', 'Member', 'MobilePhone', 'Modified', 'Name', 'Nickname', 'Notes', 'Office',
  'Order', 'Picture', 'Priority', 'Role', 'Service', 'Start', 'StartDate', 'Subject', 'Thumbnail', 'Title',
  'URL', 'User', 'Value', 'WebPage', 'WorkPhone'
];

const builtInNames = new Set(BUILT_IN_FIELD_NAMES.map((name) => name.toLowerCase()));

function countByName(lists: readonly IListDefinition[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) {
    for (const field of list.fields) {
      const key = field.internalName.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Fields provisioned as reusable site columns (elements.xml). The rest are defined only inside
 * their list's schema: lookups (they point at one list), names SharePoint already uses, and
 * names more than one of our lists use (two site columns cannot share a name).
 */
export function siteColumnsOf(list: IListDefinition, allLists: readonly IListDefinition[]): FieldDefinition[] {
  const counts = countByName(allLists);
  return list.fields.filter(
    (field) =>
      field.type !== 'Lookup' &&
      field.type !== 'LookupMulti' &&
      !builtInNames.has(field.internalName.toLowerCase()) &&
      counts.get(field.internalName.toLowerCase()) === 1
  );
}
