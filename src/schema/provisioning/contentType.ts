import { IListDefinition } from '../types';
import { TITLE_FIELD_ID } from '../index';
import { SITE_GROUP } from './fieldXml';
import { bracedGuid, camlBoolean, element } from './xml';

/** SharePoint's "Item" content type, parent of every list content type here. */
export const ITEM_CONTENT_TYPE_ID = '0x01';

/**
 * The list's content type id: Item (0x01), the "00" separator, then the list's stable id as
 * 32 hex digits. Derived, never stored, so it cannot drift from the schema.
 */
export function contentTypeId(list: IListDefinition): string {
  return `${ITEM_CONTENT_TYPE_ID}00${list.id.replace(/-/g, '').toUpperCase()}`;
}

/** Name admins see in site settings; content type names may not contain \ / : * ? " # % < > { } | ~ &. */
export function contentTypeName(list: IListDefinition): string {
  return `${list.title} (${SITE_GROUP})`;
}

/**
 * The content type element. The site content type (elements.xml) lists the site columns; the
 * list's copy (schema-<key>.xml) lists every column of the list, because SharePoint attaches a
 * content type to a provisioned list reliably only when the list schema carries the whole
 * definition rather than a ContentTypeRef (SharePoint/sp-dev-docs#1518).
 */
export function contentTypeXml(
  list: IListDefinition,
  fields: ReadonlyArray<{ readonly id: string; readonly internalName: string; readonly displayName: string; readonly required?: boolean }>,
  depth: number
): string {
  const titleRef = element(depth + 2, 'FieldRef', [
    ['ID', bracedGuid(TITLE_FIELD_ID)],
    ['Name', 'Title'],
    ['DisplayName', list.titleDisplayName],
    ['Required', camlBoolean(list.titleRequired)]
  ]);
  const fieldRefs = fields.map((field) =>
    element(depth + 2, 'FieldRef', [
      ['ID', bracedGuid(field.id)],
      ['Name', field.internalName],
      ['DisplayName', field.displayName],
      ['Required', camlBoolean(field.required === true)]
    ])
  );
  return element(
    depth,
    'ContentType',
    [
      ['ID', contentTypeId(list)],
      ['Name', contentTypeName(list)],
      ['Group', SITE_GROUP],
      ['Description', list.description],
      ['Inherits', 'TRUE'],
      ['Version', 0]
    ],
    [element(depth + 1, 'FieldRefs', [], [titleRef, ...fieldRefs])]
  );
}
