import type { IEnquiry } from '../../../data/IEnquiryRepository';
import { workingDaysAfter } from '../../../model/enquiries/workingDays';
import type { IWorkingCalendar } from '../../../model/enquiries/workingCalendar';
import { addDays, mondayOf, type CalendarDate } from '../../../schema/ukDates';

/** Where an open enquiry stands against its response due date, as the queue words it. */
export type EnquiryDueState =
  | { readonly kind: 'overdue'; readonly due: CalendarDate; readonly workingDaysLate: number }
  | { readonly kind: 'today'; readonly due: CalendarDate }
  | { readonly kind: 'thisWeek'; readonly due: CalendarDate }
  | { readonly kind: 'later'; readonly due: CalendarDate }
  /** Responded or closed: the due date no longer presses. */
  | { readonly kind: 'answered'; readonly due: CalendarDate }
  | { readonly kind: 'noDueDate' };

/** DueDate is date-only: stored as UTC midnight of the UK date. */
export function dueDateOf(enquiry: IEnquiry): CalendarDate | undefined {
  return enquiry.due ? enquiry.due.toISOString().slice(0, 10) : undefined;
}

/** Overdue when not yet answered and the due day is over (its end, UK time, has passed: `today` is later). */
export function enquiryDueState(enquiry: IEnquiry, today: CalendarDate, calendar: IWorkingCalendar): EnquiryDueState {
  const due = dueDateOf(enquiry);
  if (due === undefined) return { kind: 'noDueDate' };
  if (enquiry.status === 'Responded' || enquiry.status === 'Closed') return { kind: 'answered', due };
  if (due < today) return { kind: 'overdue', due, workingDaysLate: Math.max(1, workingDaysAfter(calendar, due, today)) };
  if (due === today) return { kind: 'today', due };
  if (due <= addDays(mondayOf(today), 6)) return { kind: 'thisWeek', due };
  return { kind: 'later', due };
}
