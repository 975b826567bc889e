import { DEFAULT_REVIEW_MONTHS } from '../../model/health/officerFreshness';

export const MIN_REVIEW_MONTHS = 1;
export const MAX_REVIEW_MONTHS = 60;

/** The review window from the stored property: a whole number of months in range, else the default (12). */
export function reviewMonthsFrom(value: unknown): number {
  const months = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isInteger(months) || months < MIN_REVIEW_MONTHS || months > MAX_REVIEW_MONTHS) return DEFAULT_REVIEW_MONTHS;
  return months;
}
