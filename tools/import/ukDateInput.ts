/** Dates as people type them in UK spreadsheets, and as SharePoint stores a date-only column. */
import { isCalendarDate, ukDateOf, type CalendarDate } from '../../src/schema/ukDates';

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `31/01/2026`, `1/2/2026` (day first, as in the UK) or `2026-01-31`; undefined for anything else or a date that does not exist. */
export function parseUkOrIsoDate(text: string): CalendarDate | undefined {
  const trimmed = text.trim();
  const uk = UK_DATE.exec(trimmed);
  const date = uk
    ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}`
    : ISO_DATE.test(trimmed)
      ? trimmed
      : undefined;
  return date !== undefined && isCalendarDate(date) ? date : undefined;
}

const HOUR_MS = 3_600_000;

/**
 * The instant SharePoint keeps for a date-only value on a UK site: midnight in London, as UTC
 * (`2026-01-05T00:00:00Z` in winter, `2026-05-31T23:00:00Z` for 1 June in BST).
 */
export function ukMidnightInstant(date: CalendarDate): string {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // In BST, 23:00 UTC the evening before is already this date in London.
  const hourBefore = utcMidnight - HOUR_MS;
  const instant = ukDateOf(new Date(hourBefore)) === date ? hourBefore : utcMidnight;
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
