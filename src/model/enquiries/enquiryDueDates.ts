/** When an enquiry received at an instant is due to be acknowledged and answered. */
import { CalendarDate, ukDateOf } from '../../schema/ukDates';
import type { IEnquiryTargets } from './enquiryTargets';
import type { IWorkingCalendar } from './workingCalendar';
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
  if (Number.isNaN(received.getTime())) throw new RangeError('An enquiry needs a valid time of receipt');
  const day0 = ukDateOf(received);
  return {
    acknowledgeBy: addWorkingDays(calendar, day0, targets.acknowledgeWorkingDays),
    respondBy: addWorkingDays(calendar, day0, targets.respondWorkingDays)
  };
}
