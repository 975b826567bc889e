/**
 * How one enquiry stands against its targets at a given instant. Each target is met ("onTime"),
 * missed ("late": done after the end of its due day, or not done and that day is over), or not yet
 * decided ("pending": not done and still within its due day).
 */
import type { CalendarDate } from '../../schema/ukDates';
import type { IEnquiryDueDates } from './enquiryDueDates';
import { receivedOn } from './enquiryDueDates';
import type { IEnquiryForReport } from './enquiryForReport';
import { isByEndOfUkDay } from './ukDayBoundary';

export type TargetOutcome = 'onTime' | 'late' | 'pending';

export interface IEnquiryOutcome {
  readonly enquiry: IEnquiryForReport;
  /** The UK date it arrived on (day 0 of its targets). */
  readonly receivedOn: CalendarDate;
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

/** `dueDatesOf` gives the due dates for a day of receipt (dueDatesByDay in enquiryDueDates.ts). */
export function enquiryOutcome(
  enquiry: IEnquiryForReport,
  asOf: Date,
  dueDatesOf: (day0: CalendarDate) => IEnquiryDueDates
): IEnquiryOutcome {
  const day0 = receivedOn(enquiry.received);
  const { acknowledgeBy, respondBy } = dueDatesOf(day0);
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
    receivedOn: day0,
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
