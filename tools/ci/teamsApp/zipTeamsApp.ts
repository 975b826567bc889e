/**
 * Packs teams/manifest.json and its icons into teams/TeamsSPFxApp.zip, which `gulp package-solution`
 * copies into the .sppkg; SharePoint's "Sync to Teams" then deploys that app package as it is.
 * Refuses to pack Teams app files that no longer match the web parts (see writeTeamsApp.ts).
 *
 *   node --import tsx tools/ci/teamsApp/zipTeamsApp.ts
 */
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import { projectRoot, readPackageSolution, readWebPartManifests } from '../projectFiles';
import { expectedTeamsAppFiles, staleTeamsAppFiles, TEAMS_APP_PACKAGE_FILE, teamsDir } from './teamsAppFiles';
import { COLOUR_ICON_FILE, ITeamsManifest, MANIFEST_FILE, OUTLINE_ICON_FILE } from './teamsManifest';

/** A fixed timestamp keeps the zip identical for identical inputs. */
const ENTRY_DATE = new Date(Date.UTC(2020, 0, 1));

/** The Teams app package: the manifest, icons and localisation files at the root of the zip, as Teams requires. */
export async function createTeamsAppPackage(dir: string): Promise<Buffer> {
  const zip = new JSZip();
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as ITeamsManifest;
  const localizations = (manifest.localizationInfo?.additionalLanguages ?? []).map(({ file }) => file);
  for (const name of [MANIFEST_FILE, COLOUR_ICON_FILE, OUTLINE_ICON_FILE, ...localizations]) {
    zip.file(name, readFileSync(join(dir, name)), { date: ENTRY_DATE });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

async function main(): Promise<number> {
  const stale = staleTeamsAppFiles(expectedTeamsAppFiles(readWebPartManifests(), readPackageSolution()));
  if (stale.length > 0) {
    console.error(
      `Teams app files in teams/ do not match the web parts (${stale.join(', ')}). ` +
        'Run: node --import tsx tools/ci/teamsApp/writeTeamsApp.ts, review and commit.'
    );
    return 1;
  }
  const target = join(teamsDir, TEAMS_APP_PACKAGE_FILE);
  writeFileSync(target, await createTeamsAppPackage(teamsDir));
  console.log(`Wrote ${relative(projectRoot, target)}`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    }
  );
}
