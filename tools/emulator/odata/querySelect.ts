/**
 * Turns $select and $expand into the list of properties each returned item carries, checking
 * them the way SharePoint does: unknown fields, lookups selected without $expand.
 */
import { isReference, LOOKUP_PROPERTIES, USER_PROPERTIES } from '../columns';
import type { IColumn, ListColumns } from '../columns';
import { spErrors } from '../errors';

export type ProjectionEntry =
  | { readonly kind: 'plain'; readonly column: IColumn }
  | { readonly kind: 'id'; readonly column: IColumn }
  | { readonly kind: 'expanded'; readonly column: IColumn; readonly properties: string[] };

/** `undefined` means SharePoint's default representation: every field, lookups as `<Name>Id`. */
export interface IProjection {
  readonly entries?: ProjectionEntry[];
  /** Lookups expanded without $select, added to the default representation. */
  readonly expandedDefaults: ProjectionEntry[];
  /** Distinct lookup and person columns the query joins. */
  readonly joinedColumns: Set<string>;
}

function defaultProperties(column: IColumn): string[] {
  return column.type === 'User' ? ['Id', 'Title', 'EMail'] : [...LOOKUP_PROPERTIES.filter((name) => name !== 'ID')];
}

export function buildProjection(columns: ListColumns, select: string[] | undefined, expand: string[]): IProjection {
  const expanded = new Map<string, IColumn>();
  for (const name of expand) {
    const column = columns.find(name);
    if (!column || !isReference(column.type)) {
      throw spErrors.fieldNotFound(name);
    }
    expanded.set(name, column);
  }
  const joinedColumns = new Set(expanded.keys());
  if (select === undefined || select.includes('*')) {
    const expandedDefaults: ProjectionEntry[] = [...expanded.values()].map((column) => ({
      kind: 'expanded',
      column,
      properties: defaultProperties(column)
    }));
    return { entries: undefined, expandedDefaults, joinedColumns };
  }
  const entries: ProjectionEntry[] = [];
  const expandedEntries = new Map<string, { kind: 'expanded'; column: IColumn; properties: string[] }>();
  for (const name of select) {
    const path = columns.resolve(name);
    const column = path.column;
    if (path.idSuffix) {
      entries.push({ kind: 'id', column });
      continue;
    }
    if (!isReference(column.type)) {
      entries.push({ kind: 'plain', column });
      continue;
    }
    if (!expanded.has(column.name)) {
      throw spErrors.lookupNotExpanded(name);
    }
    let entry = expandedEntries.get(column.name);
    if (!entry) {
      entry = { kind: 'expanded', column, properties: [] };
      expandedEntries.set(column.name, entry);
      entries.push(entry);
    }
    const allowed: readonly string[] = column.type === 'User' ? USER_PROPERTIES : LOOKUP_PROPERTIES;
    const properties = path.property === undefined ? defaultProperties(column) : [path.property];
    for (const property of properties) {
      const known = allowed.includes(property) || path.projected !== undefined;
      if (known && !entry.properties.includes(property)) {
        entry.properties.push(property);
      }
    }
  }
  return { entries, expandedDefaults: [], joinedColumns };
}
