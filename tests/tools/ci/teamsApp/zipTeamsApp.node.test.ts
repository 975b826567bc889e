import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { join } from 'path';
import { teamsDir } from '../../../../tools/ci/teamsApp/teamsAppFiles';
import { createTeamsAppPackage } from '../../../../tools/ci/teamsApp/zipTeamsApp';

describe('createTeamsAppPackage', () => {
  it('puts the manifest, both icons and the cy-GB localisation at the root of the zip, unchanged', async () => {
    const zip = await JSZip.loadAsync(await createTeamsAppPackage(teamsDir));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'cy-GB.json', 'manifest.json', 'outline.png']);
    for (const name of names) {
      const inZip = await zip.file(name)!.async('nodebuffer');
      expect(inZip.equals(readFileSync(join(teamsDir, name)))).toBe(true);
    }
  });

  it('is byte-for-byte the same for the same files', async () => {
    const [first, second] = await Promise.all([createTeamsAppPackage(teamsDir), createTeamsAppPackage(teamsDir)]);
    expect(first.equals(second)).toBe(true);
  });

  it('fails when a file is missing', async () => {
    await expect(createTeamsAppPackage(join(teamsDir, 'no-such-folder'))).rejects.toThrow('ENOENT');
  });
});
