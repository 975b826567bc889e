/**
 * @jest-environment node
 */
/** Streaming CSV rows: numbered as a spreadsheet numbers them, BOM dropped, format problems per row. */
import { readCsvRows, ICsvRow } from '../../../tools/import/readCsvRows';
import { CsvFolder } from './importKit';
import { writeFileSync } from 'fs';

const folder = new CsvFolder();
afterAll(() => folder.remove());

async function read(text: string): Promise<{ headers: readonly string[]; rows: ICsvRow[]; last: number }> {
  const path = folder.file(`f${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, text, 'utf8');
  let headers: readonly string[] = [];
  const rows: ICsvRow[] = [];
  const last = await readCsvRows(path, { onHeader: (found) => (headers = found), onRow: (row) => rows.push(row) });
  return { headers, rows, last };
}

it('numbers rows as a spreadsheet shows them: a quoted line break stays in its row, blank rows count but are skipped', async () => {
  const { headers, rows, last } = await read('\uFEFFName,Skills\r\nAda,"Boats\r\nHarbours"\r\n,\r\nBen,Ropes\r\n');
  expect(headers).toEqual(['Name', 'Skills']);
  expect(rows.map((row) => [row.rowNumber, ...row.cells])).toEqual([
    [2, 'Ada', 'Boats\r\nHarbours'],
    [4, 'Ben', 'Ropes']
  ]);
  expect(last).toBe(4);
});

it('reports a row with more cells than the header, and an unclosed quote', async () => {
  const { rows } = await read('Name,Email\nAda,a@x.example,extra\nBen,"b@x.example\n');
  expect(rows[0].formatProblems).toEqual(['has 3 cells but the header has 2']);
  expect(rows[1].formatProblems.join(' ')).toMatch(/quote/i);
});

it('rejects when the file cannot be read', async () => {
  await expect(readCsvRows(folder.file('missing.csv'), { onHeader: () => undefined, onRow: () => undefined })).rejects.toThrow(/ENOENT/);
});
