/** Working-day arithmetic on UK calendar dates (see workingCalendar.ts for what a working day is). */
import { addDays, CalendarDate } from '../../schema/ukDates';
import type { IWorkingCalendar } from './workingCalendar';

/** A generous bound: no council target runs past a year of working days. */
const MAX_WORKING_DAYS = 260;

/**
 * The date `workingDays` working days after `from`, not counting `from` itself, whether or not
 * it is a working day: 1 working day after a Friday (or a Saturday) is the Monday, unless that
 * Monday is a bank holiday or a closure day.
 */
export function addWorkingDays(calendar: IWorkingCalendar, from: CalendarDate, workingDays: number): CalendarDate {
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
    throw new RangeError(`Working days must be a whole number from 1 to ${MAX_WORKING_DAYS}, got ${workingDays}`);
  }
  let date = from;
  for (let counted = 0; counted < workingDays; ) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return date;
}

/** The first working day after `date`. */
export function nextWorkingDay(calendar: IWorkingCalendar, date: CalendarDate): CalendarDate {
  return addWorkingDays(calendar, date, 1);
}

/**
 * Working days from the end of `from` to the end of `to` (0 when `to` is not after `from`):
 * how many working days late something due on `from` is on `to`.
 */
export function workingDaysAfter(calendar: IWorkingCalendar, from: CalendarDate, to: CalendarDate): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (calendar.isWorkingDay(date)) count++;
  }
  return count;
}
