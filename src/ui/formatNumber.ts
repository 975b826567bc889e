const grouped = new Intl.NumberFormat('en-GB');

/** "20,000": UK digit grouping, so large counts read at a glance. */
export function formatNumber(value: number): string {
  return grouped.format(value);
}
