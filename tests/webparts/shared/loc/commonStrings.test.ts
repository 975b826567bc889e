import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

/** Runs an SPFx loc file (AMD `define([], function () { return {...}; })`) and returns its strings. */
function loadLocFile(file: string): Record<string, string> {
  let strings: Record<string, string> = {};
  const define = (_deps: unknown, factory: () => Record<string, string>): void => {
    strings = factory();
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the loc file is the project's own source
  new Function('define', readFileSync(file, 'utf8'))(define);
  return strings;
}

const webparts = join(__dirname, '..', '..', '..', '..', 'src', 'webparts');
const commonLoc = join(webparts, 'shared', 'loc');
const common = loadLocFile(join(commonLoc, 'en-us.js'));
const commonKeys = Object.keys(common).sort();

/** Every loc file of every web part (not the shared one): en-us and any translation beside it. */
const webPartLocFiles = readdirSync(webparts, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .flatMap((entry) => {
    const loc = join(webparts, entry.name, 'loc');
    return readdirSync(loc)
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(loc, name));
  });

describe('common strings (src/webparts/shared/loc)', () => {
  test('there are common strings, and web part loc files to check against them', () => {
    expect(commonKeys).toContain('ErrorListNotFound');
    expect(webPartLocFiles.length).toBeGreaterThanOrEqual(4);
  });

  test.each(webPartLocFiles.map((file) => [file.slice(webparts.length + 1), file]))(
    '%s says none of the common strings again',
    (_name, file) => {
      const redefined = Object.keys(loadLocFile(file)).filter((key) => commonKeys.includes(key));
      expect(redefined).toEqual([]);
    }
  );

  test.each(webPartLocFiles.map((file) => [file.slice(webparts.length + 1), file.replace(/\.js$/, '.d.ts').replace(/[^/\\]+\.d\.ts$/, 'mystrings.d.ts')]))(
    '%s: its typings declare none of the common strings again',
    (_name, typings) => {
      const declared = [...readFileSync(typings, 'utf8').matchAll(/^\s*([A-Za-z]+): string;/gm)].map((match) => match[1]);
      expect(declared.filter((key) => commonKeys.includes(key))).toEqual([]);
    }
  );

  test('cy-gb has exactly the keys of en-us, none left empty or in English', () => {
    const welsh = loadLocFile(join(commonLoc, 'cy-gb.js'));
    expect(Object.keys(welsh).sort()).toEqual(commonKeys);
    const untranslated = commonKeys.filter((key) => welsh[key].trim() === '' || welsh[key] === common[key]);
    expect(untranslated).toEqual([]);
  });

  test('the typings declare exactly the en-us keys', () => {
    const declared = [...readFileSync(join(commonLoc, 'mystrings.d.ts'), 'utf8').matchAll(/^\s*([A-Za-z]+): string;/gm)].map((match) => match[1]);
    expect(declared.sort()).toEqual(commonKeys);
  });

  test('each translation keeps the placeholders of the English', () => {
    const welsh = loadLocFile(join(commonLoc, 'cy-gb.js'));
    const placeholders = (text: string): string[] => [...new Set(text.match(/\{\d\}/g) ?? [])].sort();
    const mismatched = commonKeys.filter((key) => placeholders(welsh[key]).join() !== placeholders(common[key]).join());
    expect(mismatched).toEqual([]);
  });
});
