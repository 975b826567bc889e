import { addDays, type CalendarDate } from './ukDates';

/**
 * SharePoint keeps a date-only column as midnight of the chosen date *in the site's regional
 * time zone*, converted to UTC. On a UK site a winter Monday is `…T00:00:00Z` and a summer
 * (BST) Monday is the Sunday before at 23:00Z. A site left on another zone shifts it further.
 *
 * So a stored value is read as the calendar date whose UTC midnight is nearest to it, and a
 * date is queried as the 24-hour window centred on its UTC midnight (from 12:00Z the day before).
 * Both are right for GMT and BST alike, need no daylight-saving rule, and stay right for any site
 * zone within ±12 hours; neighbouring dates' windows never overlap.
 */

const MS_PER_HOUR = 3_600_000;

function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function windowStartOf(date: CalendarDate): number {
  return Date.parse(`${date}T00:00:00Z`) - 12 * MS_PER_HOUR;
}

/** The calendar date a date-only value holds; undefined when it is not an instant. */
export function calendarDateOfStored(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms + 12 * MS_PER_HOUR).toISOString().slice(0, 10);
}

/**
 * `$filter` for a date-only column holding a date from `from` up to but not including `before`:
 * `Column ge datetime'…' and Column lt datetime'…'`. Keep the column first so an index serves it.
 */
export function dateOnlyRangeFilter(column: string, from: CalendarDate, before: CalendarDate): string {
  return `${column} ge datetime'${isoInstant(windowStartOf(from))}' and ${column} lt datetime'${isoInstant(windowStartOf(before))}'`;
}

/** `$filter` for a date-only column holding exactly this date. */
export function dateOnlyEqualsFilter(column: string, date: CalendarDate): string {
  return dateOnlyRangeFilter(column, date, addDays(date, 1));
}
