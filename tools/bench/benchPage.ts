/**
 * The bench page: the preview's own HTML (its boot data: site, signed-in user, icon fonts) with the
 * bench entry (client/benchMain.tsx) instead of the preview's, so each view can load on its own.
 * Bundled in memory like the preview's client (esbuild, minified, code-split, the same loc plugin).
 */
import * as path from 'path';
import { gzipSync } from 'zlib';
import { build } from 'esbuild';
import { CLIENT_ASSET_PATH, CLIENT_ENTRY_FILE } from '../preview/clientBundle';
import { spfxLocPlugin } from '../preview/spfxLocPlugin';

export const BENCH_PATH = '/bench/';
export const BENCH_ASSET_PATH = '/bench/assets/';
const BENCH_ENTRY_FILE = 'bench.js';

export interface IBenchAsset {
  readonly contents: Buffer;
  /** Bytes as the preview would send them (gzip level 6, as tools/preview/clientBundle.ts serves). */
  readonly gzipBytes: number;
}

export interface IBenchPage {
  /** Asset path relative to BENCH_ASSET_PATH → contents. */
  readonly assets: ReadonlyMap<string, IBenchAsset>;
  readonly html: string;
  /**
   * The page as the preview serves it to another signed-in user (the emulator's user cookie): its boot data names
   * that user, as SPFx's page context would, so a view that uses the page's user id gets theirs.
   */
  readonly htmlBySignedInUser: Map<number, string>;
}

/**
 * `readable`: not minified, so functions keep their names in a CPU profile and each module opens with esbuild's
 * comment naming its source file (cpuProfile.ts `moduleLineIndex`); used only for `--profile` loads.
 */
export async function buildBenchPage(projectRoot: string, previewPageHtml: string, options: { readable?: boolean } = {}): Promise<IBenchPage> {
  const outdir = path.join(projectRoot, 'tools', 'bench', 'out');
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: { bench: path.join(projectRoot, 'tools', 'bench', 'client', 'benchMain.tsx') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    minify: options.readable !== true,
    write: false,
    logLevel: 'silent',
    jsx: 'transform',
    tsconfig: path.join(projectRoot, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [spfxLocPlugin(projectRoot)]
  });
  const assets = new Map<string, IBenchAsset>();
  for (const file of result.outputFiles) {
    const contents = Buffer.from(file.contents);
    assets.set(path.relative(outdir, file.path).split(path.sep).join('/'), { contents, gzipBytes: gzipSync(contents, { level: 6 }).byteLength });
  }
  return { assets, html: benchPageHtml(previewPageHtml), htmlBySignedInUser: new Map() };
}

/** The preview page's HTML (its boot data: site, signed-in user) with the bench entry instead of the preview's. */
export function benchPageHtml(previewPageHtml: string): string {
  const previewEntry = `${CLIENT_ASSET_PATH}${CLIENT_ENTRY_FILE}`;
  if (!previewPageHtml.includes(previewEntry)) throw new Error(`The preview page no longer loads ${previewEntry}; the bench page cannot swap its entry.`);
  return previewPageHtml.replace(previewEntry, `${BENCH_ASSET_PATH}${BENCH_ENTRY_FILE}`);
}
