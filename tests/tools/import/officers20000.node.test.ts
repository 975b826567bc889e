/**
 * @jest-environment node
 */
/**
 * Scale: a 20,000-row officers file through the command line against the emulator (600 officers
 * already there, so the list passes the 5,000-item threshold as it grows): progress on stderr,
 * throttled; a summary; a results file with every row; then the same file again, all unchanged
 * and not one write. Times are printed so the cost is visible.
 */
import { readFileSync } from 'fs';
import { main } from '../../../tools/import/cli';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';
import { calendarDateOfStored } from '../../../src/schema/dateOnlyColumns';
import type { ISiteData } from '../../../tools/emulator/siteData';
import { IRunningEmulator, startSampleEmulator } from '../emulator/emulatorKit';
import { CsvFolder, editorEmail } from './importKit';

jest.setTimeout(180_000);

const ROWS = 20_000;
const data: ISiteData = generateSampleCouncil({ seed: 2026, officers: 600 });
let emulator: IRunningEmulator;
const folder = new CsvFolder();

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(async () => {
  await emulator.close();
  folder.remove();
});

function ukDate(stored: unknown): string {
  const date = calendarDateOfStored(stored);
  return date === undefined ? '' : `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** Existing officers as they are (every tenth with a new job title), then new officers up to 20,000 rows. */
function officersFile(): { path: string; existing: number; changed: number } {
  const codeOf = new Map(data.lists.Services.map((service) => [service.Id, String(service.fields.ServiceCode)]));
  const header = ['Name', 'Email', 'Job title', 'Service', 'Team', 'Phone', 'Office location', 'Councillor Liaison Officer', 'Last reviewed'];
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const existing = data.lists.Officers.filter((item) => typeof item.fields.Email === 'string');
  let changed = 0;
  const rows = existing.map((item, index) => {
    const f = item.fields;
    const jobTitle = index % 10 === 0 ? `${text(f.JobTitle)} (acting)` : text(f.JobTitle);
    if (index % 10 === 0) changed += 1;
    return [text(f.Title), text(f.Email), jobTitle, typeof f.Service === 'number' ? codeOf.get(f.Service) ?? '' : '', text(f.Team), text(f.Phone), text(f.Location), f.IsLiaisonOfficer ? 'Yes' : 'No', ukDate(f.LastReviewed)];
  });
  const codes = Array.from(codeOf.values());
  for (let index = rows.length; index < ROWS; index++) {
    rows.push([`New Officer ${index}`, `new.officer.${index}@council.example`, 'Officer', codes[index % codes.length], '', '01632 960000', 'County Hall', index % 50 === 0 ? 'Yes' : 'No', '02/11/2026']);
  }
  return { path: folder.write('officers-20000.csv', [header, ...rows]), existing: existing.length, changed };
}

it('imports 20,000 officers with throttled progress and a summary, then finds all of them unchanged', async () => {
  const file = officersFile();
  const added = ROWS - file.existing;
  const argv = (results: string): string[] => ['--site', emulator.siteUrl, '--officers', file.path, '--results', results, '--as', editorEmail(data)];

  const stderr: string[] = [];
  const started = Date.now();
  const exitCode = await main(argv(folder.file('results-1.csv')), {}, (text) => stderr.push(text));
  const firstRunMs = Date.now() - started;
  const output = stderr.join('');

  expect(exitCode).toBe(0);
  expect(output).toContain('Officers: 20,000 rows read from the file');
  expect(output).toContain('Officers: 600 items read from SharePoint');
  expect(output).toContain(`Officers: ${(added + file.changed).toLocaleString('en-GB')} of ${(added + file.changed).toLocaleString('en-GB')} writes done`);
  expect(output).toContain(`Officers: ${added.toLocaleString('en-GB')} added, ${file.changed} updated, ${file.existing - file.changed} unchanged\nImport complete.`);
  // Throttled: a line per phase and at most about one a second, never one per row or batch.
  const progressLines = output.split('\n').filter((line) => /^Officers: [\d,]+ (rows|items|of|writes)/.test(line));
  expect(progressLines.length).toBeLessThan(10 + firstRunMs / 1000 * 5);
  expect(emulator.store.items('Officers')).toHaveLength(600 + added);
  const results = readFileSync(folder.file('results-1.csv'), 'utf8').trim().split(/\r\n/);
  expect(results).toHaveLength(ROWS + 1);

  const batches = emulator.stats().batchRequests;
  const again: string[] = [];
  const secondStarted = Date.now();
  expect(await main(argv(folder.file('results-2.csv')), {}, (text) => again.push(text))).toBe(0);
  const secondRunMs = Date.now() - secondStarted;
  expect(again.join('')).toContain('Officers: 20,000 unchanged\nImport complete.');
  expect(emulator.stats().batchRequests).toBe(batches);

  console.log(
    `20,000-row officers file: first run ${firstRunMs} ms (${added} added, ${file.changed} updated in ${Math.ceil((added + file.changed) / 100)} $batch requests), ` +
      `re-run ${secondRunMs} ms (all unchanged, no writes). Progress lines: ${progressLines.length}.\n${output}`
  );
});
