/** Files the preview serves from disk: the Fabric MDL2 icon fonts SharePoint would load from its CDN. */
import * as fs from 'fs';
import * as path from 'path';

export const ICON_FONT_PATH = '/preview/fonts/';

const FONT_FILE = /^[A-Za-z0-9._-]+\.woff2?$/;

/** The fonts folder of @fluentui/font-icons-mdl2 (a dependency of @fluentui/react), wherever npm put it. */
export function iconFontFolder(projectRoot: string): string {
  const candidates = [
    path.join(projectRoot, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts'),
    path.join(projectRoot, 'node_modules', '@fluentui', 'react', 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts')
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error('Cannot find the Fluent icon fonts (@fluentui/font-icons-mdl2/fonts): run npm ci first.');
  }
  return found;
}

/** Reads one icon font by file name; undefined for anything that is not a font in that folder. */
export async function readIconFont(folder: string, fileName: string): Promise<Buffer | undefined> {
  if (!FONT_FILE.test(fileName)) return undefined;
  try {
    return await fs.promises.readFile(path.join(folder, fileName));
  } catch {
    return undefined;
  }
}
