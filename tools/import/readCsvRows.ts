/**
 * Streams a CSV file through papaparse, one row at a time, so a 20,000-row file is never held as
 * text. Rows are numbered as a spreadsheet shows them: the header is row 1, and a cell with line
 * breaks inside quotes does not start a new row.
 */
import { createReadStream } from 'fs';
import Papa from 'papaparse';

export interface ICsvRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
  /** papaparse's complaints about this row (e.g. an unclosed quote, too many cells). */
  readonly formatProblems: readonly string[];
}

export interface ICsvHandlers {
  onHeader(headers: readonly string[]): void;
  /** Rows after the header; rows whose cells are all blank are skipped but still counted. */
  onRow(row: ICsvRow): void;
}

const BYTE_ORDER_MARK = /^\uFEFF/;

/** Resolves with the number of the last row read. Rejects if the file cannot be read. */
export function readCsvRows(path: string, handlers: ICsvHandlers): Promise<number> {
  return new Promise((resolve, reject) => {
    let rowNumber = 0;
    let headerCount = 0;
    let failed = false;
    const stream = createReadStream(path, { encoding: 'utf8' });
    stream.on('error', (error) => {
      failed = true;
      reject(error);
    });
    Papa.parse<string[]>(stream, {
      header: false,
      skipEmptyLines: false,
      step: (result) => {
        rowNumber += 1;
        const cells = result.data;
        if (rowNumber === 1) {
          const headers = cells.map((cell, index) => (index === 0 ? cell.replace(BYTE_ORDER_MARK, '') : cell));
          headerCount = headers.length;
          handlers.onHeader(headers);
          return;
        }
        if (cells.every((cell) => cell.trim() === '')) return;
        const formatProblems = result.errors.map((error) => error.message);
        if (cells.length > headerCount) formatProblems.push(`has ${cells.length} cells but the header has ${headerCount}`);
        handlers.onRow({ rowNumber, cells, formatProblems });
      },
      complete: () => {
        if (!failed) resolve(rowNumber);
      },
      error: (error) => {
        failed = true;
        reject(error);
      }
    });
  });
}
