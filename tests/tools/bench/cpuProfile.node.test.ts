import { describeProfileSummary, ICpuProfile, moduleLineIndex, profileWindow, summariseProfile } from '../../../tools/bench/cpuProfile';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

/** root → render (a.js line 3) → mergeStyles (a.js line 12); idle and GC beside them. Samples every 100 µs from 1,000 µs. */
const profile: ICpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4, 5] },
    { id: 2, callFrame: frame('render', 'http://x/bench/assets/a.js', 3), children: [3] },
    { id: 3, callFrame: frame('mergeStyles', 'http://x/bench/assets/a.js', 12) },
    { id: 4, callFrame: frame('(idle)') },
    { id: 5, callFrame: frame('(garbage collector)') }
  ],
  startTime: 1000,
  endTime: 1800,
  // at 1100, 1200, …, 1700; each lasts until the next (the last until endTime, 1800)
  samples: [4, 2, 3, 3, 5, 2, 3],
  timeDeltas: [100, 100, 100, 100, 100, 100, 100]
};

const sourceOf = (url: string, line: number): string | null => (url.endsWith('/a.js') ? (line < 10 ? 'src/ui/View.tsx' : 'node_modules/@fluentui/merge-styles/lib/x.js') : null);

describe('summariseProfile', () => {
  it('adds each sample\u2019s time to its source file and function, V8 entries by name, largest first', () => {
    const summary = summariseProfile(profile, {}, sourceOf);
    expect(summary.windowMs).toBeCloseTo(0.8);
    expect(summary.bySource).toEqual([
      { label: 'node_modules/@fluentui/merge-styles/lib/x.js', selfMs: 0.3 },
      { label: 'src/ui/View.tsx', selfMs: 0.2 },
      { label: '(garbage collector)', selfMs: 0.1 },
      { label: '(idle)', selfMs: 0.1 }
    ]);
    expect(summary.byFunction[0]).toEqual({ label: 'mergeStyles (node_modules/@fluentui/merge-styles/lib/x.js:13)', selfMs: 0.3 });
    expect(summary.byFunction[1]).toEqual({ label: 'render (src/ui/View.tsx:4)', selfMs: 0.2 });
  });

  it('counts only the part of each sample inside the window', () => {
    // 1250–1550: half of the render sample at 1200, the two mergeStyles samples, half of the GC one.
    const summary = summariseProfile(profile, { fromUs: 1250, toUs: 1550 }, sourceOf);
    expect(summary.windowMs).toBeCloseTo(0.3);
    expect(summary.bySource.map((entry) => [entry.label, Number(entry.selfMs.toFixed(3))])).toEqual([
      ['node_modules/@fluentui/merge-styles/lib/x.js', 0.2],
      ['(garbage collector)', 0.05],
      ['src/ui/View.tsx', 0.05]
    ]);
  });

  it('falls back to the url when the source is unknown, and keeps the top entries only', () => {
    const summary = summariseProfile(profile, {}, () => null, 2);
    expect(summary.bySource).toEqual([
      { label: 'http://x/bench/assets/a.js', selfMs: 0.5 },
      { label: '(garbage collector)', selfMs: 0.1 }
    ]);
    expect(describeProfileSummary('- view, warm', summary)).toContain('0.5 ms  http://x/bench/assets/a.js');
  });
});

describe('profileWindow', () => {
  it('puts page marks on the protocol\u2019s monotonic clock through one request\u2019s wall time and timestamp', () => {
    // The page's origin is epoch 1,000,000 ms; a request sent at epoch 1,000.5 s had monotonic timestamp 50.5 s.
    const window = profileWindow({ from: 200, to: 450 }, 1_000_000, { wallTimeSeconds: 1000.5, monotonicSeconds: 50.5 });
    expect(window.fromUs).toBeCloseTo(50.2e6, 0);
    expect(window.toUs).toBeCloseTo(50.45e6, 0);
  });
});

describe('moduleLineIndex', () => {
  it('finds the module esbuild names above each line, nothing before the first', () => {
    const code = ['import "x";', '// src/ui/View.tsx', 'function a() {}', '  // node_modules/react/index.js', 'var b;', '// not a path'].join('\n');
    const sourceAt = moduleLineIndex(code);
    expect([0, 1, 2, 3, 4, 5].map(sourceAt)).toEqual([null, 'src/ui/View.tsx', 'src/ui/View.tsx', 'node_modules/react/index.js', 'node_modules/react/index.js', 'node_modules/react/index.js']);
  });
});
