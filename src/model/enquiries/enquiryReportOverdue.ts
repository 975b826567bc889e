/**
 * The report's open and overdue list as Democratic Services read it on screen: each enquiry that is open and past
 * a due day, which target it missed, on what day, and how many working days late it is now (the council's
 * working calendar: bank holidays of its nation and its closure days). Longest overdue first.
 */
import type { CalendarDate } from '../../schema/ukDates';
import type { IEnquiryOutcome } from './enquiryOutcome';
import type { IEnquiryReport } from './enquiryReport';
import { ukDateAt } from './ukDayBoundary';
import type { IWorkingCalendar } from './workingCalendar';
import { workingDaysAfter } from './workingDays';

export interface IOverdueEnquiry {
  readonly outcome: IEnquiryOutcome;
  /** The target it missed first and has still not met. */
  readonly missed: 'acknowledgement' | 'response';
  /** The due day of that target. */
  readonly due: CalendarDate;
  /** Working days after the due day, up to the report's day (0 when only a weekend or holiday has passed since). */
  readonly workingDaysOverdue: number;
}

export function overdueEnquiries(report: IEnquiryReport, calendar: IWorkingCalendar): readonly IOverdueEnquiry[] {
  const today = ukDateAt(report.asOf);
  return report.overdue
    .flatMap((outcome): IOverdueEnquiry[] => {
      const due = outcome.overdueSince;
      if (due === undefined) return [];
      const missed = due === outcome.acknowledgeBy && outcome.acknowledgedAt === undefined ? 'acknowledgement' : 'response';
      return [{ outcome, missed, due, workingDaysOverdue: workingDaysAfter(calendar, due, today) }];
    })
    .sort(
      (a, b) =>
        b.workingDaysOverdue - a.workingDaysOverdue ||
        a.due.localeCompare(b.due) ||
        a.outcome.enquiry.received.getTime() - b.outcome.enquiry.received.getTime() ||
        a.outcome.enquiry.id.localeCompare(b.outcome.enquiry.id, 'en-GB', { numeric: true })
    );
}
