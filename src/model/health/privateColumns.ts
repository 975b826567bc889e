import { LEGACY_PRIVATE_COLUMNS, privateDetailIn } from '../../schema';
import type { IRuntimeList, ListKey } from '../../schema';

/** A column of a list as SharePoint describes it (SP.Field InternalName and Title). */
export interface IListField {
  readonly internalName: string;
  readonly title: string;
  /** SP.Field TypeAsString, e.g. Text, Note, User, Lookup. */
  readonly type?: string;
}

/** A column that holds, or looks like it holds, a private detail. */
export interface IPrivateColumn {
  readonly list: ListKey;
  readonly internalName: string;
  readonly displayName: string;
  /** What it looks like it holds, e.g. "a home address". */
  readonly what: string;
  /** Person and lookup columns are read as `<name>Id` (no join). */
  readonly readAs: string;
}

export interface IPrivateColumnFinding extends IPrivateColumn {
  /**
   * Items with a value in the column (a consent flag counts when set to Yes); undefined when
   * SharePoint would not let them be counted (the column is still reported).
   */
  readonly itemsWithData: number | undefined;
}

/**
 * Columns on a council's list that the schema does not define and that look like private
 * details, by internal or display name: the first release's HomeAddress, PersonalPhone and their
 * consent flags, or a column an admin added, such as "Date of birth".
 */
export function privateColumnsAmong(list: IRuntimeList, fields: readonly IListField[]): IPrivateColumn[] {
  const defined = new Set(list.fields.map((field) => field.internalName.toLowerCase()));
  const found: IPrivateColumn[] = [];
  for (const field of fields) {
    if (defined.has(field.internalName.toLowerCase())) continue;
    const what = privateDetailIn(field.internalName) ?? privateDetailIn(field.title);
    const legacy = LEGACY_PRIVATE_COLUMNS.includes(field.internalName);
    if (what === undefined && !legacy) continue;
    const byId = /^(User|UserMulti|Lookup|LookupMulti)$/.test(field.type ?? '');
    found.push({
      list: list.key,
      internalName: field.internalName,
      displayName: field.title || field.internalName,
      what: what ?? 'a private detail',
      readAs: byId ? `${field.internalName}Id` : field.internalName
    });
  }
  return found;
}

/** Whether a column's value, as SharePoint's REST API returns it, holds anything. */
export function holdsData(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** How many items hold data in each column; the values themselves are not kept. */
export function countItemsWithData(
  columns: readonly IPrivateColumn[],
  items: readonly Readonly<Record<string, unknown>>[]
): IPrivateColumnFinding[] {
  return columns.map((column) => ({
    ...column,
    itemsWithData: items.filter((item) => holdsData(item[column.readAs])).length
  }));
}
