'use strict';

// Runs every jest project with jest's own output, then prints `N passed, N failed` as the last
// line (CI reads it). Exits non-zero when jest fails, when any test failed, or when no test ran.
// Extra arguments go to jest, e.g. `node tools/ci/runJest.js tests/data`.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { RESULTS_FILE, printSummary } = require('./jestSummary');

function main(args) {
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.rmSync(RESULTS_FILE, { force: true });
  const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--json', '--outputFile', RESULTS_FILE, ...args], {
    cwd: path.resolve(__dirname, '..', '..'),
    stdio: 'inherit'
  });
  const summaryCode = printSummary(RESULTS_FILE);
  return run.status === 0 ? summaryCode : 1;
}

process.exitCode = main(process.argv.slice(2));
