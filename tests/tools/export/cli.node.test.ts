/**
 * @jest-environment node
 */
/** npm run export against the emulator, signed in as a reader (anyone who can see the view). */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Papa from 'papaparse';
import { main } from '../../../tools/export/cli';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from '../emulator/emulatorKit';

const data = sampleCouncil(20);
const reader = userWithRole(data, 'reader');
let emulator: IRunningEmulator;
const folder = mkdtempSync(join(tmpdir(), 'export-'));

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(async () => {
  await emulator.close();
  rmSync(folder, { recursive: true, force: true });
});

async function runCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--site', emulator.siteUrl, '--as', reader.email, ...args], {}, (text) => out.push(text), (text) => err.push(text));
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('npm run export', () => {
  it('writes Popolo JSON with every current member, their wards and committees', async () => {
    const { code, stdout } = await runCli(['--format', 'popolo']);
    expect(code).toBe(0);
    const popolo = JSON.parse(stdout) as { persons: unknown[]; areas: { identifier?: string }[]; organizations: { classification: string }[] };
    expect(popolo.persons.length).toBeGreaterThan(0);
    expect(popolo.areas.some((area) => /^[ESWN]\d{8}$/.test(area.identifier ?? ''))).toBe(true);
    expect(popolo.organizations.some((organization) => organization.classification === 'committee')).toBe(true);
  });

  it('writes formula-safe CSV to a file with the Democracy Club header', async () => {
    const out = join(folder, 'members.csv');
    const { code, stderr } = await runCli(['--format', 'csv', '--out', out]);
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const rows = Papa.parse<string[]>(readFileSync(out, 'utf8').trim()).data;
    expect(rows[0].slice(0, 2)).toEqual(['person_id', 'person_name']);
    expect(stderr).toContain(`${rows.length - 1} current members written`);
  });

  it('refuses an unknown format with the usage', async () => {
    const { code, stderr } = await runCli(['--format', 'xml']);
    expect(code).toBe(1);
    expect(stderr).toContain('Usage: npm run export');
  });
});
