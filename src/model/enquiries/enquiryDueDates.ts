/** When an enquiry received at an instant is due to be acknowledged and answered. */
import type { CalendarDate } from '../../schema/ukDates';
import type { IEnquiryTargets } from './enquiryTargets';
import type { IWorkingCalendar } from './workingCalendar';
import { ukDateAt } from './ukDayBoundary';
import { addWorkingDays } from './workingDays';

export interface IEnquiryDueDates {
  /** Acknowledge by the end of this UK working day. */
  readonly acknowledgeBy: CalendarDate;
  /** Respond by the end of this UK working day. */
  readonly respondBy: CalendarDate;
}

/**
 * Counted from the UK date of receipt (Europe/London): an enquiry sent at 23:30 UTC on a Sunday
 * in summer arrived at 00:30 BST on Monday, so Monday is its day 0.
 */
export function enquiryDueDates(received: Date, targets: IEnquiryTargets, calendar: IWorkingCalendar): IEnquiryDueDates {
  return dueDatesFromDay(receivedOn(received), targets, calendar);
}

/**
 * A reopened enquiry's new response target: the council's respond target in working days, counted from the UK
 * date it was reopened (its new day 0) as for a new enquiry. Only the DueDate moves: the report measures the
 * first response against the target from receipt (it works that out from the date of receipt, never from DueDate),
 * so reopening cannot improve the on-time figures.
 */
export function reopenedRespondBy(reopened: Date, targets: IEnquiryTargets, calendar: IWorkingCalendar): CalendarDate {
  return enquiryDueDates(reopened, targets, calendar).respondBy;
}

/** The UK calendar date an enquiry arrived on: its day 0. */
export function receivedOn(received: Date): CalendarDate {
  if (Number.isNaN(received.getTime())) throw new RangeError('An enquiry needs a valid time of receipt');
  return ukDateAt(received);
}

function dueDatesFromDay(day0: CalendarDate, targets: IEnquiryTargets, calendar: IWorkingCalendar): IEnquiryDueDates {
  return {
    acknowledgeBy: addWorkingDays(calendar, day0, targets.acknowledgeWorkingDays),
    respondBy: addWorkingDays(calendar, day0, targets.respondWorkingDays)
  };
}

/**
 * Due dates by day of receipt, each day worked out once: a year of 20,000 enquiries arrives on at
 * most 366 days. For one report (one council's targets and calendar), not to be kept.
 */
export function dueDatesByDay(targets: IEnquiryTargets, calendar: IWorkingCalendar): (day0: CalendarDate) => IEnquiryDueDates {
  const known = new Map<CalendarDate, IEnquiryDueDates>();
  return (day0) => {
    let dueDates = known.get(day0);
    if (dueDates === undefined) {
      dueDates = dueDatesFromDay(day0, targets, calendar);
      known.set(day0, dueDates);
    }
    return dueDates;
  };
}
