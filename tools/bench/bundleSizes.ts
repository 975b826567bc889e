/**
 * Sizes of the SPFx ship bundles (`gulp bundle --ship` writes them to release/assets, and the same
 * files to dist): per web part, the entry bundle and the en-us strings of every strings module it
 * names (its own and CommonStrings), minified as shipped and gzipped at level 9. Lazy chunks (the
 * property pane, a profile panel, a tab) load only when needed, so they are listed apart.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { IFigure, kilobytes } from './figures';

export const SHIP_ASSET_FOLDERS: readonly string[] = [path.join('release', 'assets'), 'dist'];

interface IBundleConfig {
  readonly bundles: Readonly<Record<string, { readonly components: readonly { readonly entrypoint: string }[] }>>;
  readonly localizedResources?: Readonly<Record<string, string>>;
}

export interface IShipFile {
  readonly file: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
}

export interface IBundleSize {
  /** config/config.json's bundle name, e.g. `officer-directory-web-part`. */
  readonly bundle: string;
  /** Entry bundle plus strings: what a page loads to show the web part. */
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  readonly files: readonly IShipFile[];
  /** The chunks the entry can load with import() (loaded on demand, never before the entry runs). */
  readonly lazyChunks: readonly IShipFile[];
}

export const gzipLevel9 = (contents: Uint8Array): number => gzipSync(contents, { level: 9 }).byteLength;

function measure(folder: string, file: string): IShipFile {
  const contents = fs.readFileSync(path.join(folder, file));
  return { file, minifiedBytes: contents.byteLength, gzipBytes: gzipLevel9(contents) };
}

/** The newest file in the folder named `<prefix>_<hash>.js` (older builds' hashes may linger). */
function newest(folder: string, names: readonly string[], prefix: string): string | undefined {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_[0-9a-f]+\\.js$`);
  return names
    .filter((name) => pattern.test(name))
    .sort((a, b) => fs.statSync(path.join(folder, b)).mtimeMs - fs.statSync(path.join(folder, a)).mtimeMs)[0];
}

/**
 * The strings modules (keys of config.json's localizedResources) an entry bundle depends on: SPFx writes
 * the entry as an AMD `define("<id>", [dependencies], …)` and loads each named module before running it.
 */
export function stringsModulesOf(entryCode: string, stringsModules: readonly string[]): string[] {
  const dependencies = /define\(\s*(?:"[^"]*"\s*,\s*)?\[([^\]]*)\]/.exec(entryCode)?.[1];
  if (dependencies === undefined) return [];
  const named = new Set(Array.from(dependencies.matchAll(/"([^"]+)"/g), (match) => match[1]));
  return stringsModules.filter((module) => named.has(module));
}

/**
 * The chunk files (`chunk.<name or id>_<contenthash>.js`) an entry bundle loads on demand: webpack's runtime in
 * the entry names each of its chunks' content hashes, so a chunk belongs to every entry whose code holds its hash
 * (a chunk shared by two lazy parts, or by two web parts, is listed under each).
 */
export function lazyChunksOf(entryCode: string, files: readonly string[]): string[] {
  return files.filter((file) => {
    const hash = /^chunk\.[^_]+_([0-9a-f]{16,})\.js$/.exec(file)?.[1];
    return hash !== undefined && entryCode.includes(hash);
  }).sort();
}

/** The web part's source folder name from its entry point, e.g. `officerDirectory`. */
function webPartFolder(entrypoint: string): string {
  return entrypoint.split('/').slice(-2, -1)[0];
}

/** The folder holding the ship bundles, or undefined when none has them. */
export function findShipAssets(projectRoot: string, bundles: readonly string[]): string | undefined {
  return SHIP_ASSET_FOLDERS.map((folder) => path.join(projectRoot, folder)).find(
    (folder) => fs.existsSync(folder) && bundles.every((bundle) => newest(folder, fs.readdirSync(folder), bundle) !== undefined)
  );
}

export function readBundleConfig(projectRoot: string): IBundleConfig {
  return JSON.parse(fs.readFileSync(path.join(projectRoot, 'config', 'config.json'), 'utf8')) as IBundleConfig;
}

/** `only`: the bundles to measure (e.g. the views `--view` chose); every bundle in config/config.json when absent. */
export function shipBundleSizes(projectRoot: string, only?: readonly string[]): IBundleSize[] {
  const config = readBundleConfig(projectRoot);
  const bundles = Object.keys(config.bundles).filter((bundle) => only === undefined || only.includes(bundle));
  const folder = findShipAssets(projectRoot, bundles);
  if (!folder) {
    throw new Error(`No ship bundles for ${bundles.join(', ')} in ${SHIP_ASSET_FOLDERS.join(' or ')}: run without --skip-build (gulp bundle --ship).`);
  }
  const names = fs.readdirSync(folder);
  return bundles.map((bundle) => {
    const entry = newest(folder, names, bundle) as string;
    const webPart = webPartFolder(config.bundles[bundle].components[0].entrypoint);
    const resources = Object.entries(config.localizedResources ?? {});
    const named = stringsModulesOf(fs.readFileSync(path.join(folder, entry), 'utf8'), resources.map(([module]) => module));
    // An entry whose dependencies cannot be read: at least the web part's own strings.
    const stringsModules = named.length > 0 ? named : resources.filter(([, location]) => location.includes(`/webparts/${webPart}/`)).map(([module]) => module);
    const strings = stringsModules.map((module) => newest(folder, names, `${module}_en-us`)).filter((file): file is string => file !== undefined);
    const files = [entry, ...strings].map((file) => measure(folder, file));
    const lazyChunks = lazyChunksOf(fs.readFileSync(path.join(folder, entry), 'utf8'), names).map((file) => measure(folder, file));
    return {
      bundle,
      minifiedBytes: files.reduce((sum, file) => sum + file.minifiedBytes, 0),
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
      files,
      lazyChunks
    };
  });
}

/** The figures' name for a web part: its config/config.json bundle without `-web-part` (`ward-contacts-web-part` → `ward-contacts`). */
export const viewOfBundle = (bundle: string): string => bundle.replace(/-web-part$/, '');

/** The key of a web part's "ship bundle + strings, gzip" figure, which its budget in budgets.json names. */
export const bundleFigureKey = (bundle: string): string => `${viewOfBundle(bundle)}.bundleGzipKB`;

/**
 * "Ship bundle + strings, gzip -9" for every web part in `expected` (config/config.json's bundles), whether
 * or not the bench drives it in the browser: a web part whose bundle was not measured has no value and
 * says why, so its budget fails as not measured instead of passing unseen.
 */
export function bundleFigures(bundles: readonly IBundleSize[], expected: readonly string[]): IFigure[] {
  return expected.map((name) => {
    const bundle = bundles.find((candidate) => candidate.bundle === name);
    const common = { key: bundleFigureKey(name), view: viewOfBundle(name), unit: 'KB' as const };
    return bundle
      ? { ...common, label: `Ship bundle + strings, gzip -9 (${kilobytes(bundle.minifiedBytes).toFixed(0)} KB minified)`, value: kilobytes(bundle.gzipBytes) }
      : { ...common, label: 'Ship bundle + strings, gzip -9', value: null, note: `no ${name} bundle` };
  });
}
