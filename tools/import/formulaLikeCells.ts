/**
 * Cells of an import file that a spreadsheet would take for a formula. They are imported as text
 * (the lists hold text, and the product's own CSV files neutralise them), but each is reported as
 * a warning, since a value like =HYPERLINK(…) in a name is rarely meant and may be an attack on
 * whoever later opens an export of the list.
 */
import { FORMULA_START } from './csvText';
import type { IColumnMapping } from './columnMapping';
import type { IRowProblem } from './importPlan';
import type { ICsvRow } from './readCsvRows';

/** Numbers and phone numbers (+44 20 7946 0000, -12) start with + or - but compute nothing worth warning about. */
const NUMBER_LIKE = /^[+-][\d\s().-]*$/;

export function startsLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) && !NUMBER_LIKE.test(value);
}

function describeStart(value: string): string {
  if (value.startsWith('\t')) return 'a tab';
  if (value.startsWith('\r')) return 'a carriage return';
  return `"${value.charAt(0)}"`;
}

/** One warning per mapped cell of the row that starts like a formula. */
export function formulaLikeCellWarnings(mapping: IColumnMapping, row: ICsvRow): IRowProblem[] {
  return mapping.columns
    .filter((column) => startsLikeFormula(row.cells[column.index] ?? ''))
    .map((column) => ({
      rowNumber: row.rowNumber,
      column: column.header,
      message: `starts with ${describeStart(row.cells[column.index] ?? '')}, so a spreadsheet opening it would run it as a formula. It is imported as text: check that it is what you meant.`
    }));
}
