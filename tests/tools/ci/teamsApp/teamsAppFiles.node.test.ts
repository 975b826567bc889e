import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { PNG } from 'pngjs';
import { readPackageSolution, readWebPartManifests } from '../../../../tools/ci/projectFiles';
import { expectedTeamsAppFiles, staleTeamsAppFiles, teamsDir } from '../../../../tools/ci/teamsApp/teamsAppFiles';

describe('staleTeamsAppFiles', () => {
  const expected = expectedTeamsAppFiles(readWebPartManifests(), readPackageSolution());
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'teams-app-'));
    for (const name of ['manifest.json', 'color.png', 'outline.png', 'cy-GB.json']) copyFileSync(join(teamsDir, name), join(dir, name));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds nothing stale in a copy of teams/', () => {
    expect(staleTeamsAppFiles(expected, dir)).toEqual([]);
  });

  it('reports an edited manifest and a missing icon', () => {
    const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
    const edited = manifest.replace(/"version": "[^"]+"/, '"version": "9.9.9"');
    expect(edited).not.toBe(manifest);
    writeFileSync(join(dir, 'manifest.json'), edited);
    rmSync(join(dir, 'outline.png'));
    expect(staleTeamsAppFiles(expected, dir)).toEqual(['manifest.json', 'outline.png']);
  });

  it('compares icons by pixels: re-encoded is current, one changed pixel is stale', () => {
    const original = readFileSync(join(dir, 'color.png'));
    const colour = PNG.sync.read(original);
    const reencoded = PNG.sync.write(colour, { filterType: 0 });
    expect(reencoded.equals(original)).toBe(false);
    writeFileSync(join(dir, 'color.png'), reencoded);
    expect(staleTeamsAppFiles(expected, dir)).toEqual([]);
    colour.data[0] = colour.data[0] ^ 1;
    writeFileSync(join(dir, 'color.png'), PNG.sync.write(colour));
    expect(staleTeamsAppFiles(expected, dir)).toEqual(['color.png']);
  });
});
