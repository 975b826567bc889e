'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// `gulp serve` in SPFx 1.23 opens the hosted workbench, which retires on 1 December 2026;
// the offline preview (`npm start`) replaces it, so keep the deprecated local serve task.
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// Regenerates sharepoint/assets (feature XML) from src/schema.
const provision = build.subTask('provision', function (gulp, buildOptions, done) {
  const { spawnSync } = require('child_process');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/provisioning/writeAssets.ts'], { stdio: 'inherit' });
  done(result.status === 0 ? undefined : new Error('Provisioning assets could not be generated.'));
});
build.task('provision', provision);

build.initialize(require('gulp'));
