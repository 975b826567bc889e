import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { budgetFailures, checkBudgets, IBudget, readBudgets } from '../../../tools/bench/budgets';
import { readBundleConfig, viewOfBundle } from '../../../tools/bench/bundleSizes';
import type { IFigure } from '../../../tools/bench/figures';

const figure = (key: string, value: number | null, extra: Partial<IFigure> = {}): IFigure => ({
  key,
  view: key.split('.')[0],
  label: key,
  unit: key.endsWith('Ms') ? 'ms' : 'requests',
  value,
  ...extra
});

const budgets: IBudget[] = [
  { metric: 'officer-directory.cold.dataRequests', max: 5, why: 'paged requests' },
  { metric: 'officer-directory.keystrokeP95Ms', max: 16, why: 'one frame' },
  { metric: 'member-profiles.cold.dataRequests', max: 1, why: 'one $batch' }
];

describe('checkBudgets', () => {
  it('passes figures at or under their budget', () => {
    const results = checkBudgets(
      [figure('officer-directory.cold.dataRequests', 5), figure('officer-directory.keystrokeP95Ms', 3.2), figure('member-profiles.cold.dataRequests', 1)],
      budgets
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
    expect(budgetFailures(results)).toEqual([]);
  });

  it('lists a broken budget with the figure, its value and why the budget exists', () => {
    const results = checkBudgets(
      [figure('officer-directory.cold.dataRequests', 4), figure('officer-directory.keystrokeP95Ms', 40.5), figure('member-profiles.cold.dataRequests', 1)],
      budgets
    );
    const failures = budgetFailures(results);
    expect(failures).toHaveLength(1);
    expect(failures[0].budget.metric).toBe('officer-directory.keystrokeP95Ms');
    expect(failures[0].actual).toBe(40.5);
    expect(failures[0].problem).toBe('officer-directory.keystrokeP95Ms: 40.5 ms is over the budget of 16 (one frame)');
  });

  it('fails a budgeted figure that was not measured, or that the bench never produced', () => {
    const results = checkBudgets(
      [figure('officer-directory.cold.dataRequests', 3), figure('officer-directory.keystrokeP95Ms', null, { note: 'no search box' })],
      budgets
    );
    const failures = budgetFailures(results);
    expect(failures.map((failure) => failure.problem)).toEqual([
      'officer-directory.keystrokeP95Ms: not measured (no search box)',
      'member-profiles.cold.dataRequests: the bench produced no such figure'
    ]);
  });
});

describe('checkBudgets with views left out (npm run bench -- --view …)', () => {
  it('skips the budgets of views deliberately not measured, neither met nor broken', () => {
    const results = checkBudgets([figure('member-profiles.cold.dataRequests', 1)], budgets, ['officer-directory', 'member-briefings']);
    expect(results.map((result) => [result.budget.metric, result.ok, result.skipped === true])).toEqual([
      ['officer-directory.cold.dataRequests', true, true],
      ['officer-directory.keystrokeP95Ms', true, true],
      ['member-profiles.cold.dataRequests', true, false]
    ]);
    expect(budgetFailures(results)).toEqual([]);
  });

  it('still fails a measured view whose budgeted figure is missing or not measured', () => {
    const missing = checkBudgets([], budgets, ['officer-directory']);
    expect(budgetFailures(missing).map((failure) => failure.problem)).toEqual(['member-profiles.cold.dataRequests: the bench produced no such figure']);
    const notMeasured = checkBudgets([figure('officer-directory.cold.dataRequests', null, { note: 'never became interactive' })], budgets, ['member-profiles']);
    expect(budgetFailures(notMeasured).map((failure) => failure.problem)).toEqual([
      'officer-directory.cold.dataRequests: not measured (never became interactive)',
      'officer-directory.keystrokeP95Ms: the bench produced no such figure'
    ]);
  });

  it('still fails a measured view over its budget', () => {
    const results = checkBudgets([figure('member-profiles.cold.dataRequests', 2)], budgets, ['officer-directory']);
    expect(budgetFailures(results).map((failure) => failure.problem)).toEqual(['member-profiles.cold.dataRequests: 2 requests is over the budget of 1 (one $batch)']);
  });
});

describe('readBudgets', () => {
  it('reads the project budgets file: each names a figure, a max and why', () => {
    const project = readBudgets();
    expect(project.length).toBeGreaterThan(0);
    // Bench views have every kind of figure; the other web parts only their bundle size (measured from the ship bundle).
    const webParts = Object.keys(readBundleConfig(path.resolve(__dirname, '..', '..', '..')).bundles).map(viewOfBundle);
    for (const budget of project) {
      if (budget.metric.endsWith('.bundleGzipKB')) expect(webParts).toContain(budget.metric.split('.')[0]);
      else expect(budget.metric).toMatch(/^(member-profiles|officer-directory|member-briefings|member-enquiries|service-enquiries)\.[\w.]+$/);
      expect(budget.why.length).toBeGreaterThan(0);
    }
  });

  it('rejects a budget without a number', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-budgets-')), 'budgets.json');
    fs.writeFileSync(file, JSON.stringify({ budgets: [{ metric: 'x.y', max: '5', why: 'w' }] }));
    expect(() => readBudgets(file)).toThrow(/budget #1 needs a metric \(string\), a max \(number\)/);
  });
});
