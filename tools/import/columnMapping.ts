/** Which column of a list each CSV header names: its display name or internal name, in any case. */
import { privateDetailIn, TITLE_FIELD_ID } from '../../src/schema';
import type { FieldDefinition, IListDefinition, ITextField } from '../../src/schema';
import { unsupportedReason } from './cellValues';

export interface IMappedColumn {
  /** The header as written in the file, used to name the column in every report. */
  readonly header: string;
  /** Position in each row. */
  readonly index: number;
  readonly field: FieldDefinition;
}

export interface IHeaderProblem {
  readonly column: string;
  readonly message: string;
  /** The column looks like a private detail: the whole import is refused, whatever the options. */
  readonly privateDetail?: boolean;
}

export interface IColumnMapping {
  readonly columns: readonly IMappedColumn[];
  readonly problems: readonly IHeaderProblem[];
}

/** SharePoint's built-in Title column, under the name this list gives it. */
export function titleFieldOf(list: IListDefinition): ITextField {
  return {
    internalName: 'Title',
    displayName: list.titleDisplayName,
    type: 'Text',
    maxLength: 255,
    id: TITLE_FIELD_ID,
    required: list.titleRequired
  };
}

/** Every column of the list an import can name, Title first. */
export function importFieldsOf(list: IListDefinition): FieldDefinition[] {
  return [titleFieldOf(list), ...list.fields];
}

export function fieldByInternalName(list: IListDefinition, internalName: string): FieldDefinition {
  const field = importFieldsOf(list).find((candidate) => candidate.internalName === internalName);
  if (!field) throw new Error(`Column '${internalName}' is not defined on list '${list.key}' in src/schema.`);
  return field;
}

function describeColumns(list: IListDefinition): string {
  return importFieldsOf(list)
    .filter((field) => unsupportedReason(field) === undefined)
    .map((field) => field.displayName)
    .join(', ');
}

/** Maps a file's header row to the list's columns; the key columns must be there. */
export function mapHeaders(list: IListDefinition, headers: readonly string[], keyColumns: readonly string[]): IColumnMapping {
  const fields = importFieldsOf(list);
  const columns: IMappedColumn[] = [];
  const problems: IHeaderProblem[] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') {
      problems.push({ column: `(column ${index + 1})`, message: 'has no header' });
      return;
    }
    const privateDetail = privateDetailIn(header);
    if (privateDetail) {
      problems.push({
        column: header,
        privateDetail: true,
        message:
          `looks like ${privateDetail}, a private detail: everyone who can read the hub's site can read its lists, ` +
          'so they never hold one. Remove this column from the file and run the import again'
      });
      return;
    }
    const lower = header.toLowerCase();
    const field = fields.find((candidate) => candidate.internalName.toLowerCase() === lower || candidate.displayName.toLowerCase() === lower);
    if (!field) {
      problems.push({ column: header, message: `is not a column of the ${list.title} list (its columns: ${describeColumns(list)})` });
      return;
    }
    const unsupported = unsupportedReason(field);
    if (unsupported) {
      problems.push({ column: header, message: unsupported });
      return;
    }
    const earlier = columns.find((column) => column.field.internalName === field.internalName);
    if (earlier) {
      problems.push({ column: header, message: `names the same column as '${earlier.header}'` });
      return;
    }
    columns.push({ header, index, field });
  });
  for (const key of keyColumns) {
    if (!columns.some((column) => column.field.internalName === key)) {
      const field = fieldByInternalName(list, key);
      problems.push({ column: field.displayName, message: 'is missing: the importer matches existing items by it' });
    }
  }
  return { columns, problems };
}
