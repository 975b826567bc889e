'use strict';

// The closing `N passed, N failed` line from jest's --json results (temp/jest-results.json).
// Run directly, it re-prints that line (CI reads the last line of .ci/run) and exits non-zero
// when a test failed or none ran.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const RESULTS_FILE = path.join(root, 'temp', 'jest-results.json');

/** @returns {{ passed: number, failed: number, line: string } | { error: string }} */
function summarise(file = RESULTS_FILE) {
  if (!fs.existsSync(file)) {
    return { error: `jest wrote no results to ${path.relative(root, file)}` };
  }
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  const passed = results.numPassedTests;
  const failed = results.numFailedTests;
  if (!Number.isInteger(passed) || !Number.isInteger(failed)) {
    return { error: `${path.relative(root, file)} has no numPassedTests/numFailedTests` };
  }
  return { passed, failed, line: `${passed} passed, ${failed} failed` };
}

/** Prints the summary line last and returns the exit code it implies. */
function printSummary(file = RESULTS_FILE) {
  const summary = summarise(file);
  if ('error' in summary) {
    console.error(summary.error);
    console.log('0 passed, 0 failed');
    return 1;
  }
  if (summary.passed + summary.failed === 0) console.error('No test ran.');
  console.log(summary.line);
  return summary.failed === 0 && summary.passed > 0 ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = printSummary(process.argv[2] ? path.resolve(process.argv[2]) : RESULTS_FILE);
}

module.exports = { RESULTS_FILE, summarise, printSummary };
