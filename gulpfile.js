'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// `gulp serve` in SPFx 1.23 opens the hosted workbench, which retires on 1 December 2026;
// the offline preview (`npm start`) replaces it, so keep the deprecated local serve task.
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  // package-solution first packs teams/ into teams/TeamsSPFxApp.zip, which it then copies into the .sppkg.
  const packageSolution = result.get('package-solution');
  result.set('package-solution', { ...packageSolution, executable: build.serial(teamsAppPackage, packageSolution.executable) });
  return result;
};

// Packs the committed Teams app manifest and icons (teams/) into the app package SharePoint deploys to Teams.
const teamsAppPackage = build.subTask('teams-app-package', function (gulp, buildOptions, done) {
  const { spawnSync } = require('child_process');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/ci/teamsApp/zipTeamsApp.ts'], { stdio: 'inherit' });
  done(result.status === 0 ? undefined : new Error('The Teams app package could not be built.'));
});

// Regenerates sharepoint/assets (feature XML) from src/schema.
const provision = build.subTask('provision', function (gulp, buildOptions, done) {
  const { spawnSync } = require('child_process');
  const assets = spawnSync(process.execPath, ['--import', 'tsx', 'tools/provisioning/writeAssets.ts'], { stdio: 'inherit' });
  // The web parts' slim copy of the schema (src/schema/runtimeSchema.generated.ts) follows the same source.
  const runtime = assets.status === 0 ? spawnSync(process.execPath, ['--import', 'tsx', 'tools/schema/writeRuntimeSchema.ts'], { stdio: 'inherit' }) : assets;
  done(runtime.status === 0 ? undefined : new Error('Provisioning assets could not be generated.'));
});
build.task('provision', provision);

// Bundle analysis only (tools/bench/bundleContents.ts): BUNDLE_SOURCE_MAPS=1 writes a `.map` beside each bundle
// without the sourceMappingURL comment ('hidden-source-map'), so the shipped JavaScript is byte for byte the same.
if (process.env.BUNDLE_SOURCE_MAPS === '1') {
  build.configureWebpack.mergeConfig({
    additionalConfiguration: (config) => {
      // SPFx's ship config tells its minifier plugin `sourceMap: false`; let the plugin write maps as devtool asks.
      for (const minimizer of config.optimization?.minimizer ?? []) {
        if ('_sourceMap' in minimizer) minimizer._sourceMap = true;
      }
      return { ...config, devtool: 'hidden-source-map' };
    }
  });
}

build.initialize(require('gulp'));
