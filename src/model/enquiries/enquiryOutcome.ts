/**
 * How one enquiry stands against its targets at a given instant. Each target is met ("onTime"),
 * missed ("late": done after the end of its due day, or not done and that day is over), or not yet
 * decided ("pending": not done and still within its due day).
 */
import type { CalendarDate } from '../../schema/ukDates';
import { enquiryDueDates } from './enquiryDueDates';
import type { IEnquiryForReport } from './enquiryForReport';
import type { IEnquiryTargets } from './enquiryTargets';
import { isByEndOfUkDay } from './ukDayBoundary';
import type { IWorkingCalendar } from './workingCalendar';

export type TargetOutcome = 'onTime' | 'late' | 'pending';

export interface IEnquiryOutcome {
  readonly enquiry: IEnquiryForReport;
  readonly acknowledgeBy: CalendarDate;
  readonly respondBy: CalendarDate;
  readonly acknowledgement: TargetOutcome;
  readonly response: TargetOutcome;
  /** When it was acknowledged, as far as was known at asOf (a response or closure counts). */
  readonly acknowledgedAt: Date | undefined;
  /** When it was responded to, as far as was known at asOf (a closure counts). */
  readonly respondedAt: Date | undefined;
  readonly isOpen: boolean;
  /** Open, and a target it has not met is already past its due day. */
  readonly isOverdue: boolean;
  /** The due day of the earliest target it has missed and still not met; undefined unless overdue. */
  readonly overdueSince: CalendarDate | undefined;
}

function outcomeOf(done: Date | undefined, dueBy: CalendarDate, asOf: Date): TargetOutcome {
  if (done !== undefined) return isByEndOfUkDay(done, dueBy) ? 'onTime' : 'late';
  return isByEndOfUkDay(asOf, dueBy) ? 'pending' : 'late';
}

/** What has happened by `asOf`: a time after it is not known yet at that instant. */
function knownBy(time: Date | undefined, asOf: Date): Date | undefined {
  return time !== undefined && time.getTime() <= asOf.getTime() ? time : undefined;
}

export function enquiryOutcome(
  enquiry: IEnquiryForReport,
  asOf: Date,
  targets: IEnquiryTargets,
  calendar: IWorkingCalendar
): IEnquiryOutcome {
  const { acknowledgeBy, respondBy } = enquiryDueDates(enquiry.received, targets, calendar);
  const responded = knownBy(enquiry.responded ?? enquiry.closed, asOf);
  const acknowledged = knownBy(enquiry.acknowledged, asOf) ?? responded;
  const acknowledgement = outcomeOf(acknowledged, acknowledgeBy, asOf);
  const response = outcomeOf(responded, respondBy, asOf);
  // Closed now but only after asOf: still open at asOf.
  const isOpen = enquiry.status !== 'closed' || (enquiry.closed !== undefined && enquiry.closed.getTime() > asOf.getTime());
  const missed =
    acknowledged === undefined && acknowledgement === 'late'
      ? acknowledgeBy
      : responded === undefined && response === 'late'
        ? respondBy
        : undefined;
  const overdueSince = isOpen ? missed : undefined;
  return {
    enquiry,
    acknowledgeBy,
    respondBy,
    acknowledgement,
    response,
    acknowledgedAt: acknowledged,
    respondedAt: responded,
    isOpen,
    isOverdue: overdueSince !== undefined,
    overdueSince
  };
}
