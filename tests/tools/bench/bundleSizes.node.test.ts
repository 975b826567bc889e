import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { shipBundleSizes } from '../../../tools/bench/bundleSizes';

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bundles-'));
  fs.mkdirSync(path.join(root, 'config'));
  fs.writeFileSync(
    path.join(root, 'config', 'config.json'),
    JSON.stringify({
      bundles: { 'officer-directory-web-part': { components: [{ entrypoint: './lib/webparts/officerDirectory/OfficerDirectoryWebPart.js' }] } },
      localizedResources: { OfficerDirectoryWebPartStrings: 'lib/webparts/officerDirectory/loc/{locale}.js' }
    })
  );
  return root;
}

function write(folder: string, name: string, contents: string, ageSeconds = 0): void {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  fs.writeFileSync(file, contents);
  const time = new Date(Date.now() - ageSeconds * 1000);
  fs.utimesSync(file, time, time);
}

describe('shipBundleSizes', () => {
  it('measures the newest entry bundle and its strings from release/assets, minified and gzip -9, lazy chunks apart', () => {
    const root = project();
    const assets = path.join(root, 'release', 'assets');
    const entry = 'var officers=[];'.repeat(500);
    write(assets, 'officer-directory-web-part_aaaa1111.js', 'old build', 600);
    write(assets, 'officer-directory-web-part_bbbb2222.js', entry);
    write(assets, 'OfficerDirectoryWebPartStrings_en-us_cccc3333.js', 'define({SearchLabel:"Search officers"})');
    write(assets, 'chunk.officer-directory-property-pane_dddd4444.js', 'pane');

    const [size] = shipBundleSizes(root);
    expect(size.bundle).toBe('officer-directory-web-part');
    expect(size.files.map((file) => file.file)).toEqual(['officer-directory-web-part_bbbb2222.js', 'OfficerDirectoryWebPartStrings_en-us_cccc3333.js']);
    const strings = 'define({SearchLabel:"Search officers"})';
    expect(size.minifiedBytes).toBe(entry.length + strings.length);
    expect(size.gzipBytes).toBe(gzipSync(entry, { level: 9 }).byteLength + gzipSync(strings, { level: 9 }).byteLength);
    expect(size.gzipBytes).toBeLessThan(size.minifiedBytes);
    expect(size.lazyChunks.map((chunk) => chunk.file)).toEqual(['chunk.officer-directory-property-pane_dddd4444.js']);
  });

  it('measures only the bundles asked for, so a web part that is not measured needs no ship bundle', () => {
    const root = project();
    const config = JSON.parse(fs.readFileSync(path.join(root, 'config', 'config.json'), 'utf8')) as { bundles: Record<string, unknown> };
    config.bundles['directory-health-web-part'] = { components: [{ entrypoint: './lib/webparts/directoryHealth/DirectoryHealthWebPart.js' }] };
    fs.writeFileSync(path.join(root, 'config', 'config.json'), JSON.stringify(config));
    write(path.join(root, 'release', 'assets'), 'officer-directory-web-part_bbbb2222.js', 'var officers=[];');

    expect(shipBundleSizes(root, ['officer-directory-web-part']).map((size) => size.bundle)).toEqual(['officer-directory-web-part']);
    expect(() => shipBundleSizes(root)).toThrow(/No ship bundles for officer-directory-web-part, directory-health-web-part/);
  });

  it('says to build when no folder has the ship bundles', () => {
    expect(() => shipBundleSizes(project())).toThrow(/No ship bundles for officer-directory-web-part .*run without --skip-build/);
  });
});
