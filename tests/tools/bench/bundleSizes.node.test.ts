import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { shipBundleSizes, stringsModulesOf } from '../../../tools/bench/bundleSizes';

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bundles-'));
  fs.mkdirSync(path.join(root, 'config'));
  fs.writeFileSync(
    path.join(root, 'config', 'config.json'),
    JSON.stringify({
      bundles: { 'officer-directory-web-part': { components: [{ entrypoint: './lib/webparts/officerDirectory/OfficerDirectoryWebPart.js' }] } },
      localizedResources: {
        OfficerDirectoryWebPartStrings: 'lib/webparts/officerDirectory/loc/{locale}.js',
        CommonStrings: 'lib/webparts/shared/loc/{locale}.js'
      }
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
    const entry = `${'var officers=[];'.repeat(500)}var chunks={12:"dddd4444dddd4444dddd"};`;
    write(assets, 'officer-directory-web-part_aaaa1111.js', 'old build', 600);
    write(assets, 'officer-directory-web-part_bbbb2222.js', entry);
    write(assets, 'OfficerDirectoryWebPartStrings_en-us_cccc3333.js', 'define({SearchLabel:"Search officers"})');
    write(assets, 'chunk.officer-directory-property-pane_dddd4444dddd4444dddd.js', 'pane');

    const [size] = shipBundleSizes(root);
    expect(size.bundle).toBe('officer-directory-web-part');
    expect(size.files.map((file) => file.file)).toEqual(['officer-directory-web-part_bbbb2222.js', 'OfficerDirectoryWebPartStrings_en-us_cccc3333.js']);
    const strings = 'define({SearchLabel:"Search officers"})';
    expect(size.minifiedBytes).toBe(entry.length + strings.length);
    expect(size.gzipBytes).toBe(gzipSync(entry, { level: 9 }).byteLength + gzipSync(strings, { level: 9 }).byteLength);
    expect(size.gzipBytes).toBeLessThan(size.minifiedBytes);
    expect(size.lazyChunks.map((chunk) => chunk.file)).toEqual(['chunk.officer-directory-property-pane_dddd4444dddd4444dddd.js']);
  });

  it('adds the en-us strings of every strings module the entry names in its define(), CommonStrings too; lazy chunks are those whose hash the entry holds', () => {
    const root = project();
    const assets = path.join(root, 'release', 'assets');
    const entry =
      'define("8d5c0e35_1.0.0",["@microsoft/sp-core-library","OfficerDirectoryWebPartStrings","CommonStrings","react"],function(a,b,c,d){' +
      'var u=e=>"chunk."+({436:"officer-directory-profile"}[e]||e)+"_"+{436:"1111bbbb1111bbbb1111",418:"3333dddd3333dddd3333"}[e]+".js"});';
    write(assets, 'officer-directory-web-part_bbbb2222.js', entry);
    write(assets, 'OfficerDirectoryWebPartStrings_en-us_cccc3333.js', 'define({A:"a"})');
    write(assets, 'OfficerDirectoryWebPartStrings_cy-gb_cccc4444.js', 'define({A:"b"})');
    write(assets, 'CommonStrings_en-us_eeee5555.js', 'define({RetryButton:"Try again"})');
    write(assets, 'chunk.officer-directory-profile_0000aaaa0000aaaa0000.js', 'old profile', 600);
    write(assets, 'chunk.officer-directory-profile_1111bbbb1111bbbb1111.js', 'profile');
    write(assets, 'chunk.418_3333dddd3333dddd3333.js', 'shared with another lazy part');
    write(assets, 'chunk.member-profiles-profile_2222cccc2222cccc2222.js', 'not this web part');

    const [size] = shipBundleSizes(root);
    expect(size.files.map((file) => file.file)).toEqual([
      'officer-directory-web-part_bbbb2222.js',
      'OfficerDirectoryWebPartStrings_en-us_cccc3333.js',
      'CommonStrings_en-us_eeee5555.js'
    ]);
    expect(size.lazyChunks.map((chunk) => chunk.file)).toEqual(['chunk.418_3333dddd3333dddd3333.js', 'chunk.officer-directory-profile_1111bbbb1111bbbb1111.js']);
  });

  it('reads the strings modules from the define() dependencies only', () => {
    const modules = ['MemberProfilesWebPartStrings', 'CommonStrings', 'OfficerDirectoryWebPartStrings'];
    expect(stringsModulesOf('define("id",["CommonStrings","MemberProfilesWebPartStrings"],function(){var s="OfficerDirectoryWebPartStrings"})', modules)).toEqual([
      'MemberProfilesWebPartStrings',
      'CommonStrings'
    ]);
    expect(stringsModulesOf('define(["CommonStrings"],function(){})', modules)).toEqual(['CommonStrings']);
    expect(stringsModulesOf('var x=1;', modules)).toEqual([]);
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
