/** Small statistics for the bench: nearest-rank percentiles and the median with its spread. */

export interface ISpread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Every run, in the order measured. */
  readonly runs: readonly number[];
}

/** Nearest-rank percentile (p in 0–100) of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** The median (mean of the middle two for an even count), min and max of the runs. */
export function spread(runs: readonly number[]): ISpread {
  if (runs.length === 0) return { median: NaN, min: NaN, max: NaN, runs: [] };
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: [...runs] };
}
