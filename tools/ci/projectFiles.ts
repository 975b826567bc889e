/**
 * Reads the project files the packaging tools check against: the web part manifests under
 * src/webparts and config/package-solution.json.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

export const projectRoot = join(__dirname, '..', '..');

export type SupportedHost = 'SharePointWebPart' | 'SharePointFullPage' | 'TeamsTab' | 'TeamsPersonalApp' | 'TeamsMeetingApp';

export interface ILocalisedString {
  readonly default: string;
  readonly [locale: string]: string;
}

export interface IWebPartManifest {
  readonly id: string;
  readonly alias: string;
  readonly componentType: string;
  readonly supportedHosts?: readonly SupportedHost[];
  readonly preconfiguredEntries: readonly { readonly title: ILocalisedString; readonly description: ILocalisedString }[];
}

export interface IPackageSolution {
  readonly solution: {
    readonly name: string;
    /** The name admins see in the app catalog; also the Teams app's short name. */
    readonly title: string;
    readonly id: string;
    readonly version: string;
    readonly developer: { readonly name: string; readonly websiteUrl: string; readonly privacyUrl: string; readonly termsOfUseUrl: string };
    readonly metadata: { readonly shortDescription: ILocalisedString; readonly longDescription: ILocalisedString };
    readonly features?: readonly { readonly id: string; readonly assets?: { readonly elementManifests?: readonly string[]; readonly elementFiles?: readonly string[] } }[];
  };
  readonly paths: { readonly zippedPackage: string };
}

function findManifestFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return findManifestFiles(path);
    return entry.name.endsWith('.manifest.json') ? [path] : [];
  });
}

/** Paths of every component manifest under src/webparts, sorted. */
export function findWebPartManifestFiles(root: string = projectRoot): string[] {
  const folder = join(root, 'src', 'webparts');
  return existsSync(folder) ? findManifestFiles(folder).sort() : [];
}

/** Every web part manifest in src/webparts, sorted by path so output is stable. */
export function readWebPartManifests(root: string = projectRoot): IWebPartManifest[] {
  return findWebPartManifestFiles(root)
    .map((file) => {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as IWebPartManifest;
      if (!manifest.id || !manifest.alias || !manifest.preconfiguredEntries?.length) {
        throw new Error(`${relative(root, file)} needs an id, an alias and at least one preconfigured entry.`);
      }
      return manifest;
    })
    .filter((manifest) => manifest.componentType === 'WebPart');
}

export function readPackageSolution(root: string = projectRoot): IPackageSolution {
  return JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8')) as IPackageSolution;
}
