/**
 * @jest-environment node
 */
/** The command line: exit codes, messages and the results file, against the emulator. */
import { existsSync, readFileSync } from 'fs';
import Papa from 'papaparse';
import { EXIT_CODES, main } from '../../../tools/import/cli';
import { ACCESS_TOKEN_VARIABLE, credentialsFor } from '../../../tools/import/connectToSite';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';
import type { ISiteData } from '../../../tools/emulator/siteData';
import { IRunningEmulator, startSampleEmulator } from '../emulator/emulatorKit';
import { CsvFolder, editorEmail } from './importKit';

const data: ISiteData = generateSampleCouncil({ seed: 2026, officers: 100 });
let emulator: IRunningEmulator;
const folder = new CsvFolder();

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(async () => {
  await emulator.close();
  folder.remove();
});

async function runCli(args: readonly string[]): Promise<{ code: number; output: string }> {
  const output: string[] = [];
  const code = await main(['--site', emulator.siteUrl, '--as', editorEmail(data), ...args], {}, (text) => output.push(text));
  return { code, output: output.join('') };
}

const services = (rows: readonly (readonly string[])[]): string => folder.write('services.csv', [['Service code', 'Service', 'Directorate', 'Service email'], ...rows]);

it('exits 1 and writes nothing when a row is invalid, naming the row and column', async () => {
  const before = emulator.store.items('Services').length;
  const path = services([['NEW-1', 'Coastal Protection', 'Place', 'coast@council.example'], ['NEW-2', 'Beaches', '', 'beaches.council.example']]);
  const results = folder.file('invalid-results.csv');
  const { code, output } = await runCli(['--services', path, '--results', results]);
  expect(code).toBe(EXIT_CODES.invalid);
  expect(output).toContain("services.csv row 3, column 'Service email': Enter one email address");
  expect(output).toContain("services.csv row 3, column 'Directorate': Directorate is required");
  expect(output).toContain('Nothing was written: fix the invalid rows (or use --skip-invalid) and run again.');
  expect(emulator.store.items('Services')).toHaveLength(before);
  expect(readFileSync(results, 'utf8')).toMatch(/Services,services\.csv,2,NEW-1,not written,,/);
});

it('--skip-invalid writes the valid rows, exits 2 and lists the invalid ones', async () => {
  const path = services([['NEW-1', 'Coastal Protection', 'Place', 'coast@council.example'], ['NEW-2', 'Beaches', '', 'beaches.council.example']]);
  const results = folder.file('skip-results.csv');
  const { code, output } = await runCli(['--services', path, '--results', results, '--skip-invalid']);
  expect(code).toBe(EXIT_CODES.incomplete);
  expect(output).toContain('Services: 1 added, 1 invalid');
  expect(output).toContain('The import did NOT complete');
  expect(emulator.store.items('Services').filter((item) => item.fields.ServiceCode === 'NEW-1')).toHaveLength(1);
  expect(emulator.store.items('Services').filter((item) => item.fields.ServiceCode === 'NEW-2')).toHaveLength(0);
});

it('--dry-run exits 0, says so and writes nothing', async () => {
  const before = emulator.store.items('Services').length;
  const path = services([['NEW-3', 'Harbours', 'Place', '']]);
  const { code, output } = await runCli(['--services', path, '--results', folder.file('dry.csv'), '--dry-run']);
  expect(code).toBe(0);
  expect(output).toContain('Services: 1 would add');
  expect(output).toContain('Dry run: nothing was written.');
  expect(emulator.store.items('Services')).toHaveLength(before);
});

it('warns about cells that start like a formula, refuses an email column naming two recipients, and writes a results file that runs no formula', async () => {
  const path = services([
    ['=1+2', 'Coastal Protection', 'Place', ''],
    ['NEW-5', '@SUM(A1)', 'Place', 'coast@council.example;AllStaff']
  ]);
  const results = folder.file('formula-results.csv');
  const { code, output } = await runCli(['--services', path, '--results', results, '--dry-run']);
  expect(code).toBe(EXIT_CODES.invalid);
  expect(output).toContain("Warning: services.csv row 2, column 'Service code': starts with \"=\"");
  expect(output).toContain("Warning: services.csv row 3, column 'Service': starts with \"@\"");
  expect(output).toContain("services.csv row 3, column 'Service email': Enter one email address");
  const written = readFileSync(results, 'utf8');
  expect(written).toContain(`Services,services.csv,2,"'=1+2",would add,`);
  const cells = Papa.parse<string[]>(written, { skipEmptyLines: true }).data.flat();
  expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
});

it('refuses to start without a site or a file, and a remote site without an access token', async () => {
  const output: string[] = [];
  expect(await main(['--officers', 'x.csv'], {}, (text) => output.push(text))).toBe(EXIT_CODES.error);
  expect(output.join('')).toMatch(/^Usage: npm run import -- --site <site url>/);
  expect(existsSync('x.csv')).toBe(false);
  const badBatch: string[] = [];
  expect(await main(['--site', emulator.siteUrl, '--officers', 'x.csv', '--batch-size', '500'], {}, (text) => badBatch.push(text))).toBe(EXIT_CODES.error);
  expect(badBatch.join('')).toMatch(/^--batch-size must be a whole number from 1 to 100/);
  expect(() => credentialsFor('https://contoso.sharepoint.com/sites/hub', {})).toThrow(/needs an access token: set SHAREPOINT_ACCESS_TOKEN/);
  expect(credentialsFor('https://contoso.sharepoint.com/sites/hub', { [ACCESS_TOKEN_VARIABLE]: ' eyJ0 ' })).toEqual({ kind: 'accessToken', token: 'eyJ0' });
  expect(credentialsFor(emulator.siteUrl, {}, 'someone@council.example')).toEqual({ kind: 'emulator', user: 'someone@council.example' });
});
