/**
 * The columns of an emulated list: the schema's fields plus the columns SharePoint adds to
 * every item (ID, Title, Created, Modified, Author, Editor and, with content approval,
 * OData__ModerationStatus), and how a query path such as `Ward/Title` or `WardId` names one.
 */
import type { FieldDefinition, FieldType, IListDefinition, ListKey } from '../../src/schema';
import type { IStoredItem, StoredValue } from './siteData';
import { spErrors } from './errors';
import { PROJECTABLE_FIELD_TYPES } from '../../src/schema/selectFor';
import { listContentTypeId } from './shape/listSchemaEntities';
import { itemGuid } from './shape/names';

/** Types of the columns SharePoint adds itself, besides those the schema can declare. */
export type SystemColumnType = 'Counter' | 'ModerationStatus' | 'Guid' | 'Attachments' | 'ContentTypeId' | 'Version';
export type ColumnType = FieldType | SystemColumnType;

const SYSTEM_COLUMN_TYPES: ReadonlySet<string> = new Set<SystemColumnType>(['Counter', 'ModerationStatus', 'Guid', 'Attachments', 'ContentTypeId', 'Version']);

function isFieldType(type: ColumnType): type is FieldType {
  return !SYSTEM_COLUMN_TYPES.has(type);
}

export interface IColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** Queries over large lists must start their filter on an indexed column. */
  readonly indexed: boolean;
  /** Lookup target list; people point at the site's users. */
  readonly target?: ListKey;
  readonly definition?: FieldDefinition;
  read(item: IStoredItem): StoredValue;
}

/** Sub-properties of an expanded lookup and of an expanded person, as SharePoint names them. */
export const LOOKUP_PROPERTIES = ['Id', 'ID', 'Title'] as const;
export const USER_PROPERTIES = ['Id', 'ID', 'Title', 'EMail', 'Name', 'UserName'] as const;

export interface IColumnPath {
  readonly column: IColumn;
  /** `Ward/Title` → 'Title'. */
  readonly property?: string;
  /** `ContactOfficer/Email`: the target list's column a lookup projects (not Id/ID/Title). */
  readonly projected?: IColumn;
  /** `WardId`: the id of a lookup or person written as one property. */
  readonly idSuffix: boolean;
}

function builtInColumns(list: IListDefinition, webServerRelativeUrl: string | undefined): IColumn[] {
  const columns: IColumn[] = [
    { name: 'Id', type: 'Counter', indexed: true, read: (item) => item.Id },
    { name: 'ID', type: 'Counter', indexed: true, read: (item) => item.Id },
    { name: 'Title', type: 'Text', indexed: false, read: (item) => item.fields.Title ?? null },
    { name: 'Created', type: 'DateTime', indexed: false, read: (item) => item.Created },
    { name: 'Modified', type: 'DateTime', indexed: false, read: (item) => item.Modified },
    { name: 'Author', type: 'User', indexed: false, read: (item) => item.AuthorId },
    { name: 'Editor', type: 'User', indexed: false, read: (item) => item.EditorId },
    { name: 'GUID', type: 'Guid', indexed: false, read: (item) => itemGuid(list.id, item.Id) },
    // Attachments are not emulated: no item has any.
    { name: 'Attachments', type: 'Attachments', indexed: false, read: () => false },
    { name: 'ContentTypeId', type: 'ContentTypeId', indexed: false, read: () => listContentTypeId(list) },
    { name: 'OData__UIVersionString', type: 'Version', indexed: false, read: (item) => `${item.version}.0` }
  ];
  if (list.permissionFolders && webServerRelativeUrl !== undefined) {
    // The folder the item is in, as a server-relative URL (SharePoint's FileDirRef).
    const root = `${webServerRelativeUrl}/Lists/${list.key}`;
    columns.push({ name: 'FileDirRef', type: 'Text', indexed: false, read: (item) => (item.folder === undefined ? root : `${root}/${item.folder}`) });
  }
  if (list.contentApproval) {
    columns.push({
      name: 'OData__ModerationStatus',
      type: 'ModerationStatus',
      indexed: false,
      read: (item) => item.moderationStatus
    });
  }
  return columns;
}

function schemaColumn(field: FieldDefinition): IColumn {
  return {
    name: field.internalName,
    type: field.type,
    indexed: field.indexed === true,
    target: field.type === 'Lookup' || field.type === 'LookupMulti' ? field.target : undefined,
    definition: field,
    read: (item) => item.fields[field.internalName] ?? null
  };
}

/** Whether a lookup can project this column of its target list: its ID, or a type SharePoint allows (src/schema). */
export function isProjectable(column: IColumn): boolean {
  return column.type === 'Counter' || (isFieldType(column.type) && PROJECTABLE_FIELD_TYPES.has(column.type));
}

/** The columns of another list, for lookups that project its fields. */
export type TargetColumns = (list: ListKey) => ListColumns | undefined;

export class ListColumns {
  private readonly byName = new Map<string, IColumn>();

  public constructor(
    public readonly list: IListDefinition,
    private readonly targetColumns?: TargetColumns,
    webServerRelativeUrl?: string
  ) {
    for (const column of [...builtInColumns(list, webServerRelativeUrl), ...list.fields.map(schemaColumn)]) {
      this.byName.set(column.name, column);
    }
  }

  public get all(): IColumn[] {
    return [...this.byName.values()];
  }

  public find(name: string): IColumn | undefined {
    return this.byName.get(name);
  }

  /** Resolves a $select/$filter/$orderby path; throws SharePoint's error for an unknown one. */
  public resolve(path: string): IColumnPath {
    const [head, property, ...rest] = path.split('/');
    const column = this.byName.get(head);
    if (column && property === undefined) {
      return { column, idSuffix: false };
    }
    if (column && rest.length === 0 && isReference(column.type)) {
      const allowed: readonly string[] = column.type === 'User' ? USER_PROPERTIES : LOOKUP_PROPERTIES;
      if (allowed.includes(property)) {
        return { column, property, idSuffix: false };
      }
      const projected = this.projectedColumn(column, property);
      if (projected) {
        return { column, property, projected, idSuffix: false };
      }
    }
    if (property === undefined && head.endsWith('Id')) {
      const base = this.byName.get(head.slice(0, -2));
      if (base && isReference(base.type)) {
        return { column: base, idSuffix: true };
      }
    }
    throw spErrors.fieldNotFound(path);
  }

  /** A field of a lookup's target list; SharePoint's "query to field is not valid" for a type it cannot project. */
  private projectedColumn(lookup: IColumn, property: string): IColumn | undefined {
    if (lookup.type === 'User' || lookup.target === undefined) return undefined;
    const target = this.targetColumns?.(lookup.target)?.find(property);
    if (!target) return undefined;
    if (!isProjectable(target)) {
      throw spErrors.fieldNotProjectable(`${lookup.name}/${property}`);
    }
    return target;
  }
}

export function isReference(type: ColumnType): boolean {
  return type === 'Lookup' || type === 'LookupMulti' || type === 'User';
}
