import { FieldType, LOOKUP_COLUMN_LIMIT } from './types';
import type { IRuntimeList } from './runtimeTypes';
import { runtimeSchema } from './runtimeSchema.generated';

export interface IListQueryShape {
  readonly select: string[];
  readonly expand: string[];
}

/** Columns SharePoint adds to every item that the product may ask for. */
const BUILT_IN_COLUMNS = new Set(['Id', 'ID', 'Title', 'Created', 'Modified', 'OData__ModerationStatus']);

/**
 * Field types of a lookup's target list that SharePoint can project through the lookup
 * (`Lookup/Field` with `$expand=Lookup`), besides the target's Id, Title, Created and Modified:
 * single line of text, number, date and time. Multiple lines of text, people, choices, yes/no,
 * hyperlinks, images and lookups cannot be projected.
 */
export const PROJECTABLE_FIELD_TYPES: ReadonlySet<FieldType> = new Set<FieldType>(['Text', 'Number', 'DateTime']);

/** `ContactOfficer/Email`: a further field of the lookup's target, checked against the target's schema. */
function projectedField(list: IRuntimeList, column: string): { readonly lookup: string; readonly path: string } {
  const [lookup, property, ...rest] = column.split('/');
  const field = list.fields.find((candidate) => candidate.internalName === lookup);
  if (!field || (field.type !== 'Lookup' && field.type !== 'LookupMulti') || !field.target || rest.length > 0 || !property) {
    throw new Error(`Column '${column}' is not a field of a lookup defined on list '${list.key}' in src/schema.`);
  }
  if (!BUILT_IN_COLUMNS.has(property)) {
    const target = runtimeSchema[field.target];
    const projected = target.fields.find((candidate) => candidate.internalName === property);
    if (!projected) {
      throw new Error(`Column '${property}' is not defined on list '${target.key}' in src/schema (projected as '${column}').`);
    }
    if (!PROJECTABLE_FIELD_TYPES.has(projected.type)) {
      throw new Error(`SharePoint cannot project '${column}': ${projected.type} columns are not projectable through a lookup.`);
    }
  }
  return { lookup, path: column };
}

/** `<Column>Id` of a lookup or person column names the referenced id alone. */
function idOnlyReference(list: IRuntimeList, column: string): boolean {
  if (!column.endsWith('Id')) return false;
  const field = list.fields.find((candidate) => candidate.internalName === column.slice(0, -2));
  return field !== undefined && (field.type === 'Lookup' || field.type === 'LookupMulti' || field.type === 'User');
}

/**
 * The `$select`/`$expand` that read the given columns of a list, derived from the schema:
 * lookups read `Id` and `Title` of the target, people read `Id`, `Title` and `EMail`;
 * `<Lookup>Id` reads only the referenced id (no join, so it does not count towards the limit);
 * `<Lookup>/<Field>` also reads a projectable field of the lookup's target (one join per lookup,
 * however many of its fields are read).
 * Throws on a column the schema does not define, and on more lookup columns than
 * SharePoint accepts in one query, so a bad query fails in tests, not in production.
 */
export function selectFor(list: IRuntimeList, columns: readonly string[]): IListQueryShape {
  const select: string[] = [];
  const expand: string[] = [];
  const join = (lookup: string): void => {
    if (!expand.includes(lookup)) expand.push(lookup);
  };
  for (const column of columns) {
    if (column.includes('/')) {
      const projected = projectedField(list, column);
      if (!select.includes(projected.path)) select.push(projected.path);
      join(projected.lookup);
      continue;
    }
    if (BUILT_IN_COLUMNS.has(column)) {
      select.push(column);
      continue;
    }
    const idOf = idOnlyReference(list, column);
    if (idOf) {
      // `WardId`: the lookup's own value, read without joining the target list.
      select.push(column);
      continue;
    }
    const field = list.fields.find((candidate) => candidate.internalName === column);
    if (!field) {
      throw new Error(`Column '${column}' is not defined on list '${list.key}' in src/schema.`);
    }
    switch (field.type) {
      case 'Lookup':
      case 'LookupMulti':
        select.push(`${column}/Id`, `${column}/Title`);
        join(column);
        break;
      case 'User':
        select.push(`${column}/Id`, `${column}/Title`, `${column}/EMail`);
        join(column);
        break;
      default:
        select.push(column);
    }
  }
  if (expand.length > LOOKUP_COLUMN_LIMIT) {
    throw new Error(
      `A query on '${list.key}' expands ${expand.length} lookup or person columns; SharePoint allows ${LOOKUP_COLUMN_LIMIT}.`
    );
  }
  return { select: [...new Set(select)], expand };
}
