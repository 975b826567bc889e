/**
 * Where a UK calendar day starts and ends as an instant. UK clocks change at 01:00 UTC (GMT ↔ BST),
 * never at midnight, so midnight in London is 00:00 UTC in winter and 23:00 UTC the day before in
 * summer; which one is asked of the platform's time-zone data (ukDateOf), not a hand-written rule.
 */
import { addDays, CalendarDate, isCalendarDate, ukDateOf } from '../../schema/ukDates';

const MS_PER_HOUR = 3_600_000;
/** Days asked about are few (a report spans a year or two), and asking Intl is slow: remember up to this many. */
const REMEMBERED_DAYS = 5000;
const startsOfDays = new Map<CalendarDate, number>();

function startOfUkDayMs(date: CalendarDate): number {
  const known = startsOfDays.get(date);
  if (known !== undefined) return known;
  if (!isCalendarDate(date)) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const anHourEarlier = utcMidnight - MS_PER_HOUR;
  // In BST 23:00 UTC the day before is already 00:00 on `date` in London; in GMT it is 23:00 the day before.
  const start = ukDateOf(new Date(anHourEarlier)) === date ? anHourEarlier : utcMidnight;
  if (startsOfDays.size >= REMEMBERED_DAYS) startsOfDays.clear();
  startsOfDays.set(date, start);
  return start;
}

/** The instant a UK calendar day begins (00:00 in London). */
export function startOfUkDay(date: CalendarDate): Date {
  return new Date(startOfUkDayMs(date));
}

/**
 * The end of a UK calendar day, as the instant the next day begins: "by the end of Monday" means
 * before this instant (an answer at 23:59:59.999 London time on Monday is on time).
 */
export function endOfUkDay(date: CalendarDate): Date {
  return startOfUkDay(addDays(date, 1));
}

/** True when `instant` is no later than the end of the UK day `date`. */
export function isByEndOfUkDay(instant: Date, date: CalendarDate): boolean {
  return instant.getTime() < startOfUkDayMs(addDays(date, 1));
}

/**
 * The UK calendar date at an instant, as ukDateOf gives it, from the remembered day boundaries:
 * London is never behind UTC and at most an hour ahead, so it is the UTC date or the day after.
 */
export function ukDateAt(instant: Date): CalendarDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Expected a valid instant');
  const utcDate = instant.toISOString().slice(0, 10);
  const nextDay = addDays(utcDate, 1);
  return ms >= startOfUkDayMs(nextDay) ? nextDay : utcDate;
}
