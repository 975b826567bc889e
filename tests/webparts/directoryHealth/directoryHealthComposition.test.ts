import { reviewMonthsFrom } from '../../../src/webparts/directoryHealth/directoryHealthComposition';

describe('reviewMonthsFrom', () => {
  it.each([
    [12, 12],
    [1, 1],
    [60, 60],
    ['6', 6],
    [0, 12],
    [61, 12],
    [2.5, 12],
    ['', 12],
    [undefined, 12],
    ['soon', 12]
  ])('%j months → %i', (stored, expected) => {
    expect(reviewMonthsFrom(stored)).toBe(expected);
  });
});
