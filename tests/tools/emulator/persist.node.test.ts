/**
 * @jest-environment node
 */
/** --persist writes the site file atomically and durably (unique temporary file in the same folder, fsync, rename), once per request. */
import * as fs from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { sampleCouncil, startSampleEmulator, userWithRole } from './emulatorKit';

jest.mock('fs', () => {
  const actual = jest.requireActual<typeof import('fs')>('fs');
  return { ...actual, openSync: jest.fn(actual.openSync), fsyncSync: jest.fn(actual.fsyncSync), renameSync: jest.fn(actual.renameSync) };
});

const data = sampleCouncil(50);
const itemsPath = "/_api/web/lists/getbytitle('Wards')/items";

describe('--persist', () => {
  it('writes once per request, to a unique temporary file in the same folder, synced before it replaces the file', async () => {
    const folder = fs.mkdtempSync(join(tmpdir(), 'emulator-persist-'));
    const persistPath = join(folder, 'site.json');
    const persisted = await startSampleEmulator({ data, persistPath });
    const open = fs.openSync as jest.Mock;
    const fsync = fs.fsyncSync as jest.Mock;
    const rename = fs.renameSync as jest.Mock;
    open.mockClear();
    fsync.mockClear();
    rename.mockClear();
    try {
      const owner = userWithRole(data, 'owner');
      const parts = Array.from({ length: 20 }, (_, index) => index);
      const boundary = 'batch_persist';
      const changeset = 'changeset_persist';
      const body = [
        `--${boundary}`,
        `Content-Type: multipart/mixed; boundary="${changeset}"`,
        '',
        ...parts.flatMap((index) => [
          `--${changeset}`,
          'Content-Type: application/http',
          'Content-Transfer-Encoding: binary',
          '',
          `POST ${persisted.siteUrl}${itemsPath} HTTP/1.1`,
          'Accept: application/json;odata=nometadata',
          'Content-Type: application/json;odata=nometadata',
          '',
          JSON.stringify({ Title: `Persisted ${index}`, WardCode: `E0508${String(index).padStart(4, '0')}` }),
          ''
        ]),
        `--${changeset}--`,
        `--${boundary}--`,
        ''
      ].join('\r\n');
      const context = await fetch(`${persisted.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata', 'X-Emulator-User': String(owner.id) } });
      const digest = ((await context.json()) as { FormDigestValue: string }).FormDigestValue;
      const answer = await fetch(`${persisted.siteUrl}/_api/$batch`, {
        method: 'POST',
        headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}`, 'X-Emulator-User': String(owner.id), 'X-RequestDigest': digest },
        body
      });
      expect(answer.status).toBe(200);
      // One write for the whole batch of 20 adds.
      expect(rename.mock.calls.map((call: unknown[]) => call[1])).toEqual([persistPath]);
      const temporary = String(rename.mock.calls[0][0]);
      expect(dirname(temporary)).toBe(folder);
      expect(temporary).not.toBe(`${persistPath}.tmp`);
      expect(open.mock.calls.map((call: unknown[]) => String(call[0]))).toContain(temporary);
      // Its contents reached the disk before it replaced the file.
      expect(fsync).toHaveBeenCalled();
      expect(Math.min(...fsync.mock.invocationCallOrder)).toBeLessThan(rename.mock.invocationCallOrder[0]);
      const saved = JSON.parse(fs.readFileSync(persistPath, 'utf8')) as { lists: { Wards: Array<{ fields: { Title: string } }> } };
      expect(saved.lists.Wards.filter((ward) => ward.fields.Title.startsWith('Persisted ')).length).toBe(20);
      expect(fs.readdirSync(folder)).toEqual(['site.json']);
    } finally {
      await persisted.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
