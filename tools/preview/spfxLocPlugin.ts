/**
 * esbuild plugin that resolves SPFx localised-string modules (e.g. `MemberProfilesWebPartStrings`)
 * to their loc files and turns the AMD `define([], function () { return {...}; })` into a CommonJS
 * export, the way SPFx's own loader hands the strings to a web part. The module carries every
 * locale the web part has (en-us, cy-gb) and picks the page's (client/previewLanguage.ts) when it
 * loads, as SPFx loads the file for the page's UI culture.
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
export function resolveLocModule(moduleName: string, projectRoot: string, locale: string = LOCALE): string | undefined {
  const configured = readLocalizedResources(projectRoot)[moduleName];
  const candidates: string[] = [];
  if (configured) {
    candidates.push(path.join(projectRoot, configured.replace(/^lib\//, 'src/').replace('{locale}', locale)));
  }
  const conventional = /^([A-Z][A-Za-z0-9]*)WebPartStrings$/.exec(moduleName);
  if (conventional) {
    const folder = conventional[1].charAt(0).toLowerCase() + conventional[1].slice(1);
    candidates.push(path.join(projectRoot, 'src', 'webparts', folder, 'loc', `${locale}.js`));
  }
  return candidates.find((candidate) => fs.existsSync(candidate));
}

/** The further locales the preview can show, besides en-us. */
export const PREVIEW_EXTRA_LOCALES = ['cy-gb'] as const;

/** An expression that runs the AMD file and gives what its factory returns. */
function amdValueExpression(source: string): string {
  return `(function () {\n${wrapAmdAsCommonJs(source).replace('module.exports = __splocExports;', 'return __splocExports;')}\n})()`;
}

/** One module for all of a strings module's locales, choosing the page's when it loads. */
export function localisedStringsModule(sources: Readonly<Record<string, string>>, chooserPath: string): string {
  const cases = Object.entries(sources)
    .filter(([locale]) => locale !== LOCALE)
    .map(([locale, source]) => `  case ${JSON.stringify(locale)}: module.exports = ${amdValueExpression(source)}; break;`);
  return [
    `var locale = require(${JSON.stringify(chooserPath)}).previewStringsLocale();`,
    'switch (locale) {',
    ...cases,
    `  default: module.exports = ${amdValueExpression(sources[LOCALE])};`,
    '}'
  ].join('\n');
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
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async (args) => {
        // args.path is the en-us file; its siblings are the same strings in other locales.
        const others = PREVIEW_EXTRA_LOCALES.map((locale) => [locale, path.join(path.dirname(args.path), `${locale}.js`)] as const).filter(([, file]) =>
          fs.existsSync(file)
        );
        const sources: Record<string, string> = { [LOCALE]: await fs.promises.readFile(args.path, 'utf8') };
        for (const [locale, file] of others) sources[locale] = await fs.promises.readFile(file, 'utf8');
        return {
          contents: localisedStringsModule(sources, path.join(__dirname, 'client', 'previewLanguage.ts')),
          loader: 'js',
          resolveDir: path.dirname(args.path),
          watchFiles: [args.path, ...others.map(([, file]) => file)]
        };
      });
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
