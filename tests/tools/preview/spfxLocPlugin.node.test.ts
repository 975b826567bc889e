import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { build } from 'esbuild';
import { resolveLocModule, spfxLocPlugin, wrapAmdAsCommonJs } from '../../../tools/preview/spfxLocPlugin';

const projectRoot = path.resolve(__dirname, '..', '..', '..');

/** Runs CommonJS code and returns what it exported. */
function runCommonJs(code: string): unknown {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

function makeProject(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sploc-'));
  for (const [file, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), contents);
  }
  return root;
}

describe('spfxLocPlugin', () => {
  it('turns an AMD loc file into a CommonJS export of the factory result', () => {
    const exported = runCommonJs(wrapAmdAsCommonJs('define([], function () { return { Hello: "Hello" }; });'));
    expect(exported).toEqual({ Hello: 'Hello' });
  });

  it('resolves a module named in config/config.json localizedResources to its en-us source file', () => {
    const root = makeProject({
      'config/config.json': JSON.stringify({ localizedResources: { ReportsStrings: 'lib/shared/loc/{locale}.js' } }),
      'src/shared/loc/en-us.js': 'define([], function () { return {}; });'
    });
    expect(resolveLocModule('ReportsStrings', root)).toBe(path.join(root, 'src/shared/loc/en-us.js'));
    expect(resolveLocModule('MissingStrings', root)).toBeUndefined();
  });

  it('falls back to the <Name>WebPartStrings → src/webparts/<name>/loc convention', () => {
    const root = makeProject({ 'src/webparts/officerDirectory/loc/en-us.js': 'define([], function () { return {}; });' });
    expect(resolveLocModule('OfficerDirectoryWebPartStrings', root)).toBe(
      path.join(root, 'src/webparts/officerDirectory/loc/en-us.js')
    );
  });

  it("bundles the project's member profiles strings so they read as the web part sees them", async () => {
    const expected = runCommonJs(
      wrapAmdAsCommonJs(fs.readFileSync(path.join(projectRoot, 'src/webparts/memberProfiles/loc/en-us.js'), 'utf8'))
    ) as Record<string, string>;
    const result = await build({
      stdin: {
        contents: "import * as strings from 'MemberProfilesWebPartStrings'; module.exports = strings;",
        resolveDir: projectRoot,
        loader: 'js'
      },
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      logLevel: 'silent',
      plugins: [spfxLocPlugin(projectRoot)]
    });
    const strings = runCommonJs(result.outputFiles[0].text) as Record<string, string>;
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(expected)) {
      expect(strings[key]).toBe(value);
    }
  });

  it('carries the Welsh strings too, and loads them when the page asks for cy-GB', async () => {
    const result = await build({
      stdin: { contents: "import * as strings from 'MemberProfilesWebPartStrings'; module.exports = strings;", resolveDir: projectRoot, loader: 'js' },
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      logLevel: 'silent',
      plugins: [spfxLocPlugin(projectRoot)]
    });
    const code = result.outputFiles[0].text;
    const inPage = (hash: string): Record<string, string> => {
      const global = globalThis as { window?: unknown };
      global.window = { location: { hash, search: '' } };
      try {
        return runCommonJs(code) as Record<string, string>;
      } finally {
        delete global.window;
      }
    };
    expect(inPage('#lang=cy-GB').TabMembers).toBe('Dod o hyd i gynghorydd');
    expect(inPage('#theme=dark').TabMembers).toBe('Find a councillor');
    expect(inPage('#theme=dark&lang=en-GB').TabMembers).toBe('Find a councillor');
  });
});
