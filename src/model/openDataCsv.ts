import type { IMemberDirectory } from './Member';
import { OPEN_DATA_CSV_FIELDS, openDataCsvRows } from './openData';

/** A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): a cell a spreadsheet would run as a formula gets a leading quote, so it
 * shows as text; a cell holding a comma, quote or line break is quoted, quotes doubled.
 */
function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows of cells as CSV text, CRLF line ends, no line break after the last row: the web parts' one
 * CSV writer (papaparse is a devDependency, so it is not in their bundles), used by the open data
 * and the enquiries report (src/model/enquiries/enquiryReportCsv.ts).
 */
export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n');
}

/**
 * The members' open data as CSV, header first, CRLF line ends: the one writer for the command
 * line export (tools/export) and the member profiles' download button.
 */
export function openDataCsv(directory: IMemberDirectory): string {
  const rows = openDataCsvRows(directory).map((row) => OPEN_DATA_CSV_FIELDS.map((field) => row[field]));
  return csvRows([[...OPEN_DATA_CSV_FIELDS], ...rows]);
}
