import { IListDefinition, LOOKUP_COLUMN_LIMIT } from './types';

export interface IListQueryShape {
  readonly select: string[];
  readonly expand: string[];
}

/** Columns SharePoint adds to every item that the product may ask for. */
const BUILT_IN_COLUMNS = new Set(['Id', 'ID', 'Title', 'Created', 'Modified', 'OData__ModerationStatus']);

/** `<Column>Id` of a lookup or person column names the referenced id alone. */
function idOnlyReference(list: IListDefinition, column: string): boolean {
  if (!column.endsWith('Id')) return false;
  const field = list.fields.find((candidate) => candidate.internalName === column.slice(0, -2));
  return field !== undefined && (field.type === 'Lookup' || field.type === 'LookupMulti' || field.type === 'User');
}

/**
 * The `$select`/`$expand` that read the given columns of a list, derived from the schema:
 * lookups read `Id` and `Title` of the target, people read `Id`, `Title` and `EMail`;
 * `<Lookup>Id` reads only the referenced id (no join, so it does not count towards the limit).
 * Throws on a column the schema does not define, and on more lookup columns than
 * SharePoint accepts in one query, so a bad query fails in tests, not in production.
 */
export function selectFor(list: IListDefinition, columns: readonly string[]): IListQueryShape {
  const select: string[] = [];
  const expand: string[] = [];
  for (const column of columns) {
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
        expand.push(column);
        break;
      case 'User':
        select.push(`${column}/Id`, `${column}/Title`, `${column}/EMail`);
        expand.push(column);
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
  return { select, expand };
}
