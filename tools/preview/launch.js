'use strict';
// `npm start` entry, in plain JavaScript so it can say what to do when dependencies are missing
// (with `node --import tsx` a fresh clone would only get "Cannot find package 'tsx'").
const fs = require('fs');
const path = require('path');

const projectRoot = path.resolve(__dirname, '..', '..');
const needed = ['tsx', 'esbuild', 'react', '@fluentui/react', '@pnp/sp'];
const missing = needed.filter((name) => !fs.existsSync(path.join(projectRoot, 'node_modules', name, 'package.json')));
if (missing.length > 0) {
  process.stderr.write(`npm start: dependencies are not installed (missing ${missing.join(', ')}). Run npm ci first.\n`);
  process.exit(1);
}

require('tsx/cjs/api').register();
require('./start.ts');
