/**
 * Writes the provisioning feature generated from src/schema: sharepoint/assets/*.xml and the
 * feature's `assets` block in config/package-solution.json (nothing else in that file).
 *
 *   node --import tsx tools/provisioning/writeAssets.ts          # write (gulp provision)
 *   node --import tsx tools/provisioning/writeAssets.ts --check  # exit 1 and list stale files
 *   add --root=<dir> to work on another copy of the project
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import { allLists } from '../../src/schema';
import { IFeatureAssets, provisioningAssets } from '../../src/schema/provisioning/provisioningAssets';

/** `--root=<dir>` points the tool at another copy of the project (its tests use a temporary one). */
const rootArgument = process.argv.find((argument) => argument.startsWith('--root='));
const root = rootArgument ? rootArgument.slice('--root='.length) : join(__dirname, '..', '..');
const assetsDir = join(root, 'sharepoint', 'assets');
const packageSolutionPath = join(root, 'config', 'package-solution.json');

interface IFeature {
  assets?: Partial<IFeatureAssets> & Record<string, unknown>;
  [property: string]: unknown;
}

interface IPackageSolution {
  solution?: { features?: IFeature[] };
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** package-solution.json with the first feature's assets replaced, or a reason it cannot be. */
function packageSolutionWithAssets(current: string, assets: IFeatureAssets): string | Error {
  const parsed = JSON.parse(current) as IPackageSolution;
  const feature = parsed.solution?.features?.[0];
  if (!feature) {
    return new Error('config/package-solution.json has no solution.features[0] to hold the provisioning assets.');
  }
  // Other keys (upgradeActions, when a release needs them) are written by hand and kept.
  feature.assets = { ...feature.assets, elementManifests: assets.elementManifests, elementFiles: assets.elementFiles };
  return `${JSON.stringify(parsed, null, 2)}\n`;
}

function main(check: boolean): number {
  const { files, featureAssets } = provisioningAssets(allLists);
  const writes = new Map<string, string>();
  for (const file of files) {
    writes.set(join(assetsDir, file.name), file.content);
  }
  const stale: string[] = [];
  for (const [path, content] of writes) {
    if (readIfExists(path) !== content) stale.push(path);
  }
  const generated = new Set(files.map((file) => file.name));
  const leftovers = existsSync(assetsDir)
    ? readdirSync(assetsDir).filter((name) => name.endsWith('.xml') && !generated.has(name)).map((name) => join(assetsDir, name))
    : [];

  const packageSolution = readIfExists(packageSolutionPath);
  let packageSolutionUpdate: string | undefined;
  if (packageSolution === undefined) {
    console.warn('config/package-solution.json does not exist yet; its assets block was not written.');
  } else {
    const updated = packageSolutionWithAssets(packageSolution, featureAssets);
    if (updated instanceof Error) {
      console.error(updated.message);
      return 1;
    }
    // Compare parsed values, so formatting elsewhere in the file never counts as stale.
    const current = (JSON.parse(packageSolution) as IPackageSolution).solution?.features?.[0]?.assets;
    const currentGenerated = { elementManifests: current?.elementManifests, elementFiles: current?.elementFiles };
    if (JSON.stringify(currentGenerated) !== JSON.stringify(featureAssets)) {
      packageSolutionUpdate = updated;
      stale.push(packageSolutionPath);
    }
  }

  if (check) {
    const problems = [...stale.map((path) => `out of date: ${relative(root, path)}`), ...leftovers.map((path) => `not generated: ${relative(root, path)}`)];
    if (problems.length > 0) {
      console.error(`Provisioning assets do not match src/schema. Run \`gulp provision\`.\n  ${problems.join('\n  ')}`);
      return 1;
    }
    console.warn('Provisioning assets match src/schema.');
    return 0;
  }

  mkdirSync(assetsDir, { recursive: true });
  for (const path of stale) {
    if (path === packageSolutionPath) {
      if (packageSolutionUpdate !== undefined) writeFileSync(path, packageSolutionUpdate, 'utf8');
    } else {
      writeFileSync(path, writes.get(path) ?? '', 'utf8');
    }
  }
  for (const path of leftovers) unlinkSync(path);
  const changed = [...stale, ...leftovers].map((path) => relative(root, path));
  console.warn(changed.length > 0 ? `Updated:\n  ${changed.join('\n  ')}` : 'Provisioning assets already up to date.');
  return 0;
}

process.exitCode = main(process.argv.includes('--check'));
