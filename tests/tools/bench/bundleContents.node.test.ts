import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  cleanSourceName,
  contentsTable,
  decodeVlq,
  moduleSizes,
  packageOf,
  packageSizes,
  sourceMapFileFor,
  UNMAPPED
} from '../../../tools/bench/bundleContents';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 VLQ as the Source Map v3 format writes it: the test's own encoder, to build fixtures. */
function encodeVlq(values: readonly number[]): string {
  return values
    .map((signed) => {
      let value = signed < 0 ? (-signed << 1) | 1 : signed << 1;
      let out = '';
      do {
        let digit = value & 31;
        value >>>= 5;
        if (value > 0) digit |= 32;
        out += BASE64[digit];
      } while (value > 0);
      return out;
    })
    .join('');
}

describe('decodeVlq', () => {
  test.each([
    ['A', [0]],
    ['C', [1]],
    ['D', [-1]],
    ['AAAA', [0, 0, 0, 0]],
    ['gB', [16]],
    ['2HwcrxB', [123, 456, -789]],
    ['AAgBC', [0, 0, 16, 1]]
  ])('%s → %j', (segment, expected) => {
    expect(decodeVlq(segment)).toEqual(expected);
  });

  it('reads back whatever the encoder writes', () => {
    const values = [0, 1, -1, 15, 16, -16, 31, 32, 1000, -1000, 123456, -98765];
    expect(decodeVlq(encodeVlq(values))).toEqual(values);
  });

  it('refuses what is not VLQ', () => {
    expect(() => decodeVlq('A!')).toThrow(/Base64/);
    expect(() => decodeVlq('g')).toThrow(/past the end/);
  });
});

describe('moduleSizes', () => {
  // Line 1: `var a=1;` from src/a.ts, `var b="£";` from @pnp/sp (the pound sign is two bytes in UTF-8).
  // Line 2: `run();` mapped to nothing (a one-field segment), as webpack's runtime often is.
  const code = 'var a=1;var b="£";\nrun();';
  const map = {
    version: 3,
    sources: ['webpack:///./src/a.ts', 'webpack:///./node_modules/@pnp/sp/b.js'],
    mappings: [[encodeVlq([0, 0, 0, 0]), encodeVlq([8, 1, 0, 0])].join(','), encodeVlq([0])].join(';')
  };

  it('gives each source the bytes of its generated text, and the rest to (unmapped)', () => {
    expect(moduleSizes(map, code)).toEqual([
      { name: 'node_modules/@pnp/sp/b.js', bytes: 11 },
      { name: 'src/a.ts', bytes: 8 },
      { name: UNMAPPED, bytes: 7 }
    ]);
    expect(moduleSizes(map, code).reduce((sum, share) => sum + share.bytes, 0)).toBe(Buffer.byteLength(code, 'utf8'));
  });

  it('keeps the source index from line to line, as the format does', () => {
    const twoLines = 'x();\ny();';
    const relative = { ...map, mappings: [encodeVlq([0, 1, 0, 0]), encodeVlq([0, 0, 1, 0])].join(';') };
    expect(moduleSizes(relative, twoLines)).toEqual([
      { name: 'node_modules/@pnp/sp/b.js', bytes: 8 },
      { name: UNMAPPED, bytes: 1 }
    ]);
  });

  it('sums per npm package', () => {
    expect(
      packageSizes([
        { name: 'node_modules/@fluentui/react/lib/Button.js', bytes: 10 },
        { name: 'node_modules/@fluentui/react/lib/Panel.js', bytes: 5 },
        { name: 'node_modules/tslib/tslib.es6.js', bytes: 2 },
        { name: 'src/a.ts', bytes: 7 },
        { name: UNMAPPED, bytes: 1 }
      ])
    ).toEqual([
      { name: '@fluentui/react', bytes: 15 },
      { name: 'src/a.ts', bytes: 7 },
      { name: 'tslib', bytes: 2 },
      { name: UNMAPPED, bytes: 1 }
    ]);
  });

  it('refuses a map of another version', () => {
    expect(() => moduleSizes({ ...map, version: 2 }, code)).toThrow(/version 2/);
  });
});

describe('names and files', () => {
  test.each([
    ['webpack:///./src/data/x.ts', 'src/data/x.ts'],
    ['webpack://member-profiles/./node_modules/@pnp/sp/fi.js', 'node_modules/@pnp/sp/fi.js'],
    ['webpack:///./src/a.module.scss?3f2a', 'src/a.module.scss'],
    // SPFx's devtoolModuleFilenameTemplate is webpack:///../[resource-path]
    ['webpack:///../lib/webparts/officerDirectory/OfficerDirectoryWebPart.js', 'lib/webparts/officerDirectory/OfficerDirectoryWebPart.js'],
    ['webpack:///../node_modules/@fluentui/react/lib/components/Panel/Panel.base.js', 'node_modules/@fluentui/react/lib/components/Panel/Panel.base.js']
  ])('%s → %s', (source, clean) => {
    expect(cleanSourceName(source)).toBe(clean);
  });

  test.each([
    ['node_modules/@fluentui/react/lib/index.js', '@fluentui/react'],
    ['node_modules/a/node_modules/tslib/tslib.js', 'tslib'],
    ['src/model/x.ts', 'src/model/x.ts']
  ])('%s is in %s', (source, name) => {
    expect(packageOf(source)).toBe(name);
  });

  it('finds the map the bundle names, else <bundle>.map, else none', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-contents-'));
    const bundle = path.join(folder, 'officer-directory-web-part_abc.js');
    fs.writeFileSync(path.join(folder, 'named.map'), '{}');
    expect(sourceMapFileFor(bundle, 'x();\n//# sourceMappingURL=named.map')).toBe(path.join(folder, 'named.map'));
    expect(sourceMapFileFor(bundle, 'x();')).toBeUndefined();
    fs.writeFileSync(`${bundle}.map`, '{}');
    expect(sourceMapFileFor(bundle, 'x();')).toBe(`${bundle}.map`);
    fs.rmSync(folder, { recursive: true });
  });

  it('finds the map in another ship folder, as SPFx writes a ship build\'s maps to dist and not to release/assets', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-contents-'));
    const [assets, dist] = [path.join(root, 'release', 'assets'), path.join(root, 'dist')];
    fs.mkdirSync(assets, { recursive: true });
    fs.mkdirSync(dist);
    const bundle = path.join(assets, 'member-profiles-web-part_abc.js');
    expect(sourceMapFileFor(bundle, 'x();', [dist])).toBeUndefined();
    fs.writeFileSync(path.join(dist, 'member-profiles-web-part_abc.js.map'), '{}');
    expect(sourceMapFileFor(bundle, 'x();', [dist])).toBe(path.join(dist, 'member-profiles-web-part_abc.js.map'));
    fs.rmSync(root, { recursive: true });
  });

  it('tables the largest first and sums the rest', () => {
    const lines = contentsTable('x', [{ name: 'a', bytes: 3072 }, { name: 'b', bytes: 1024 }], 1);
    expect(lines).toContain('| a | 3.0 | 75.0 % |');
    expect(lines).toContain('| 1 more | 1.0 | 25.0 % |');
  });
});
