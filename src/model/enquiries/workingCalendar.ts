/**
 * Which UK calendar dates are working days for a council: Monday to Friday, except its nation's
 * bank holidays (the generated ukBankHolidays.ts) and the closure days its admin adds (a
 * Christmas closure, say). Dates are plain `YYYY-MM-DD` UK dates, so no time zone shifts them.
 */
import { CalendarDate, isCalendarDate, isoWeekday } from '../../schema/ukDates';
import { UK_BANK_HOLIDAYS, UK_BANK_HOLIDAYS_FIRST_YEAR, UK_BANK_HOLIDAYS_LAST_YEAR } from './ukBankHolidays';
import type { UkNation } from './ukNation';

export interface IWorkingCalendar {
  readonly nation: UkNation;
  /** True on a weekday that is neither a bank holiday of the nation nor a closure day. */
  isWorkingDay(date: CalendarDate): boolean;
}

/** A date outside the years the bank-holiday data covers: the answer would be a guess, so none is given. */
export class BankHolidaysNotCoveredError extends RangeError {
  public constructor(public readonly date: CalendarDate) {
    super(
      `Bank holidays for ${date.slice(0, 4)} are not in the data (it covers ${UK_BANK_HOLIDAYS_FIRST_YEAR}–${UK_BANK_HOLIDAYS_LAST_YEAR}): ` +
        'regenerate src/model/enquiries/ukBankHolidays.ts (docs/enquiries.md § Bank holidays).'
    );
    this.name = 'BankHolidaysNotCoveredError';
  }
}

export function isCoveredYear(date: CalendarDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= UK_BANK_HOLIDAYS_FIRST_YEAR && year <= UK_BANK_HOLIDAYS_LAST_YEAR;
}

/** The working calendar of a council in `nation` that also closes on `closureDays` (YYYY-MM-DD). */
export function workingCalendar(nation: UkNation, closureDays: readonly CalendarDate[] = []): IWorkingCalendar {
  const invalid = closureDays.find((date) => !isCalendarDate(date));
  if (invalid !== undefined) throw new RangeError(`A closure day must be a calendar date as YYYY-MM-DD, got "${invalid}"`);
  const closed = new Set<CalendarDate>([...UK_BANK_HOLIDAYS[nation], ...closureDays]);
  return {
    nation,
    isWorkingDay(date: CalendarDate): boolean {
      if (!isCalendarDate(date)) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
      if (!isCoveredYear(date)) throw new BankHolidaysNotCoveredError(date);
      return isoWeekday(date) <= 5 && !closed.has(date);
    }
  };
}
