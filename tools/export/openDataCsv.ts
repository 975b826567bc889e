import Papa from 'papaparse';
import type { IMemberDirectory } from '../../src/model/Member';
import { OPEN_DATA_CSV_FIELDS, openDataCsvRows } from '../../src/model/openData';

/**
 * The members' open data as CSV. escapeFormulae prefixes a cell starting with =, +, -, @, tab or
 * carriage return with a quote, so a spreadsheet shows a hostile name as text and never runs it.
 */
export function openDataCsv(directory: IMemberDirectory): string {
  return Papa.unparse(
    { fields: [...OPEN_DATA_CSV_FIELDS], data: openDataCsvRows(directory).map((row) => OPEN_DATA_CSV_FIELDS.map((field) => row[field])) },
    { escapeFormulae: true, newline: '\r\n' }
  );
}
