import { checkBudgets } from '../../../tools/bench/budgets';
import type { IFigure } from '../../../tools/bench/figures';
import { formatValue, markdownTable } from '../../../tools/bench/table';

const figures: IFigure[] = [
  {
    key: 'officer-directory.cold.apiKB',
    view: 'officer-directory',
    label: 'API data, cold load (gzip)',
    unit: 'KB',
    value: 512.34,
    range: { min: 500, max: 530.5 },
    baseline: { value: 1904.8 }
  },
  {
    key: 'officer-directory.keystrokeP95Ms',
    view: 'officer-directory',
    label: 'Keystroke | p95',
    unit: 'ms',
    value: 20,
    baseline: { value: null, note: 'fails: HTTP 500 list view threshold' }
  },
  { key: 'member-profiles.peakHeapMB', view: 'member-profiles', label: 'Peak JS heap', unit: 'MB', value: null, note: 'page closed early' }
];

describe('formatValue', () => {
  it('writes numbers the UK way with the unit, whole numbers without decimals', () => {
    expect(formatValue(1234.56, 'KB')).toBe('1,234.6 KB');
    expect(formatValue(3, 'requests')).toBe('3');
    expect(formatValue(16, 'ms')).toBe('16 ms');
    expect(formatValue(null, 'ms')).toBe('—');
    expect(formatValue(NaN, 'ms')).toBe('—');
  });
});

describe('markdownTable', () => {
  const table = markdownTable(figures, checkBudgets(figures, [
    { metric: 'officer-directory.cold.apiKB', max: 600, why: 'wire' },
    { metric: 'officer-directory.keystrokeP95Ms', max: 16, why: 'frame' }
  ]));
  const lines = table.split('\n');

  it('has a header, a separator and one row per figure, all with the same number of cells', () => {
    expect(lines).toHaveLength(2 + figures.length);
    expect(lines[0]).toBe('| View | Measure | Ours | Spread (min – max) | Baseline | Baseline ÷ ours | Budget |');
    const cells = (line: string): number => line.split(/(?<!\\)\|/).length;
    for (const line of lines) expect(cells(line)).toBe(cells(lines[0]));
  });

  it('shows the value, its spread, the baseline, the ratio and the budget verdict', () => {
    expect(lines[2]).toBe('| officer-directory | API data, cold load (gzip) | 512.3 KB | 500 KB – 530.5 KB | 1,904.8 KB | 3.7× | ok ≤ 600 KB |');
  });

  it('marks a broken budget and a failed baseline honestly, escaping pipes in labels', () => {
    expect(lines[3]).toBe('| officer-directory | Keystroke \\| p95 | 20 ms |  | — (fails: HTTP 500 list view threshold) | — | **OVER** ≤ 16 ms |');
  });

  it('says why a figure is missing', () => {
    expect(lines[4]).toBe('| member-profiles | Peak JS heap | — (page closed early) |  |  | — |  |');
  });
});

describe('markdownTable spread', () => {
  it('leaves the spread empty when the runs differ by less than the table shows', () => {
    const [row] = markdownTable([{ key: 'a.b', view: 'a', label: 'API data', unit: 'KB', value: 91.5, range: { min: 91.49, max: 91.52 } }], []).split('\n').slice(2);
    expect(row).toBe('| a | API data | 91.5 KB |  |  | — |  |');
  });
});
