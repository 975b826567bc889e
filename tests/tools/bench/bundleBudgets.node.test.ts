import * as path from 'path';
import { readBudgets } from '../../../tools/bench/budgets';
import { bundleFigureKey, bundleFigures, readBundleConfig, viewOfBundle, type IBundleSize } from '../../../tools/bench/bundleSizes';
import { bundleForView } from '../../../tools/bench/collectFigures';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const webParts = Object.keys(readBundleConfig(PROJECT_ROOT).bundles);

describe('every web part has a bundle budget (issue #15: ship bundle + strings, gzip, each web part ≤ 120 KB)', () => {
  const budgets = readBudgets();

  test('config/config.json names the web parts', () => {
    expect(webParts.length).toBeGreaterThanOrEqual(8);
  });

  test.each(webParts)('%s has a bundleGzipKB budget of at most 120 KB', (bundle) => {
    const budget = budgets.find((candidate) => candidate.metric === bundleFigureKey(bundle));
    expect(budget).toBeDefined();
    expect(budget?.max).toBeLessThanOrEqual(120);
  });

  test('no bundle budget names a web part that does not exist (a renamed bundle would leave it unchecked)', () => {
    const keys = new Set(webParts.map(bundleFigureKey));
    const orphans = budgets.filter((budget) => budget.metric.endsWith('.bundleGzipKB') && !keys.has(budget.metric)).map((budget) => budget.metric);
    expect(orphans).toEqual([]);
  });

  test("a bench view's bundle figure and a web part's are the same key, so one budget covers both", () => {
    expect(bundleFigureKey(bundleForView('officer-directory'))).toBe('officer-directory.bundleGzipKB');
    expect(viewOfBundle('ward-contacts-web-part')).toBe('ward-contacts');
  });
});

describe('bundleFigures', () => {
  const measured: IBundleSize = { bundle: 'ward-contacts-web-part', minifiedBytes: 300 * 1024, gzipBytes: 104.5 * 1024, files: [], lazyChunks: [] };

  test('one figure per expected web part, in KB gzip', () => {
    const figures = bundleFigures([measured], ['ward-contacts-web-part']);
    expect(figures).toEqual([expect.objectContaining({ key: 'ward-contacts.bundleGzipKB', view: 'ward-contacts', unit: 'KB', value: 104.5 })]);
  });

  test('a web part whose bundle was not measured has no value and says why, so its budget fails', () => {
    const figures = bundleFigures([measured], ['ward-contacts-web-part', 'enquiry-report-web-part']);
    expect(figures[1]).toMatchObject({ key: 'enquiry-report.bundleGzipKB', value: null, note: 'no enquiry-report-web-part bundle' });
  });
});
