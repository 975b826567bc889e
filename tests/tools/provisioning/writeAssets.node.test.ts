import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const projectRoot = join(__dirname, '..', '..', '..');
const tool = join(projectRoot, 'tools', 'provisioning', 'writeAssets.ts');

interface IPackageSolution {
  solution: { features: Array<{ assets: Record<string, string[]> }> };
}

function readPackageSolution(path: string): IPackageSolution {
  return JSON.parse(readFileSync(path, 'utf8')) as IPackageSolution;
}

interface IRun {
  status: number | null;
  output: string;
}

function run(root: string, ...flags: string[]): IRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', tool, `--root=${root}`, ...flags], {
    cwd: projectRoot,
    encoding: 'utf8'
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// The project's @types/node (v10, pinned by SPFx) has neither cpSync nor rmSync.
function copyFlatDirectory(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name));
}

function removeTree(path: string): void {
  if (lstatSync(path).isDirectory()) {
    for (const name of readdirSync(path)) removeTree(join(path, name));
    rmdirSync(path);
  } else {
    unlinkSync(path);
  }
}

/** A copy of the committed assets and package-solution.json to break and repair. */
function copyOfProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'provision-'));
  mkdirSync(join(root, 'config'));
  copyFlatDirectory(join(projectRoot, 'sharepoint', 'assets'), join(root, 'sharepoint', 'assets'));
  copyFileSync(join(projectRoot, 'config', 'package-solution.json'), join(root, 'config', 'package-solution.json'));
  return root;
}

describe('writeAssets', () => {
  let root: string;
  beforeEach(() => {
    root = copyOfProject();
  });
  afterEach(() => {
    removeTree(root);
  });

  test('--check passes on the committed assets', () => {
    expect(run(root, '--check')).toMatchObject({ status: 0 });
  });

  test('--check fails and names each stale, missing or stray file without changing anything', () => {
    const wards = join(root, 'sharepoint', 'assets', 'schema-Wards.xml');
    writeFileSync(wards, readFileSync(wards, 'utf8').replace('GSS code', 'Old label'));
    unlinkSync(join(root, 'sharepoint', 'assets', 'schema-Officers.xml'));
    writeFileSync(join(root, 'sharepoint', 'assets', 'schema-Retired.xml'), '<List />');

    const result = run(root, '--check');

    expect(result.status).toBe(1);
    expect(result.output).toContain('Run `gulp provision`');
    expect(result.output).toContain('out of date: sharepoint/assets/schema-Wards.xml');
    expect(result.output).toContain('out of date: sharepoint/assets/schema-Officers.xml');
    expect(result.output).toContain('not generated: sharepoint/assets/schema-Retired.xml');
    expect(result.output).not.toContain('elements.xml');
    expect(readFileSync(wards, 'utf8')).toContain('Old label');
  });

  test('writing repairs the assets, removes stray XML, and then --check passes', () => {
    const wards = join(root, 'sharepoint', 'assets', 'schema-Wards.xml');
    writeFileSync(wards, 'stale');
    writeFileSync(join(root, 'sharepoint', 'assets', 'schema-Retired.xml'), '<List />');

    expect(run(root)).toMatchObject({ status: 0 });

    expect(readFileSync(wards, 'utf8')).toBe(readFileSync(join(projectRoot, 'sharepoint', 'assets', 'schema-Wards.xml'), 'utf8'));
    expect(existsSync(join(root, 'sharepoint', 'assets', 'schema-Retired.xml'))).toBe(false);
    expect(run(root, '--check')).toMatchObject({ status: 0 });
  });

  test('only the generated keys of the feature (its file lists, upgrade actions and version) change in package-solution.json', () => {
    const path = join(root, 'config', 'package-solution.json');
    const packageSolution = readPackageSolution(path);
    const feature = packageSolution.solution.features[0];
    feature.assets = { elementManifests: [], elementFiles: ['schema-Wards.xml'], upgradeActions: ['upgrade-actions-v2.xml'] };
    writeFileSync(path, JSON.stringify(packageSolution, null, 2));

    expect(run(root, '--check').output).toContain('out of date: config/package-solution.json');
    expect(run(root)).toMatchObject({ status: 0 });

    const repaired = readPackageSolution(path);
    const committed = readPackageSolution(join(projectRoot, 'config', 'package-solution.json'));
    // Upgrade actions are generated from src/schema/history.ts now: a hand-written entry is replaced.
    expect(repaired.solution.features[0].assets).toEqual(committed.solution.features[0].assets);
    expect({ ...repaired, solution: { ...repaired.solution, features: [] } }).toEqual({
      ...committed,
      solution: { ...committed.solution, features: [] }
    });
  });

  test('skips package-solution.json with a message when it does not exist yet', () => {
    unlinkSync(join(root, 'config', 'package-solution.json'));
    const result = run(root);
    expect(result.status).toBe(0);
    expect(result.output).toContain('config/package-solution.json does not exist yet');
  });
});
