import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const root = resolve(__dirname, '..', '..');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

interface IImport {
  readonly file: string;
  /** Project-relative, e.g. src/data/pnp. */
  readonly target: string;
  readonly typeOnly: boolean;
}

/** Each relative import of the files under a folder (static and dynamic), resolved to a project path. */
function importsUnder(folder: string): IImport[] {
  return filesUnder(join(root, folder)).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const found: IImport[] = [];
    for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'/gm)) {
      found.push({ file: relative(root, file), target: relative(root, resolve(dirname(file), match[3])), typeOnly: match[2] !== undefined });
    }
    for (const match of source.matchAll(/import\(\s*(?:\/\*[^*]*\*\/\s*)?'(\.[^']+)'\s*\)/g)) {
      found.push({ file: relative(root, file), target: relative(root, resolve(dirname(file), match[1])), typeOnly: false });
    }
    return found;
  });
}

const describeImport = (found: IImport): string => `${found.file} → ${found.target}`;

describe('import rules between layers', () => {
  test('the rules read real imports', () => {
    expect(importsUnder('src/ui').length).toBeGreaterThan(10);
    expect(importsUnder('tools/emulator').some((found) => found.target.startsWith('src/schema'))).toBe(true);
  });

  test('src/ui takes only types from src/data (its error and events contracts are in src/contracts, free of PnPjs)', () => {
    const valueImports = importsUnder('src/ui').filter((found) => found.target.startsWith('src/data') && !found.typeOnly);
    expect(valueImports.map(describeImport)).toEqual([]);
  });

  test('src/contracts imports nothing from the rest of src', () => {
    const outside = importsUnder('src/contracts').filter((found) => !found.target.startsWith('src/contracts'));
    expect(outside.map(describeImport)).toEqual([]);
  });

  test('src/schema imports nothing from the rest of src (UK dates and email addresses live in it)', () => {
    const outside = importsUnder('src/schema').filter((found) => found.target.startsWith('src/') && !found.target.startsWith('src/schema'));
    expect(outside.map(describeImport)).toEqual([]);
  });

  test('the emulator takes from src only src/schema', () => {
    const outside = importsUnder('tools/emulator').filter((found) => found.target.startsWith('src/') && !found.target.startsWith('src/schema'));
    expect(outside.map(describeImport)).toEqual([]);
  });
});
