/**
 * Writes the provisioning feature generated from src/schema: sharepoint/assets/*.xml and the
 * feature's `assets` block in config/package-solution.json (nothing else in that file).
 *
 *   node --import tsx tools/provisioning/writeAssets.ts          # write (gulp provision)
 *   node --import tsx tools/provisioning/writeAssets.ts --check  # exit 1 and list stale files
 *   node --import tsx tools/provisioning/writeAssets.ts --release  # also snapshot the schema as the feature's version
 *   add --root=<dir> to work on another copy of the project
 *
 * Also writes the feature's upgrade actions and version from src/schema/history.ts, and refuses
 * to write anything while src/schema differs from the last release in a way no step records.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import { allLists } from '../../src/schema';
import { SCHEMA_STEPS } from '../../src/schema/history';
import { IFeatureAssets, provisioningAssets, PROVISIONING_FEATURE_ID } from '../../src/schema/provisioning/provisioningAssets';
import { compareVersions, schemaSnapshot } from '../../src/schema/provisioning/schemaSnapshot';
import { checkHistory, describeHistoryProblems, readReleases, RELEASES_DIR, releaseFileName } from './schemaHistory';

/** `--root=<dir>` points the tool at another copy of the project (its tests use a temporary one). */
const rootArgument = process.argv.find((argument) => argument.startsWith('--root='));
const root = rootArgument ? rootArgument.slice('--root='.length) : join(__dirname, '..', '..');
const assetsDir = join(root, 'sharepoint', 'assets');
const packageSolutionPath = join(root, 'config', 'package-solution.json');
// Released snapshots belong with the schema this tool imports, not with a --root copy.
const releasesDir = RELEASES_DIR;

interface IFeature {
  id?: string;
  version?: string;
  assets?: Partial<IFeatureAssets> & Record<string, unknown>;
  [property: string]: unknown;
}

interface IPackageSolution {
  solution?: { version?: string; features?: IFeature[] };
}

/** The generated part of the feature: its file lists and version. */
function generatedPart(feature: IFeature | undefined): string {
  const assets = feature?.assets;
  return JSON.stringify({
    id: feature?.id,
    elementManifests: assets?.elementManifests,
    elementFiles: assets?.elementFiles,
    upgradeActions: assets?.upgradeActions,
    version: feature?.version
  });
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** package-solution.json with the first feature's assets and version replaced, or a reason it cannot be. */
function packageSolutionWithAssets(current: string, assets: IFeatureAssets, featureVersion: string): string | Error {
  const parsed = JSON.parse(current) as IPackageSolution;
  const feature = parsed.solution?.features?.[0];
  if (!parsed.solution || !feature) {
    return new Error('config/package-solution.json has no solution.features[0] to hold the provisioning assets.');
  }
  const kept: Record<string, unknown> = { ...feature.assets };
  delete kept.upgradeActions;
  feature.assets = { ...kept, ...assets };
  feature.id = PROVISIONING_FEATURE_ID;
  feature.version = featureVersion;
  // SharePoint offers the upgrade only when the app's version rises too; it may be higher (a code-only release).
  if (parsed.solution.version === undefined || compareVersions(parsed.solution.version, featureVersion) < 0) {
    parsed.solution.version = featureVersion;
    console.warn(`The app's version is now ${featureVersion}: regenerate the Teams app (node --import tsx tools/ci/teamsApp/writeTeamsApp.ts).`);
  }
  return `${JSON.stringify(parsed, null, 2)}\n`;
}

function main(check: boolean, release: boolean): number {
  const releases = readReleases(releasesDir);
  const history = checkHistory(releases, allLists, SCHEMA_STEPS);
  // The very first --release records the baseline, so there is nothing to compare it with yet.
  const firstRelease = release && releases.length === 0;
  if (history.problems.length > 0 && !firstRelease) {
    console.error(describeHistoryProblems(history, releases[releases.length - 1]?.version ?? 'none'));
    return 1;
  }
  const packageSolution = readIfExists(packageSolutionPath);
  const { files, featureAssets, featureVersion } = provisioningAssets(allLists, { steps: SCHEMA_STEPS });
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

  let packageSolutionUpdate: string | undefined;
  if (packageSolution === undefined) {
    console.warn('config/package-solution.json does not exist yet; its assets block was not written.');
  } else {
    const updated = packageSolutionWithAssets(packageSolution, featureAssets, featureVersion);
    if (updated instanceof Error) {
      console.error(updated.message);
      return 1;
    }
    // Compare parsed values, so formatting elsewhere in the file never counts as stale.
    const before = JSON.parse(packageSolution) as IPackageSolution;
    const after = JSON.parse(updated) as IPackageSolution;
    if (generatedPart(before.solution?.features?.[0]) !== generatedPart(after.solution?.features?.[0]) || before.solution?.version !== after.solution?.version) {
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
  if (release) {
    const snapshotPath = join(releasesDir, releaseFileName(featureVersion));
    if (!existsSync(snapshotPath)) {
      mkdirSync(releasesDir, { recursive: true });
      writeFileSync(snapshotPath, `${JSON.stringify(schemaSnapshot(featureVersion, allLists), null, 2)}\n`, 'utf8');
      stale.push(snapshotPath);
    }
  }
  const changed = [...stale, ...leftovers].map((path) => relative(root, path));
  console.warn(changed.length > 0 ? `Updated:\n  ${changed.join('\n  ')}` : 'Provisioning assets already up to date.');
  return 0;
}

process.exitCode = main(process.argv.includes('--check'), process.argv.includes('--release'));
