import { percentile, spread } from '../../../tools/bench/stats';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it('takes the value at the nearest rank of the sorted values', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it('rounds the rank up on small samples', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 95)).toBe(40);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is NaN with nothing measured, and leaves the input alone', () => {
    expect(percentile([], 50)).toBeNaN();
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('spread', () => {
  it('gives the median, min and max of an odd number of runs, keeping the runs in order', () => {
    expect(spread([120, 80, 100, 300, 90])).toEqual({ median: 100, min: 80, max: 300, runs: [120, 80, 100, 300, 90] });
  });

  it('averages the middle two of an even number of runs', () => {
    expect(spread([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('is NaN with no runs', () => {
    expect(spread([]).median).toBeNaN();
  });
});
