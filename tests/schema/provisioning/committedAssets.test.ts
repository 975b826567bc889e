import { existsSync, readdirSync, readFileSync } from 'fs';
import { allLists } from '../../../src/schema';
import { SCHEMA_STEPS } from '../../../src/schema/history';
import { provisioningAssets, PROVISIONING_FEATURE_ID } from '../../../src/schema/provisioning/provisioningAssets';
import { ASSETS_DIR, PACKAGE_SOLUTION, readAsset } from './parseXml';

const REGENERATE = 'sharepoint/assets is out of date with src/schema: run `gulp provision` and commit the result.';

interface IPackageSolution {
  solution: {
    version: string;
    features: Array<{ id: string; version: string; assets?: { elementManifests?: string[]; elementFiles?: string[]; upgradeActions?: string[] } }>;
  };
}

describe('committed provisioning assets', () => {
  const packageSolution = JSON.parse(readFileSync(PACKAGE_SOLUTION, 'utf8')) as IPackageSolution;
  const generated = provisioningAssets(allLists, { steps: SCHEMA_STEPS });

  test.each(generated.files.map((file) => [file.name, file.content]))(
    'sharepoint/assets/%s is what src/schema generates',
    (name, content) => {
      const committed = existsSync(`${ASSETS_DIR}/${name}`) ? readAsset(name) : undefined;
      if (committed === undefined) throw new Error(`${REGENERATE}\n  ${name} is missing.`);
      if (committed !== content) {
        const committedLines = committed.split('\n');
        const generatedLines = content.split('\n');
        const differing = generatedLines.findIndex((text, index) => committedLines[index] !== text);
        const line = differing === -1 ? generatedLines.length : differing;
        throw new Error(
          `${REGENERATE}\n  ${name} line ${line + 1}\n  committed: ${committedLines[line] ?? '(end of file)'}\n  generated: ${generatedLines[line] ?? '(end of file)'}`
        );
      }
    }
  );

  test('sharepoint/assets holds no XML the schema no longer generates', () => {
    const expected = new Set(generated.files.map((file) => file.name));
    const extra = readdirSync(ASSETS_DIR).filter((name) => name.endsWith('.xml') && !expected.has(name));
    if (extra.length > 0) throw new Error(`${REGENERATE}\n  Not generated: ${extra.join(', ')}`);
  });

  test('the feature in config/package-solution.json lists exactly the generated files', () => {
    const assets = packageSolution.solution.features[0].assets;
    const listed = {
      elementManifests: assets?.elementManifests,
      elementFiles: assets?.elementFiles,
      ...(assets?.upgradeActions ? { upgradeActions: assets.upgradeActions } : {})
    };
    if (JSON.stringify(listed) !== JSON.stringify(generated.featureAssets)) {
      throw new Error(
        `${REGENERATE}\n  config/package-solution.json assets: ${JSON.stringify(listed)}\n  expected: ${JSON.stringify(generated.featureAssets)}`
      );
    }
  });

  test("the feature's id is the one sites know it by; its version is the last upgrade step's, and the app's is not below it", () => {
    const feature = packageSolution.solution.features[0];
    expect(feature.id).toBe(PROVISIONING_FEATURE_ID);
    expect(feature.version).toBe(generated.featureVersion);
    const app = packageSolution.solution.version.split('.').map(Number);
    const featureParts = feature.version.split('.').map(Number);
    const order = app.map((part, index) => part - featureParts[index]).find((difference) => difference !== 0) ?? 0;
    expect(order).toBeGreaterThanOrEqual(0);
  });
});
