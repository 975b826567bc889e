/**
 * The import as a whole: read every file (streamed), read what the lists hold (threshold-safe),
 * validate and plan every row, then, only if every row is valid (or invalid rows may be skipped)
 * and this is not a dry run, write list by list in dependency order through ListItemWriter.
 * Every row ends with an outcome, so a stopped import says exactly what was and was not written.
 */
import { basename } from 'path';
import { schema } from '../../src/schema';
import type { IListDefinition, ListKey } from '../../src/schema';
import type { SPFI } from '../../src/data/pnp';
import { ItemWrite, ItemWriteOutcome, ListItemWriter } from '../../src/data/write/ListItemWriter';
import { readWholeListById } from '../../src/data/write/readWholeListById';
import { fieldByInternalName, IColumnMapping, mapHeaders } from './columnMapping';
import { IMPORTABLE_LISTS, IImportableList, importableList } from './importableLists';
import { IExistingItem, indexPlannedRows, IParsedRow, IPlannedRow, IRowProblem, payloadOf, planList, readParsedRow } from './importPlan';
import { IRowOutcome, ListSummary, RowOutcomeKind, SUCCESSFUL_OUTCOMES, summarise } from './importOutcomes';
import { formulaLikeCellWarnings } from './formulaLikeCells';
import { readCsvRows } from './readCsvRows';
import { ReferenceIndex } from './referenceIndex';
import { resolveSiteUsers } from './resolveSiteUsers';

export type ImportPhase = 'reading file' | 'reading list' | 'validating' | 'writing';

export interface IImportProgress {
  readonly phase: ImportPhase;
  readonly list: ListKey;
  /** Rows or items so far in this phase. */
  readonly done: number;
  readonly total?: number;
}

export interface IImportOptions {
  readonly sp: SPFI;
  /** CSV file per list. */
  readonly files: Partial<Record<ListKey, string>>;
  /** Validate and compare only; write nothing. */
  readonly dryRun?: boolean;
  /** Write the valid rows even when some rows are invalid (those are reported and left out). */
  readonly skipInvalid?: boolean;
  readonly batchSize?: number;
  readonly onProgress?: (progress: IImportProgress) => void;
}

export type ImportStatus =
  /** Every row is in the lists (added, updated or unchanged). */
  | 'complete'
  /** Dry run of valid files: nothing written. */
  | 'dry run'
  /** Some rows are invalid: nothing was written. */
  | 'invalid'
  /** Some rows were written and some were not (see each row's outcome). */
  | 'incomplete';

export interface IImportResult {
  readonly status: ImportStatus;
  readonly outcomes: readonly IRowOutcome[];
  /** Problems with the files (header row 1) and their rows, in file order. */
  readonly problems: readonly (IRowProblem & { readonly file: string })[];
  /** Cells imported as they are but worth a look (they start like a spreadsheet formula), in file order. */
  readonly warnings: readonly (IRowProblem & { readonly file: string })[];
  readonly summary: ReadonlyMap<ListKey, ListSummary>;
}

interface IFileImport {
  readonly spec: IImportableList;
  readonly list: IListDefinition;
  readonly path: string;
  readonly file: string;
  readonly mapping: IColumnMapping;
  readonly rows: readonly IParsedRow[];
  readonly warnings: readonly IRowProblem[];
}

async function readFile(spec: IImportableList, path: string, onProgress: IImportOptions['onProgress']): Promise<IFileImport> {
  const list = schema[spec.key];
  let mapping: IColumnMapping = { columns: [], problems: [] };
  const rows: IParsedRow[] = [];
  const warnings: IRowProblem[] = [];
  await readCsvRows(path, {
    onHeader: (headers) => {
      mapping = mapHeaders(list, headers, spec.keyColumns);
    },
    onRow: (row) => {
      rows.push(readParsedRow(mapping, row));
      warnings.push(...formulaLikeCellWarnings(mapping, row));
      onProgress?.({ phase: 'reading file', list: spec.key, done: rows.length });
    }
  });
  onProgress?.({ phase: 'reading file', list: spec.key, done: rows.length, total: rows.length });
  return { spec, list, path, file: basename(path), mapping, rows, warnings };
}

/** Columns to read from a list: Id, its key, the names lookups use for it, and the columns the file sets. */
function columnsToRead(key: ListKey, file: IFileImport | undefined, referenced: boolean): string[] {
  const spec = importableList(key);
  const list = schema[key];
  const columns = new Set<string>();
  for (const column of spec?.keyColumns ?? []) columns.add(column);
  if (referenced) for (const column of spec?.referencedBy ?? []) columns.add(column);
  for (const column of file?.mapping.columns ?? []) columns.add(column.field.internalName);
  return Array.from(columns, (column) => {
    const field = fieldByInternalName(list, column);
    return field.type === 'Lookup' || field.type === 'LookupMulti' || field.type === 'User' ? `${column}Id` : column;
  });
}

function describeNames(key: ListKey): string {
  const list = schema[key];
  return (importableList(key)?.referencedBy ?? []).map((column) => fieldByInternalName(list, column).displayName).join(' or ');
}

function outcomeOf(row: IPlannedRow, outcome: RowOutcomeKind, detail: string, itemId?: number): IRowOutcome {
  return { list: row.list, file: row.file, rowNumber: row.rowNumber, key: row.keyText, outcome, itemId: itemId ?? row.existing?.id, detail };
}

function columnsDetail(list: IListDefinition, row: IPlannedRow): string {
  return row.changedColumns.map((column) => fieldByInternalName(list, column).displayName).join(', ');
}

function problemsDetail(row: IPlannedRow): string {
  return row.problems.map((problem) => (problem.column ? `${problem.column}: ${problem.message}` : problem.message)).join('; ');
}

function writeOutcome(list: IListDefinition, row: IPlannedRow, written: ItemWriteOutcome): IRowOutcome {
  switch (written.status) {
    case 'added':
    case 'updated':
      return outcomeOf(row, written.status, columnsDetail(list, row), written.id);
    case 'deleted':
      // The importer only adds and updates (docs/upgrades.md: nothing is deleted by the product's tools).
      throw new Error(`Item ${String(written.id)} of ${list.title} was deleted, but the importer never deletes.`);
    case 'refused':
      return outcomeOf(
        row,
        'failed',
        written.error.kind === 'conflict'
          ? `changed in SharePoint by someone else since it was read (HTTP ${written.error.status ?? 412}); not overwritten: run the import again to compare with the new values`
          : written.error.message
      );
    case 'unknown':
      return outcomeOf(
        row,
        'unknown',
        `no clear answer from SharePoint (${written.error.message}): it may or may not have been written. It is safe to import the same file again: rows are matched by their key, so one already written is left unchanged, not added twice`
      );
    case 'notSent':
      return outcomeOf(row, 'not written', 'not sent: the import stopped after an earlier failure');
  }
}

/**
 * A file with a column that looks like a private detail stops the whole run before SharePoint is
 * asked anything (even with --skip-invalid or --dry-run): nothing is read or written.
 */
function refusePrivateDetails(files: ReadonlyMap<ListKey, IFileImport>): IImportResult | undefined {
  const problems: (IRowProblem & { file: string })[] = [];
  for (const file of files.values()) {
    for (const problem of file.mapping.problems) {
      if (problem.privateDetail) problems.push({ rowNumber: 1, column: problem.column, message: problem.message, file: file.file });
    }
  }
  if (problems.length === 0) return undefined;
  const outcomes: IRowOutcome[] = [];
  for (const file of files.values()) {
    for (const row of file.rows) {
      outcomes.push({
        list: file.spec.key,
        file: file.file,
        rowNumber: row.rowNumber,
        key: '',
        outcome: 'not written',
        detail: 'not written: a file holds a column that looks like a private detail'
      });
    }
  }
  return { status: 'invalid', outcomes, problems, warnings: [], summary: summarise(outcomes) };
}

export async function runImport(options: IImportOptions): Promise<IImportResult> {
  const { sp, onProgress } = options;
  const specs = IMPORTABLE_LISTS.filter((spec) => options.files[spec.key] !== undefined);

  const files = new Map<ListKey, IFileImport>();
  for (const spec of specs) files.set(spec.key, await readFile(spec, options.files[spec.key] as string, onProgress));
  const refused = refusePrivateDetails(files);
  if (refused) return refused;

  // Lists to read: those imported into, and those their lookup columns point at.
  const targets = new Set<ListKey>();
  for (const file of files.values()) {
    for (const column of file.mapping.columns) {
      if (column.field.type === 'Lookup' || column.field.type === 'LookupMulti') targets.add(column.field.target);
    }
  }
  const indexes = new Map<ListKey, ReferenceIndex>();
  const existingOf = new Map<ListKey, IExistingItem[]>();
  for (const spec of IMPORTABLE_LISTS) {
    const file = files.get(spec.key);
    const referenced = targets.has(spec.key);
    if (!file && !referenced) continue;
    const list = schema[spec.key];
    const raw = await readWholeListById(sp, list, columnsToRead(spec.key, file, referenced), (done) =>
      onProgress?.({ phase: 'reading list', list: spec.key, done })
    );
    onProgress?.({ phase: 'reading list', list: spec.key, done: raw.length, total: raw.length });
    const index = referenced ? new ReferenceIndex(spec.referencedBy, describeNames(spec.key)) : undefined;
    const existing: IExistingItem[] = [];
    for (const item of raw) {
      const id = item.Id as number;
      const target = { itemId: id, label: `item ${id}` };
      existing.push({ id, eTag: typeof item['odata.etag'] === 'string' ? item['odata.etag'] : '', raw: item, target });
      index?.addExisting(item, target);
    }
    existingOf.set(spec.key, existing);
    if (index) indexes.set(spec.key, index);
  }

  const emails: string[] = [];
  for (const file of files.values()) {
    for (const row of file.rows) for (const value of row.cells.values()) if (value.kind === 'person') emails.push(value.email);
  }
  const userIds = await resolveSiteUsers(sp, emails);

  // Validate and plan in dependency order, so a lookup can name an item another file adds.
  const planned = new Map<ListKey, IPlannedRow[]>();
  const problems: (IRowProblem & { file: string })[] = [];
  for (const file of files.values()) {
    problems.push(...file.mapping.problems.map((problem) => ({ ...problem, rowNumber: 1, file: file.file })));
    const rows = planList({ ...file, existing: existingOf.get(file.spec.key) ?? [], indexes, userIds });
    onProgress?.({ phase: 'validating', list: file.spec.key, done: rows.length, total: rows.length });
    for (const row of rows) problems.push(...row.problems.map((problem) => ({ ...problem, file: file.file })));
    const index = indexes.get(file.spec.key);
    if (index) indexPlannedRows(index, rows);
    planned.set(file.spec.key, rows);
  }

  const headerInvalid = new Set(Array.from(files.values()).filter((file) => file.mapping.problems.length > 0).map((file) => file.spec.key));
  const anyInvalid = headerInvalid.size > 0 || Array.from(planned.values()).some((rows) => rows.some((row) => row.action === 'invalid'));
  const outcomes: IRowOutcome[] = [];
  const warnings = Array.from(files.values()).flatMap((file) => file.warnings.map((warning) => ({ ...warning, file: file.file })));
  const finish = (status: ImportStatus): IImportResult => ({ status, outcomes, problems, warnings, summary: summarise(outcomes) });

  if (options.dryRun || (anyInvalid && !options.skipInvalid)) {
    for (const [key, rows] of planned) {
      const list = schema[key];
      for (const row of rows) {
        if (row.action === 'invalid') outcomes.push(outcomeOf(row, 'invalid', problemsDetail(row)));
        else if (headerInvalid.has(key) && !options.dryRun) outcomes.push(outcomeOf(row, 'not written', 'the file\'s header has problems'));
        else if (!options.dryRun) outcomes.push(outcomeOf(row, 'not written', 'not written: other rows are invalid'));
        else if (row.action === 'unchanged') outcomes.push(outcomeOf(row, 'unchanged', ''));
        else outcomes.push(outcomeOf(row, row.action === 'add' ? 'would add' : 'would update', columnsDetail(list, row)));
      }
    }
    return finish(options.dryRun && !anyInvalid ? 'dry run' : 'invalid');
  }

  let stopped: string | undefined;
  for (const [key, rows] of planned) {
    const list = schema[key];
    const toWrite: { row: IPlannedRow; write: ItemWrite }[] = [];
    for (const row of rows) {
      if (row.action === 'invalid') outcomes.push(outcomeOf(row, 'invalid', problemsDetail(row)));
      else if (headerInvalid.has(key)) outcomes.push(outcomeOf(row, 'not written', 'the file\'s header has problems'));
      else if (row.action === 'unchanged') outcomes.push(outcomeOf(row, 'unchanged', ''));
      else if (stopped) outcomes.push(outcomeOf(row, 'not written', stopped));
      else if (row.existing && row.existing.eTag === '') {
        outcomes.push(outcomeOf(row, 'failed', 'SharePoint sent no ETag with the item, so it cannot be updated without risking someone else\'s edit'));
      } else {
        const payload = payloadOf(list, row);
        if ('blockedBy' in payload) {
          outcomes.push(outcomeOf(row, 'not written', payload.blockedBy));
          continue;
        }
        toWrite.push({
          row,
          write: row.existing
            ? { kind: 'update', id: row.existing.id, eTag: row.existing.eTag, fields: payload.fields }
            : { kind: 'add', fields: payload.fields }
        });
      }
    }
    if (toWrite.length === 0) continue;
    onProgress?.({ phase: 'writing', list: key, done: 0, total: toWrite.length });
    const writer = new ListItemWriter(sp, list.title, {
      batchSize: options.batchSize,
      onProgress: (done) => onProgress?.({ phase: 'writing', list: key, done, total: toWrite.length })
    });
    const run = await writer.write(toWrite.map((entry) => entry.write));
    toWrite.forEach(({ row }, index) => {
      const result = run.outcomes[index];
      if (row.target && result.status === 'added') row.target.itemId = result.id;
      outcomes.push(writeOutcome(list, row, result));
    });
    if (run.stoppedBy) stopped = `not sent: the import stopped when writing to ${list.title} failed (${run.stoppedBy.message})`;
  }
  outcomes.sort((a, b) => IMPORTABLE_LISTS.findIndex((spec) => spec.key === a.list) - IMPORTABLE_LISTS.findIndex((spec) => spec.key === b.list) || a.rowNumber - b.rowNumber);
  return finish(outcomes.every((row) => SUCCESSFUL_OUTCOMES.has(row.outcome)) ? 'complete' : 'incomplete');
}
