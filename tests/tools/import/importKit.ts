/** Shared set-up for the importer's tests: CSV files in a temporary folder, and a connection to the emulator as an editor. */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Papa from 'papaparse';
import { connectToSite } from '../../../tools/import/connectToSite';
import type { SPFI } from '../../../src/data/pnp';
import type { ISiteData } from '../../../tools/emulator/siteData';
import { IRunningEmulator, userWithRole } from '../emulator/emulatorKit';

export class CsvFolder {
  public readonly path = mkdtempSync(join(tmpdir(), 'import-test-'));

  /** Writes rows (the header first) as a CSV file and returns its path. */
  public write(name: string, rows: readonly (readonly string[])[]): string {
    const file = join(this.path, name);
    writeFileSync(file, Papa.unparse(rows.map((row) => [...row])), 'utf8');
    return file;
  }

  public file(name: string): string {
    return join(this.path, name);
  }

  public remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

export function editorEmail(data: ISiteData): string {
  return userWithRole(data, 'editor').email;
}

/** The importer's own connection, signed in as an editor, with retries that do not wait long. */
export function editorSp(emulator: IRunningEmulator, data: ISiteData): SPFI {
  return connectToSite(emulator.siteUrl, { kind: 'emulator', user: editorEmail(data) }, { maxAttempts: 3, baseDelayMs: 1 });
}
