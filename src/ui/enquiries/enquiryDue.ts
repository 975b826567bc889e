import type { IEnquiry } from '../../data/IEnquiryRepository';
import { calendarDateOfStored } from '../../schema/dateOnlyColumns';
import { ukDateOf, type CalendarDate } from '../../schema/ukDates';
import { formatCalendarDate, type CalendarDateStyle } from '../formatCalendarDate';
import { formatText } from '../formatText';
import type { IEnquiryDisplayStrings } from './enquiryDisplayStrings';

export type EnquiryDueState =
  /** No response due date was recorded. */
  | 'none'
  /** Answered (responded or closed): the due date no longer matters to the reader. */
  | 'answered'
  /** Open, and today (UK) is on or before the due date: the response is due by the end of that day. */
  | 'due'
  /** Open, and the due day is over. */
  | 'overdue';

export interface IEnquiryDue {
  readonly state: EnquiryDueState;
  /** The response due date (a UK calendar date), when recorded. */
  readonly date?: CalendarDate;
}

/** Responded and Closed enquiries have had their answer; Received, Acknowledged and Reopened still wait for one. */
const ANSWERED: readonly IEnquiry['status'][] = ['Responded', 'Closed'];

/** Where an enquiry stands against its response due date (a date-only column), at `now`, in UK days. */
export function enquiryDue(enquiry: Pick<IEnquiry, 'due' | 'status'>, now: Date): IEnquiryDue {
  const date = enquiry.due ? calendarDateOfStored(enquiry.due.toISOString()) : undefined;
  if (date === undefined) return { state: 'none' };
  if (ANSWERED.includes(enquiry.status)) return { state: 'answered', date };
  return { state: ukDateOf(now) > date ? 'overdue' : 'due', date };
}

/** "Due by 20 March 2026", "Overdue: was due by 20 March 2026" or "No due date": in words, never by colour alone. */
export function enquiryDueText(due: IEnquiryDue, strings: IEnquiryDisplayStrings, style: CalendarDateStyle = 'long'): string {
  if (due.date === undefined) return strings.EnquiryNoDueDate;
  const date = formatCalendarDate(due.date, style);
  return formatText(due.state === 'overdue' ? strings.EnquiryOverdue : strings.EnquiryDueBy, date);
}
