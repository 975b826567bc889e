import { allLists } from '../../../src/schema';
import { BASELINE_VERSION, SCHEMA_STEPS } from '../../../src/schema/history';
import { checkHistory, describeHistoryProblems, readReleases, RELEASES_DIR } from '../../../tools/provisioning/schemaHistory';

describe('the schema and its history', () => {
  const releases = readReleases(RELEASES_DIR);

  test('the baseline (app 1.0.0.0, feature 1.0.0.0) is a committed snapshot', () => {
    expect(releases[0]?.version).toBe(BASELINE_VERSION);
  });

  test('every change to src/schema since the last release is recorded by an upgrade step', () => {
    const check = checkHistory(releases, allLists, SCHEMA_STEPS);
    if (check.problems.length > 0) throw new Error(describeHistoryProblems(check, releases[releases.length - 1]?.version ?? 'none'));
  });
});
