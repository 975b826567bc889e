/**
 * The committed Teams app sources in teams/ (manifest and icons), generated from the project, and
 * whether the committed copies are current.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { PNG } from 'pngjs';
import { IPackageSolution, IWebPartManifest, projectRoot } from '../projectFiles';
import { drawColourIcon, drawOutlineIcon } from './teamsIcons';
import {
  buildTeamsLocalization,
  buildTeamsManifest,
  COLOUR_ICON_FILE,
  MANIFEST_FILE,
  OUTLINE_ICON_FILE,
  serialiseLocalization,
  serialiseManifest,
  teamsAppIdentity
} from './teamsManifest';

export const teamsDir = join(projectRoot, 'teams');
/** The name SharePoint looks for: when present, "Sync to Teams" deploys it as it is. */
export const TEAMS_APP_PACKAGE_FILE = 'TeamsSPFxApp.zip';

export interface ITeamsAppFile {
  readonly name: string;
  readonly content: Buffer;
}

/** The files of the Teams app package (manifest, icons, a localisation file per further language), as the project says they should be. */
export function expectedTeamsAppFiles(webParts: readonly IWebPartManifest[], packageSolution: IPackageSolution): ITeamsAppFile[] {
  const manifest = buildTeamsManifest(webParts, packageSolution);
  return [
    { name: MANIFEST_FILE, content: Buffer.from(serialiseManifest(manifest), 'utf8') },
    { name: COLOUR_ICON_FILE, content: drawColourIcon(teamsAppIdentity.accentColour) },
    { name: OUTLINE_ICON_FILE, content: drawOutlineIcon() },
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map(({ languageTag, file }) => ({
      name: file,
      content: Buffer.from(serialiseLocalization(buildTeamsLocalization(manifest, webParts, languageTag)), 'utf8')
    }))
  ];
}

/** PNGs are compared by size and pixels, since zlib versions may compress the same image differently. */
function sameContent(name: string, a: Buffer, b: Buffer): boolean {
  if (!name.endsWith('.png')) return a.equals(b);
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  return pa.width === pb.width && pa.height === pb.height && pa.data.equals(pb.data);
}

/** Names of files in `dir` that are missing or differ from the expected ones. */
export function staleTeamsAppFiles(expected: readonly ITeamsAppFile[], dir: string = teamsDir): string[] {
  return expected
    .filter(({ name, content }) => {
      const path = join(dir, name);
      return !existsSync(path) || !sameContent(name, readFileSync(path), content);
    })
    .map(({ name }) => name);
}
