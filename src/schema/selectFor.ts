import { IListDefinition, LOOKUP_COLUMN_LIMIT } from './types';

export interface IListQueryShape {
  readonly select: string[];
  readonly expand: string[];
}

/** Columns SharePoint adds to every item that the product may ask for. */
const BUILT_IN_COLUMNS = new Set(['Id', 'ID', 'Title', 'Created', 'Modified', 'OData__ModerationStatus']);

/**
 * The `$select`/`$expand` that read the given columns of a list, derived from the schema:
 * lookups read `Id` and `Title` of the target, people read `Id`, `Title` and `EMail`.
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
