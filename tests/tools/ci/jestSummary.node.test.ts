import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { printSummary, summarise } from '../../../tools/ci/jestSummary';

describe('jest summary line', () => {
  let dir: string;
  let log: jest.SpyInstance;
  let error: jest.SpyInstance;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jest-summary-'));
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  function results(content: object): string {
    const file = join(dir, 'jest-results.json');
    writeFileSync(file, JSON.stringify(content));
    return file;
  }

  it('prints `N passed, N failed` last and succeeds when all passed', () => {
    expect(printSummary(results({ numPassedTests: 12, numFailedTests: 0 }))).toBe(0);
    expect(log.mock.calls.at(-1)).toEqual(['12 passed, 0 failed']);
  });

  it('fails when a test failed', () => {
    expect(printSummary(results({ numPassedTests: 11, numFailedTests: 1 }))).toBe(1);
    expect(log.mock.calls.at(-1)).toEqual(['11 passed, 1 failed']);
  });

  it('fails when no test ran', () => {
    expect(printSummary(results({ numPassedTests: 0, numFailedTests: 0 }))).toBe(1);
    expect(error).toHaveBeenCalledWith('No test ran.');
    expect(log.mock.calls.at(-1)).toEqual(['0 passed, 0 failed']);
  });

  it('fails when jest wrote no results, or results without counts', () => {
    expect(printSummary(join(dir, 'missing.json'))).toBe(1);
    expect(error.mock.calls[0][0]).toMatch(/^jest wrote no results to /);
    expect(summarise(results({ success: true }))).toEqual({ error: expect.stringContaining('has no numPassedTests/numFailedTests') });
  });
});
