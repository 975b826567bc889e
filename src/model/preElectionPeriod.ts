import { isCalendarDate, isDateWithin, type CalendarDate } from '../schema/ukDates';

/**
 * The pre-election period ("purdah"): from the notice of election to polling day, both days
 * included, when briefings must take extra care over publicity. Dates are UK calendar dates.
 */
export interface IPreElectionPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** False when no period is set, or when its dates are not valid or run backwards. */
export function isWithinPreElectionPeriod(today: CalendarDate, period: IPreElectionPeriod | undefined): boolean {
  if (!period || !isCalendarDate(today) || !isCalendarDate(period.from) || !isCalendarDate(period.to)) return false;
  return isDateWithin(today, period.from, period.to);
}
