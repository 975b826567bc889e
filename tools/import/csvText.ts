/**
 * The one way the product writes CSV. A cell that starts like a formula (=, +, -, @, tab or
 * carriage return) is written with a leading apostrophe, so a spreadsheet opening the file shows
 * it as text instead of running it (CSV injection: =HYPERLINK(…) or a DDE command in a name).
 */
import Papa from 'papaparse';

/**
 * What a spreadsheet may read as the start of a formula. Given to papaparse as its escapeFormulae
 * pattern: its own default (/^[=+\-@\t\r].*$/) misses a cell whose formula is followed by a new line.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Rows (each a list of cells) as CSV text, CRLF between rows, no line break after the last. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    rows.map((row) => [...row]),
    { escapeFormulae: FORMULA_START, newline: '\r\n' }
  );
}
