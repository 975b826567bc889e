import { pageScript } from '../../../tools/bench/pageProbes';

describe('pageScript', () => {
  it('runs the probe with its argument as JSON', () => {
    const script = pageScript((label: string | null) => `${label ?? 'none'}!`, 'Search officers');
    expect(eval(script)).toBe('Search officers!');
    expect(eval(pageScript((label: string | null) => label, null))).toBeNull();
  });

  it("gives the page a stand-in for tsx's __name helper, which only the Node side has", () => {
    // What tsx (esbuild keepNames) makes of a probe with a named inner function.
    const compiled = Object.assign((count: number) => count, { toString: () => '(count) => { const twice = __name((n) => n * 2, "twice"); return twice(count); }' });
    expect(eval(pageScript(compiled, 21))).toBe(42);
  });
});
