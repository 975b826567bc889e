/**
 * Keeps config/config.json in step with src/webparts: every web part manifest is bundled, every
 * bundle points at a manifest and entry point that exist, and every web part's localised strings
 * module has a localizedResources entry. A web part missing here builds but never ships.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { findWebPartManifestFiles, projectRoot } from './projectFiles';

interface IBundleConfig {
  readonly bundles: Readonly<Record<string, { readonly components: readonly { readonly entrypoint: string; readonly manifest: string }[] }>>;
  readonly localizedResources?: Readonly<Record<string, string>>;
}

function toProjectPath(root: string, file: string): string {
  return `./${relative(root, file).split(/[\\/]/).join('/')}`;
}

/** `declare module 'XStrings'` names in each web part's loc/*.d.ts, with the web part folder. */
function localisedModules(root: string): { module: string; folder: string }[] {
  const webparts = join(root, 'src', 'webparts');
  if (!existsSync(webparts)) return [];
  return readdirSync(webparts, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(webparts, entry.name, 'loc')))
    .flatMap((entry) => {
      const loc = join(webparts, entry.name, 'loc');
      return readdirSync(loc)
        .filter((name) => name.endsWith('.d.ts'))
        .flatMap((name) => [...readFileSync(join(loc, name), 'utf8').matchAll(/declare module '([^']+)'/g)].map((match) => ({ module: match[1], folder: entry.name })));
    });
}

export function bundleConfigProblems(root: string = projectRoot): string[] {
  const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8')) as IBundleConfig;
  const components = Object.entries(config.bundles).flatMap(([bundle, { components: list }]) => list.map((component) => ({ bundle, ...component })));
  const problems: string[] = [];

  for (const file of findWebPartManifestFiles(root)) {
    const manifest = toProjectPath(root, file);
    if (!components.some((component) => component.manifest === manifest)) problems.push(`${manifest} is in no bundle in config/config.json.`);
  }
  for (const { bundle, entrypoint, manifest } of components) {
    if (!existsSync(join(root, manifest))) problems.push(`Bundle ${bundle}: manifest ${manifest} does not exist.`);
    const expectedEntry = manifest.replace(/^\.\/src\//, './lib/').replace(/\.manifest\.json$/, '.js');
    if (entrypoint !== expectedEntry) problems.push(`Bundle ${bundle}: entrypoint ${entrypoint} should be ${expectedEntry}, the compiled web part beside its manifest.`);
    const source = expectedEntry.replace(/^\.\/lib\//, 'src/').replace(/\.js$/, '.ts');
    if (!existsSync(join(root, source))) problems.push(`Bundle ${bundle}: ${source} does not exist.`);
  }
  for (const { module, folder } of localisedModules(root)) {
    const expected = `lib/webparts/${folder}/loc/{locale}.js`;
    const actual = config.localizedResources?.[module];
    if (actual !== expected) problems.push(`localizedResources.${module} is ${actual ?? 'missing'}; it should be ${expected}.`);
    if (!existsSync(join(root, 'src', 'webparts', folder, 'loc', 'en-us.js'))) problems.push(`${module} has no src/webparts/${folder}/loc/en-us.js.`);
  }
  return problems;
}
