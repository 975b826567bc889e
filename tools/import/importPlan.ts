/**
 * Validates each row of one list's file and decides what it needs: add a new item, update an
 * existing one (only the columns that differ, with the ETag it was read with), leave it as it
 * is, or nothing because the row is invalid. Rows are matched to items by the list's key.
 */
import { MEMBER_TYPES, validationProblems } from '../../src/schema';
import type { IListDefinition, ListKey } from '../../src/schema';
import type { RawItem } from '../../src/data/fieldReaders';
import { representsAWard } from '../../src/model/memberType';
import { CellValue, canonicalIds, canonicalOfStored, payloadName, readCell } from './cellValues';
import { fieldByInternalName, IColumnMapping, importFieldsOf } from './columnMapping';
import type { IImportableList } from './importableLists';
import type { ICsvRow } from './readCsvRows';
import type { ITargetItem, ReferenceIndex } from './referenceIndex';


export interface IRowProblem {
  readonly rowNumber: number;
  /** The column's header in the file; '' for a problem with the row as a whole. */
  readonly column: string;
  readonly message: string;
}

/** A row's cells, converted; problems with single cells found while reading. */
export interface IParsedRow {
  readonly rowNumber: number;
  readonly cells: ReadonlyMap<string, CellValue>;
  readonly problems: readonly IRowProblem[];
}

export interface IExistingItem {
  readonly id: number;
  readonly eTag: string;
  readonly raw: RawItem;
  readonly target: ITargetItem;
}

export type PlannedAction = 'invalid' | 'add' | 'update' | 'unchanged';

export interface IPlannedRow {
  readonly list: ListKey;
  readonly file: string;
  readonly rowNumber: number;
  /** The row's key values as the file gives them, for reports. */
  readonly keyText: string;
  readonly action: PlannedAction;
  readonly problems: readonly IRowProblem[];
  readonly cells: ReadonlyMap<string, CellValue>;
  /** Internal names of the columns to send: all given columns for an add, the differing ones for an update. */
  readonly changedColumns: readonly string[];
  /** Lookup cells resolved to the items they name (by internal name), reused when writing. */
  readonly references: ReadonlyMap<string, readonly ITargetItem[]>;
  /** Person cells resolved to site user ids (null clears the column), by internal name. */
  readonly people: ReadonlyMap<string, number | null>;
  readonly existing?: IExistingItem;
  /** The item this row is (or becomes): what lookups from later lists point at. */
  readonly target?: ITargetItem;
}

export function readParsedRow(mapping: IColumnMapping, row: ICsvRow): IParsedRow {
  const cells = new Map<string, CellValue>();
  const problems: IRowProblem[] = row.formatProblems.map((message) => ({ rowNumber: row.rowNumber, column: '', message }));
  for (const column of mapping.columns) {
    const result = readCell(column.field, row.cells[column.index] ?? '');
    if ('problem' in result) problems.push({ rowNumber: row.rowNumber, column: column.header, message: result.problem });
    else cells.set(column.field.internalName, result.value);
  }
  return { rowNumber: row.rowNumber, cells, problems };
}

export const KEY_SEPARATOR = '\u001f';

/** An existing item's key, comparable with `rowKey`; undefined when a key column is blank. */
export function storedKey(list: IListDefinition, keyColumns: readonly string[], item: RawItem): string | undefined {
  const parts = keyColumns.map((column) => {
    const field = fieldByInternalName(list, column);
    return canonicalOfStored(field, item[payloadName(field)]).toLowerCase();
  });
  return parts.some((part) => part === '') ? undefined : parts.join(KEY_SEPARATOR);
}

export interface IListPlanInput {
  readonly spec: IImportableList;
  readonly list: IListDefinition;
  readonly file: string;
  readonly mapping: IColumnMapping;
  readonly rows: readonly IParsedRow[];
  readonly existing: readonly IExistingItem[];
  /** Indexes of the lists this list's lookups point at. */
  readonly indexes: ReadonlyMap<ListKey, ReferenceIndex>;
  /** Site user ids by lower-case email, for person columns. */
  readonly userIds: ReadonlyMap<string, number>;
}

/** A reference cell resolved to items; `canonical` is 'pending' while any of them is yet to be added. */
interface IResolved {
  readonly targets: readonly ITargetItem[];
  readonly canonical: string;
}

function resolvedCanonical(targets: readonly ITargetItem[]): string {
  const ids = targets.map((target) => target.itemId);
  return ids.every((id): id is number => id !== undefined) ? canonicalIds(ids) : `pending:${targets.map((target) => target.label).join(',')}`;
}

/** The ids a resolved reference cell points at now; undefined while any target is unwritten. */
export function referenceIds(targets: readonly ITargetItem[]): number[] | undefined {
  const ids = targets.map((target) => target.itemId);
  return ids.every((id): id is number => id !== undefined) ? ids : undefined;
}

export function planList(input: IListPlanInput): IPlannedRow[] {
  const { spec, list, file, mapping, rows } = input;
  const headerOf = (internalName: string): string =>
    mapping.columns.find((column) => column.field.internalName === internalName)?.header ?? fieldByInternalName(list, internalName).displayName;

  const existingByKey = new Map<string, IExistingItem[]>();
  for (const item of input.existing) {
    const key = storedKey(list, spec.keyColumns, item.raw);
    if (key === undefined) continue;
    existingByKey.set(key, [...(existingByKey.get(key) ?? []), item]);
  }
  const firstRowByKey = new Map<string, number>();
  const planned: IPlannedRow[] = [];

  for (const row of rows) {
    const problems: IRowProblem[] = [...row.problems];
    const problem = (internalName: string | undefined, message: string): void => {
      problems.push({ rowNumber: row.rowNumber, column: internalName === undefined ? '' : headerOf(internalName), message });
    };

    // Lookups: each name must match exactly one item of the target list.
    const resolved = new Map<string, IResolved>();
    for (const [column, value] of row.cells) {
      if (value.kind !== 'reference') continue;
      const index = input.indexes.get(value.target);
      const targets: ITargetItem[] = [];
      for (const name of value.names) {
        const found = index?.find(name) ?? [];
        if (found.length === 0) problem(column, `no ${value.target} item has the ${index?.description ?? 'name'} '${name}'`);
        else if (found.length > 1) problem(column, `'${name}' matches ${found.length} ${value.target} items (${found.map((target) => target.label).join(', ')})`);
        else targets.push(found[0]);
      }
      resolved.set(column, { targets, canonical: resolvedCanonical(targets) });
    }
    // People: each address must be a user of the site.
    const people = new Map<string, number | null>();
    for (const [column, value] of row.cells) {
      if (value.kind !== 'person') continue;
      const id = value.email === '' ? null : input.userIds.get(value.email);
      if (id === undefined) problem(column, `'${value.email}' is not a user of the site (they must sign in to it once, or be given access, first)`);
      else people.set(column, id);
    }
    const canonicalOf = (column: string): string | undefined => {
      const value = row.cells.get(column);
      if (value === undefined) return undefined;
      if (value.kind === 'plain') return value.canonical;
      if (value.kind === 'person') return people.get(column)?.toString() ?? '';
      return resolved.get(column)?.canonical ?? '';
    };

    const plainValues: Record<string, string> = {};
    for (const [column, value] of row.cells) if (value.kind === 'plain') plainValues[column] = value.canonical;
    for (const rule of validationProblems(list, plainValues)) problem(rule.column, rule.message);

    // The key: every key column filled in, once per file, at most one item in the list.
    const keyParts = spec.keyColumns.map((column) => canonicalOf(column) ?? '');
    const keyText = spec.keyColumns
      .map((column) => {
        const value = row.cells.get(column);
        if (value?.kind === 'reference') return value.names.join('; ');
        return value?.kind === 'person' ? value.email : value?.canonical ?? '';
      })
      .join(' | ');
    let existing: IExistingItem | undefined;
    const blankKey = spec.keyColumns.filter((_, index) => keyParts[index] === '');
    for (const column of blankKey) problem(column, 'is blank; the importer matches items by it');
    if (blankKey.length === 0 && !problems.some((entry) => spec.keyColumns.some((column) => entry.column === headerOf(column)))) {
      const key = keyParts.map((part) => part.toLowerCase()).join(KEY_SEPARATOR);
      const first = firstRowByKey.get(key);
      if (first !== undefined) problem(spec.keyColumns[0], `repeats the key of row ${first} (${spec.keyColumns.map(headerOf).join(' + ')}); each item may appear once`);
      else firstRowByKey.set(key, row.rowNumber);
      const matches = existingByKey.get(key) ?? [];
      if (matches.length > 1) {
        problem(spec.keyColumns[0], `matches ${matches.length} items already in the list (ids ${matches.map((item) => item.id).join(', ')}); remove the duplicates first`);
      }
      existing = matches.length === 1 ? matches[0] : undefined;
    }

    // Required columns: a new item needs them; an update may not blank them.
    for (const field of importFieldsOf(list)) {
      if (!field.required) continue;
      const value = canonicalOf(field.internalName);
      const hasDefault = field.type === 'Choice' && field.defaultValue !== undefined;
      const alreadyReported = problems.some((entry) => entry.column === headerOf(field.internalName));
      if ((value === '' && !alreadyReported) || (value === undefined && existing === undefined && !hasDefault)) {
        problem(value === undefined ? undefined : field.internalName, `${field.displayName} is required${value === undefined ? ' but the file has no such column' : ''}`);
      }
    }

    if (list.key === 'Members') {
      const wardProblem = councillorWardProblem(canonicalOf('MemberType'), canonicalOf('Ward'), existing?.raw);
      if (wardProblem && !problems.some((entry) => entry.column === headerOf('Ward'))) problem(canonicalOf('Ward') === undefined ? undefined : 'Ward', wardProblem);
    }

    let action: PlannedAction;
    let changedColumns: string[];
    if (problems.length > 0) {
      action = 'invalid';
      changedColumns = [];
    } else if (existing) {
      const item = existing;
      changedColumns = Array.from(row.cells.keys()).filter((column) => {
        const field = fieldByInternalName(list, column);
        return canonicalOf(column) !== canonicalOfStored(field, item.raw[payloadName(field)]);
      });
      action = changedColumns.length === 0 ? 'unchanged' : 'update';
    } else {
      changedColumns = Array.from(row.cells.keys());
      action = 'add';
    }
    const target: ITargetItem | undefined =
      action === 'invalid' ? undefined : existing ? existing.target : { itemId: undefined, label: `${file} row ${row.rowNumber}` };
    const plannedRow: IPlannedRow = {
      list: list.key,
      file,
      rowNumber: row.rowNumber,
      keyText,
      action,
      problems,
      cells: row.cells,
      changedColumns,
      references: new Map(Array.from(resolved, ([column, entry]) => [column, entry.targets])),
      people,
      existing,
      target
    };
    planned.push(plannedRow);
  }
  return planned;
}

/** Makes a list's valid rows findable by later lists' lookups, by the same names as existing items. */
export function indexPlannedRows(index: ReferenceIndex, rows: readonly IPlannedRow[]): void {
  for (const row of rows) {
    if (!row.target) continue;
    for (const column of index.columns) {
      const value = row.cells.get(column);
      if (value?.kind === 'plain') index.add(value.canonical, row.target);
    }
  }
}

/** The REST body for a planned add or update; undefined (with the reason) when a lookup's target was not written. */
export function payloadOf(list: IListDefinition, row: IPlannedRow): { fields: Record<string, unknown> } | { blockedBy: string } {
  const fields: Record<string, unknown> = {};
  for (const column of row.changedColumns) {
    const value = row.cells.get(column);
    const field = fieldByInternalName(list, column);
    if (!value) continue;
    if (value.kind === 'plain') {
      fields[payloadName(field)] = value.payload;
      continue;
    }
    if (value.kind === 'person') {
      fields[payloadName(field)] = row.people.get(column) ?? null;
      continue;
    }
    const targets = row.references.get(column) ?? [];
    const ids = referenceIds(targets);
    if (ids === undefined) {
      const missing = targets.filter((target) => target.itemId === undefined).map((target) => target.label);
      return { blockedBy: `its ${field.displayName} (${missing.join(', ')}) was not written` };
    }
    fields[payloadName(field)] = value.multi ? ids : ids[0] ?? null;
  }
  return { fields };
}

/**
 * A councillor represents a ward; a co-opted member or an independent person does not, so the
 * Ward column is not required by SharePoint and this rule asks for it of councillors only. A
 * column the file leaves out keeps the existing item's value; a new item's type is the column's
 * default, Councillor.
 */
export function councillorWardProblem(typeCell: string | undefined, wardCell: string | undefined, existing: RawItem | undefined): string | undefined {
  const storedType = typeof existing?.MemberType === 'string' ? existing.MemberType : '';
  const type = typeCell || (typeCell === undefined ? storedType : '') || 'Councillor';
  const storedWard = existing?.WardId;
  const hasWard = wardCell !== undefined ? wardCell !== '' : typeof storedWard === 'number' && storedWard > 0;
  if (!representsAWard(MEMBER_TYPES.find((candidate) => candidate === type)) || hasWard) return undefined;
  return 'Ward is required for a councillor (leave it blank only for a co-opted member or an independent person)';
}
