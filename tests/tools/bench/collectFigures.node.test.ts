import type { IBaselineView } from '../../../tools/bench/baseline';
import type { ILoadMeasure } from '../../../tools/bench/browserViews';
import { collectFigures, IViewResult } from '../../../tools/bench/collectFigures';
import { ratio } from '../../../tools/bench/figures';

const load = (apiRequests: number, dataRequests: number, apiBytes: number, firstContentMs: number | null): ILoadMeasure => ({
  apiRequests,
  dataRequests,
  apiBytes,
  staticRequests: 3,
  staticBytes: 2048,
  firstContentMs,
  interactiveMs: firstContentMs === null ? null : firstContentMs + 1,
  apiUrls: [],
  apiTimeline: [],
  roundTripsToFirstContent: firstContentMs === null ? null : 2
});

const officers: IViewResult = {
  key: 'officer-directory',
  cold: [load(6, 4, 600 * 1024, 2000), load(6, 4, 600 * 1024, 3000), load(6, 4, 600 * 1024, 2500)],
  warm: [load(2, 1, 1024, 900), load(2, 1, 1024, null), load(2, 1, 1024, 1100)],
  keystrokes: Array.from({ length: 20 }, (_, i) => ({ handledMs: i + 1, workMs: i + 1, paintMs: i + 10 })),
  peakHeapBytes: 50 * 1024 * 1024
};

const baselines: IBaselineView[] = [
  {
    key: 'officer-directory',
    description: 'getAll',
    cold: { requests: 5, bytes: 1800 * 1024, ms: 1900 },
    warm: { requests: 5, bytes: 1800 * 1024, ms: 1700 },
    search: { perKeystrokeMs: [], failure: 'fails: HTTP 500 list view threshold' }
  }
];

describe('collectFigures', () => {
  const figures = collectFigures({
    views: [officers],
    baselines,
    bundles: [{ bundle: 'officer-directory-web-part', minifiedBytes: 440 * 1024, gzipBytes: 134 * 1024, files: [], lazyChunks: [] }]
  });
  const byKey = (key: string) => figures.find((figure) => figure.key === `officer-directory.${key}`);

  it('takes the median of the runs with their spread, and pairs it with the baseline', () => {
    expect(byKey('cold.firstContentMs')).toMatchObject({ value: 2500, range: { min: 2000, max: 3000 }, baseline: { value: 1900 } });
    const kb = byKey('cold.apiKB');
    expect(kb).toMatchObject({ value: 600, baseline: { value: 1800 } });
    expect(kb && ratio(kb)).toBe(3);
  });

  it('says how many runs never got there instead of hiding them', () => {
    expect(byKey('warm.firstContentMs')).toMatchObject({ value: 1000, note: '1 of 3 runs never got there' });
  });

  it('gives keystroke percentiles and the baseline failure as a note with no value', () => {
    expect(byKey('keystrokeP50Ms')?.value).toBe(10);
    expect(byKey('keystrokeP95Ms')).toMatchObject({ value: 19, baseline: { value: null, note: 'fails: HTTP 500 list view threshold' } });
    expect(byKey('keystrokePaintP95Ms')?.value).toBe(28);
  });

  it('reports the ship bundle and the heap in KB and MB, and no spread when every run agreed', () => {
    expect(byKey('bundleGzipKB')?.value).toBe(134);
    expect(byKey('peakHeapMB')?.value).toBe(50);
    expect(byKey('cold.dataRequests')).toMatchObject({ value: 4 });
    expect(byKey('cold.dataRequests')?.range).toBeUndefined();
  });
});

describe('collectFigures under a network profile', () => {
  const figures = collectFigures({ views: [officers], baselines: [], bundles: [], profile: 'spo' });

  it('names the profile in every key after the view, so budgets of each profile stay apart', () => {
    expect(figures.map((figure) => figure.key)).toContain('officer-directory.spo.cold.firstContentMs');
    expect(figures.map((figure) => figure.key)).toContain('officer-directory.spo.cold.roundTrips');
    expect(figures.every((figure) => figure.key.startsWith('officer-directory.spo.'))).toBe(true);
    expect(figures[0].view).toBe('officer-directory (spo)');
  });

  it('leaves keystrokes and bundle size to the zero-latency figures', () => {
    expect(figures.some((figure) => /keystroke|bundle/i.test(figure.key))).toBe(false);
  });
});

describe('collectFigures for a view that could not be measured', () => {
  it('gives no values, with the reason, so its budgets fail as not measured', () => {
    const figures = collectFigures({
      views: [{ key: 'member-briefings', cold: [], warm: [], keystrokes: [], peakHeapBytes: 0, failure: 'page.waitForFunction: Timeout 90000ms exceeded.' }],
      baselines: [],
      bundles: []
    });
    const interactive = figures.find((figure) => figure.key === 'member-briefings.cold.interactiveMs');
    expect(interactive).toMatchObject({ value: null, note: 'page.waitForFunction: Timeout 90000ms exceeded.' });
    expect(figures.find((figure) => figure.key === 'member-briefings.peakHeapMB')?.value).toBeNull();
    expect(figures.find((figure) => figure.key === 'member-briefings.bundleGzipKB')).toMatchObject({ value: null, note: 'no member-briefings-web-part bundle' });
  });
});
