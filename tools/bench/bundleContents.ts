/**
 * What is inside each ship bundle, from its source map: the bytes of the minified bundle each source
 * module (and each npm package) produced, largest first.
 *
 *   node --import tsx tools/bench/bundleContents.ts [--top 25] [--bundle officer-directory-web-part]
 *
 * Reads the newest entry bundle of each web part in config/config.json from release/assets (or dist),
 * as bundleSizes.ts does, and its source map (`//# sourceMappingURL=` or `<bundle>.js.map` beside it).
 * The mappings are decoded as the Source Map v3 format specifies (https://tc39.es/ecma426/, "mappings":
 * Base64 VLQ segments, `;` between generated lines, `,` between segments, fields relative to the
 * previous segment): each segment's generated text, up to the next segment, counts for its source.
 * Text no segment maps (webpack's runtime, separators) counts as "(unmapped)".
 */
import * as fs from 'fs';
import * as path from 'path';
import { findShipAssets, readBundleConfig, SHIP_ASSET_FOLDERS, shipBundleSizes } from './bundleSizes';

export interface IRawSourceMap {
  readonly version: number;
  readonly sources: readonly string[];
  readonly mappings: string;
  readonly sourceRoot?: string;
}

export interface IContentShare {
  /** A source path as the map names it (webpack:///./src/… cleaned up), or an npm package name. */
  readonly name: string;
  readonly bytes: number;
}

export const UNMAPPED = '(unmapped)';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map(Array.from(BASE64, (character, value) => [character, value]));

/** One segment's fields: Base64 VLQ, 5 bits a digit with a continuation bit, the sign in the lowest bit. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = BASE64_VALUE.get(character);
    if (digit === undefined) throw new Error(`Not a Base64 VLQ digit: '${character}' in '${segment}'`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value % 2 === 1 ? -Math.floor(value / 2) : value / 2);
    value = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error(`A VLQ value runs past the end of '${segment}'`);
  return values;
}

/**
 * `webpack:///./src/data/x.ts` → `src/data/x.ts`; `webpack://name/./node_modules/...` → `node_modules/...`;
 * SPFx's `webpack:///../lib/webparts/x.js` (its devtoolModuleFilenameTemplate) → `lib/webparts/x.js`.
 */
export function cleanSourceName(source: string): string {
  return source
    .replace(/^webpack:\/\/[^/]*\//, '')
    .replace(/^(?:\.\.?\/)+/, '')
    .replace(/\?[^/]*$/, '');
}

/** The npm package a source belongs to (`@fluentui/react`, `@pnp/sp`), or the source itself outside node_modules. */
export function packageOf(source: string): string {
  const at = source.lastIndexOf('node_modules/');
  if (at === -1) return source;
  const [first, second] = source.slice(at + 'node_modules/'.length).split('/');
  return first.startsWith('@') && second ? `${first}/${second}` : first;
}

/** Bytes of `code` (UTF-8) per source of `map`, largest first; what no segment maps goes to UNMAPPED. */
export function moduleSizes(map: IRawSourceMap, code: string): IContentShare[] {
  if (map.version !== 3) throw new Error(`Source map version ${map.version}: only version 3 is read`);
  const bytes = new Map<string, number>();
  const add = (name: string, count: number): void => {
    if (count > 0) bytes.set(name, (bytes.get(name) ?? 0) + count);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  lines.forEach((line, lineIndex) => {
    // Each line's newline belongs to no module.
    if (lineIndex < lines.length - 1) add(UNMAPPED, 1);
    const segments = (mappingLines[lineIndex] ?? '').split(',').filter((segment) => segment !== '');
    let column = 0;
    const starts: Array<{ readonly column: number; readonly source: number | undefined }> = [];
    for (const segment of segments) {
      const fields = decodeVlq(segment);
      column += fields[0];
      if (fields.length >= 4) sourceIndex += fields[1];
      starts.push({ column, source: fields.length >= 4 ? sourceIndex : undefined });
    }
    // Columns count UTF-16 code units; sizes are in bytes as shipped.
    const byteLength = (from: number, to: number): number => Buffer.byteLength(line.slice(from, to), 'utf8');
    add(UNMAPPED, byteLength(0, starts.length > 0 ? starts[0].column : line.length));
    starts.forEach((start, index) => {
      const end = index + 1 < starts.length ? starts[index + 1].column : line.length;
      const source = start.source === undefined ? undefined : map.sources[start.source];
      add(source === undefined ? UNMAPPED : cleanSourceName(source), byteLength(start.column, end));
    });
  });
  return [...bytes.entries()].map(([name, count]) => ({ name, bytes: count })).sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
}

/** The same bytes summed per npm package (sources outside node_modules stay as they are). */
export function packageSizes(modules: readonly IContentShare[]): IContentShare[] {
  const bytes = new Map<string, number>();
  for (const module of modules) {
    const name = module.name === UNMAPPED ? UNMAPPED : packageOf(module.name);
    bytes.set(name, (bytes.get(name) ?? 0) + module.bytes);
  }
  return [...bytes.entries()].map(([name, count]) => ({ name, bytes: count })).sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
}

/**
 * The map of a bundle: the file its `sourceMappingURL` comment names, else `<bundle>.map` beside it, else in
 * `otherFolders` (SPFx writes the maps of a ship build to dist only, not to release/assets); undefined if none exists.
 */
export function sourceMapFileFor(bundleFile: string, code: string, otherFolders: readonly string[] = []): string | undefined {
  const named = /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/.exec(code)?.[1];
  const candidates = [
    ...(named && !named.startsWith('data:') ? [path.join(path.dirname(bundleFile), named)] : []),
    `${bundleFile}.map`,
    ...otherFolders.map((folder) => path.join(folder, `${path.basename(bundleFile)}.map`))
  ];
  return candidates.find((candidate) => fs.existsSync(candidate));
}

/** Markdown: the top `top` entries with bytes and share, and what the rest add up to. */
export function contentsTable(title: string, shares: readonly IContentShare[], top: number): string[] {
  const total = shares.reduce((sum, share) => sum + share.bytes, 0);
  const shown = shares.slice(0, top);
  const rest = shares.slice(top).reduce((sum, share) => sum + share.bytes, 0);
  const row = (name: string, count: number): string => `| ${name} | ${(count / 1024).toFixed(1)} | ${total === 0 ? '0.0' : ((100 * count) / total).toFixed(1)} % |`;
  return [
    `### ${title} (${(total / 1024).toFixed(1)} KB minified)`,
    '',
    '| module | KB | share |',
    '|---|---|---|',
    ...shown.map((share) => row(share.name, share.bytes)),
    ...(rest > 0 ? [row(`${shares.length - top} more`, rest)] : []),
    ''
  ];
}

function main(): void {
  const option = (name: string): string | undefined => {
    const at = process.argv.indexOf(`--${name}`);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const top = Number(option('top') ?? 25);
  const root = process.cwd();
  const bundles = Object.keys(readBundleConfig(root).bundles).filter((bundle) => option('bundle') === undefined || bundle === option('bundle'));
  const folder = findShipAssets(root, bundles);
  if (!folder) throw new Error(`No ship bundles for ${bundles.join(', ')} in ${SHIP_ASSET_FOLDERS.join(' or ')}: run gulp bundle --ship first.`);
  const otherFolders = SHIP_ASSET_FOLDERS.map((other) => path.join(root, other)).filter((other) => other !== folder);
  const describe = (title: string, file: string, rows: number): string[] => {
    const code = fs.readFileSync(path.join(folder, file), 'utf8');
    const mapFile = sourceMapFileFor(path.join(folder, file), code, otherFolders);
    if (!mapFile) return [`### ${title}: ${file} has no source map (build with BUNDLE_SOURCE_MAPS=1 to see inside it)`, ''];
    const modules = moduleSizes(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as IRawSourceMap, code);
    return [...contentsTable(`${title} by package`, packageSizes(modules), rows), ...contentsTable(`${title} by module`, modules, rows)];
  };
  for (const size of shipBundleSizes(root, bundles)) {
    const entry = size.files[0];
    const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
    console.log(
      [
        `## ${size.bundle}: ${kb(size.gzipBytes)} KB gzip at first paint (${size.files.map((file) => `${file.file} ${kb(file.gzipBytes)}`).join(', ')})`,
        '',
        ...(size.lazyChunks.length > 0 ? [`Loaded later: ${size.lazyChunks.map((chunk) => `${chunk.file} ${kb(chunk.gzipBytes)} KB gzip`).join(', ')}`, ''] : []),
        ...describe(`${size.bundle} (${entry.file})`, entry.file, top),
        ...size.lazyChunks.flatMap((chunk) => describe(`${size.bundle}, loaded later (${chunk.file})`, chunk.file, Math.min(top, 10)))
      ].join('\n')
    );
  }
}

if (require.main === module) main();
