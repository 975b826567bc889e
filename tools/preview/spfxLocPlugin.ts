/**
 * esbuild plugin that resolves SPFx localised-string modules (e.g. `MemberProfilesWebPartStrings`)
 * to their en-GB/en-US file and turns the AMD `define([], function () { return {...}; })` into a
 * CommonJS export, the way SPFx's own loader hands the strings to a web part.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Plugin } from 'esbuild';

const NAMESPACE = 'spfx-loc';
const LOC_MODULE_NAME = /^[A-Z][A-Za-z0-9]*Strings$/;
const LOCALE = 'en-us';

interface IConfigJson {
  readonly localizedResources?: Readonly<Record<string, string>>;
}

/**
 * Where each loc module lives: config/config.json "localizedResources" when present
 * (lib/… → src/…, {locale} → en-us), else the convention `<Name>WebPartStrings` →
 * src/webparts/<name>/loc/en-us.js.
 */
export function resolveLocModule(moduleName: string, projectRoot: string): string | undefined {
  const configured = readLocalizedResources(projectRoot)[moduleName];
  const candidates: string[] = [];
  if (configured) {
    candidates.push(path.join(projectRoot, configured.replace(/^lib\//, 'src/').replace('{locale}', LOCALE)));
  }
  const conventional = /^([A-Z][A-Za-z0-9]*)WebPartStrings$/.exec(moduleName);
  if (conventional) {
    const folder = conventional[1].charAt(0).toLowerCase() + conventional[1].slice(1);
    candidates.push(path.join(projectRoot, 'src', 'webparts', folder, 'loc', `${LOCALE}.js`));
  }
  return candidates.find((candidate) => fs.existsSync(candidate));
}

/** Runs the AMD file with a local `define` that exports what the factory returns. */
export function wrapAmdAsCommonJs(source: string): string {
  return [
    'var __splocExports;',
    'function define(deps, factory) {',
    '  if (typeof deps === "function") { factory = deps; }',
    '  __splocExports = typeof factory === "function" ? factory() : factory;',
    '}',
    source,
    'module.exports = __splocExports;'
  ].join('\n');
}

export function spfxLocPlugin(projectRoot: string): Plugin {
  return {
    name: NAMESPACE,
    setup(build) {
      build.onResolve({ filter: LOC_MODULE_NAME }, (args) => {
        const file = resolveLocModule(args.path, projectRoot);
        return file ? { path: file, namespace: NAMESPACE } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async (args) => ({
        contents: wrapAmdAsCommonJs(await fs.promises.readFile(args.path, 'utf8')),
        loader: 'js',
        resolveDir: path.dirname(args.path),
        watchFiles: [args.path]
      }));
    }
  };
}

function readLocalizedResources(projectRoot: string): Readonly<Record<string, string>> {
  const configPath = path.join(projectRoot, 'config', 'config.json');
  if (!fs.existsSync(configPath)) {
    return {};
  }
  const config = JSON.parse(fs.readFileSync(configPath, 'utf8')) as IConfigJson;
  return config.localizedResources ?? {};
}
