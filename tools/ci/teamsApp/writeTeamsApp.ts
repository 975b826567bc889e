/**
 * Writes the Teams app sources in teams/ (manifest.json, color.png, outline.png) from the web part
 * manifests and config/package-solution.json. Run it after adding a Teams-capable web part or
 * changing the solution's version, developer or descriptions, and commit the result.
 *
 *   node --import tsx tools/ci/teamsApp/writeTeamsApp.ts          # write
 *   node --import tsx tools/ci/teamsApp/writeTeamsApp.ts --check  # exit 1 and list stale files
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import { projectRoot, readPackageSolution, readWebPartManifests } from '../projectFiles';
import { expectedTeamsAppFiles, staleTeamsAppFiles, teamsDir } from './teamsAppFiles';

function main(checkOnly: boolean): number {
  const expected = expectedTeamsAppFiles(readWebPartManifests(), readPackageSolution());
  const stale = staleTeamsAppFiles(expected);
  const where = relative(projectRoot, teamsDir);
  if (checkOnly) {
    if (stale.length > 0) {
      console.error(`Stale Teams app files in ${where}/: ${stale.join(', ')}. Run: node --import tsx tools/ci/teamsApp/writeTeamsApp.ts`);
      return 1;
    }
    console.log(`Teams app files in ${where}/ are current.`);
    return 0;
  }
  mkdirSync(teamsDir, { recursive: true });
  for (const file of expected.filter(({ name }) => stale.includes(name))) {
    writeFileSync(join(teamsDir, file.name), file.content);
    console.log(`Wrote ${where}/${file.name}`);
  }
  if (stale.length === 0) console.log(`Teams app files in ${where}/ were already current.`);
  return 0;
}

process.exitCode = main(process.argv.includes('--check'));
