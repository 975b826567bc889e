import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bundleConfigProblems } from '../../../tools/ci/bundleConfig';
import { projectRoot } from '../../../tools/ci/projectFiles';

describe('config/config.json', () => {
  it('bundles every web part in src/webparts with its localised strings', () => {
    expect(bundleConfigProblems(projectRoot)).toEqual([]);
  });
});

describe('bundleConfigProblems', () => {
  let root: string;

  /** A small project: one bundled web part (alpha) and, where asked, one that is not (beta). */
  function project(config: object, withBeta: boolean): string {
    root = mkdtempSync(join(tmpdir(), 'bundle-config-'));
    mkdirSync(join(root, 'config'));
    writeFileSync(join(root, 'config', 'config.json'), JSON.stringify(config));
    for (const [folder, name] of withBeta ? [['alpha', 'Alpha'], ['beta', 'Beta']] : [['alpha', 'Alpha']]) {
      const dir = join(root, 'src', 'webparts', folder);
      mkdirSync(join(dir, 'loc'), { recursive: true });
      writeFileSync(join(dir, `${name}WebPart.manifest.json`), '{}');
      writeFileSync(join(dir, `${name}WebPart.ts`), '');
      writeFileSync(join(dir, 'loc', 'en-us.js'), '');
      writeFileSync(join(dir, 'loc', 'mystrings.d.ts'), `declare module '${name}WebPartStrings' {}`);
    }
    return root;
  }

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const alphaBundle = {
    components: [{ entrypoint: './lib/webparts/alpha/AlphaWebPart.js', manifest: './src/webparts/alpha/AlphaWebPart.manifest.json' }]
  };

  it('accepts a project whose web parts are all bundled', () => {
    const config = { bundles: { 'alpha-web-part': alphaBundle }, localizedResources: { AlphaWebPartStrings: 'lib/webparts/alpha/loc/{locale}.js' } };
    expect(bundleConfigProblems(project(config, false))).toEqual([]);
  });

  it('reports a web part with no bundle and strings with no localizedResources entry', () => {
    const config = { bundles: { 'alpha-web-part': alphaBundle }, localizedResources: { AlphaWebPartStrings: 'lib/webparts/alpha/loc/{locale}.js' } };
    expect(bundleConfigProblems(project(config, true))).toEqual([
      './src/webparts/beta/BetaWebPart.manifest.json is in no bundle in config/config.json.',
      'localizedResources.BetaWebPartStrings is missing; it should be lib/webparts/beta/loc/{locale}.js.'
    ]);
  });

  it('reports a bundle whose manifest or entry point is wrong', () => {
    const config = {
      bundles: {
        'alpha-web-part': { components: [{ entrypoint: './lib/webparts/alpha/Alpha.js', manifest: './src/webparts/alpha/AlphaWebPart.manifest.json' }] },
        'gone-web-part': { components: [{ entrypoint: './lib/webparts/gone/GoneWebPart.js', manifest: './src/webparts/gone/GoneWebPart.manifest.json' }] }
      },
      localizedResources: { AlphaWebPartStrings: 'lib/webparts/alpha/loc/{locale}.js' }
    };
    expect(bundleConfigProblems(project(config, false))).toEqual([
      'Bundle alpha-web-part: entrypoint ./lib/webparts/alpha/Alpha.js should be ./lib/webparts/alpha/AlphaWebPart.js, the compiled web part beside its manifest.',
      'Bundle gone-web-part: manifest ./src/webparts/gone/GoneWebPart.manifest.json does not exist.',
      'Bundle gone-web-part: src/webparts/gone/GoneWebPart.ts does not exist.'
    ]);
  });
});

