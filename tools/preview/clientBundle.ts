/**
 * Bundles the preview's browser entry (tools/preview/client/main.tsx) with esbuild, in memory:
 * the real web part components and repositories from src/, code-split so each view loads on
 * demand, with sourcemaps. Built once when the preview server starts.
 */
import * as path from 'path';
import { gzipSync } from 'zlib';
import { build } from 'esbuild';
import { spfxLocPlugin } from './spfxLocPlugin';

/** URL path under which the bundle's files are served. */
export const CLIENT_ASSET_PATH = '/preview/assets/';
export const CLIENT_ENTRY_FILE = 'main.js';

export interface IBundledFile {
  readonly contentType: string;
  readonly contents: Uint8Array;
  /** The same bytes gzipped, served to browsers that accept it (as SharePoint's CDN would). */
  readonly gzipped: Uint8Array;
}

export interface IClientBundle {
  /** File name (relative to CLIENT_ASSET_PATH) → contents. */
  readonly files: ReadonlyMap<string, IBundledFile>;
  readonly buildMs: number;
  /** Bytes of JavaScript (all chunks, without sourcemaps), before compression. */
  readonly javaScriptBytes: number;
  readonly javaScriptGzipBytes: number;
}

export interface IClientBundleOptions {
  readonly projectRoot: string;
  readonly minify?: boolean;
}

export async function buildClientBundle(options: IClientBundleOptions): Promise<IClientBundle> {
  const started = Date.now();
  const outdir = path.join(options.projectRoot, 'tools', 'preview', 'out');
  const result = await build({
    absWorkingDir: options.projectRoot,
    entryPoints: { main: path.join(options.projectRoot, 'tools', 'preview', 'client', 'main.tsx') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    sourcemap: 'linked',
    minify: options.minify ?? true,
    write: false,
    logLevel: 'silent',
    jsx: 'transform',
    tsconfig: path.join(options.projectRoot, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': JSON.stringify(options.minify === false ? 'development' : 'production') },
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [spfxLocPlugin(options.projectRoot)]
  });
  const files = new Map<string, IBundledFile>();
  let javaScriptBytes = 0;
  let javaScriptGzipBytes = 0;
  for (const file of result.outputFiles) {
    const name = path.relative(outdir, file.path).split(path.sep).join('/');
    const isMap = name.endsWith('.map');
    const gzipped = gzipSync(file.contents, { level: 6 });
    if (!isMap) {
      javaScriptBytes += file.contents.byteLength;
      javaScriptGzipBytes += gzipped.byteLength;
    }
    files.set(name, {
      contentType: isMap ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8',
      contents: file.contents,
      gzipped
    });
  }
  return { files, buildMs: Date.now() - started, javaScriptBytes, javaScriptGzipBytes };
}
