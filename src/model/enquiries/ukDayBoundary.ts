/**
 * Where a UK calendar day starts and ends as an instant. UK clocks change at 01:00 UTC (GMT ↔ BST),
 * never at midnight, so midnight in London is 00:00 UTC in winter and 23:00 UTC the day before in
 * summer; which one is asked of the platform's time-zone data (ukDateOf), not a hand-written rule.
 */
import { addDays, CalendarDate, isCalendarDate, ukDateOf } from '../../schema/ukDates';

const MS_PER_HOUR = 3_600_000;

/** The instant a UK calendar day begins (00:00 in London). */
export function startOfUkDay(date: CalendarDate): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const anHourEarlier = new Date(utcMidnight - MS_PER_HOUR);
  // In BST 23:00 UTC the day before is already 00:00 on `date` in London; in GMT it is 23:00 the day before.
  return ukDateOf(anHourEarlier) === date ? anHourEarlier : new Date(utcMidnight);
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
  return instant.getTime() < endOfUkDay(date).getTime();
}
