import * as strings from 'MemberEnquiriesWebPartStrings';
import type { IEnquiryDraft } from '../../../data/enquiryDraftStore';
import { enquiryRulesFrom, type IEnquiryCalendarSettings } from '../../../model/enquiries/enquiryCalendarSettings';
import { enquiryDueDates, type IEnquiryDueDates } from '../../../model/enquiries/enquiryDueDates';
import { startOfUkDay } from '../../../model/enquiries/ukDayBoundary';
import { isCalendarDate, ukDateOf, type CalendarDate } from '../../../schema/ukDates';

export type RaiseField = 'memberId' | 'receivedOn' | 'serviceId' | 'subject' | 'details' | 'location' | 'constituentReference';

/** In the order the form shows them, so the error summary lists them in that order. */
export const RAISE_FIELDS: readonly RaiseField[] = ['memberId', 'receivedOn', 'subject', 'details', 'serviceId', 'location', 'constituentReference'];

/** The lists' limits (src/schema/lists/enquiries.ts): Title and EnquiryLocation 255, ConstituentReference 50. */
const SUBJECT_MAX = 255;
const LOCATION_MAX = 255;
const REFERENCE_MAX = 50;

/** Each field's problem, in words that say how to put it right; empty when the enquiry can be sent. */
export function raiseEnquiryProblems(draft: IEnquiryDraft, onBehalf: boolean, today: CalendarDate): Partial<Record<RaiseField, string>> {
  const problems: Partial<Record<RaiseField, string>> = {};
  if (onBehalf && draft.memberId === undefined) problems.memberId = strings.MemberRequired;
  if (onBehalf) {
    if (!draft.receivedOn || !isCalendarDate(draft.receivedOn)) problems.receivedOn = strings.ReceivedOnRequired;
    else if (draft.receivedOn > today) problems.receivedOn = strings.ReceivedOnInFuture;
  }
  if (draft.serviceId === undefined) problems.serviceId = strings.ServiceRequired;
  if (draft.subject.trim() === '') problems.subject = strings.SubjectRequired;
  else if (draft.subject.trim().length > SUBJECT_MAX) problems.subject = strings.SubjectTooLong;
  if (draft.details.trim() === '') problems.details = strings.DetailsRequired;
  if (draft.location.trim().length > LOCATION_MAX) problems.location = strings.LocationTooLong;
  if (draft.constituentReference.trim().length > REFERENCE_MAX) problems.constituentReference = strings.ReferenceTooLong;
  return problems;
}

/**
 * When the council received it: now for the member's own; for one Democratic Services logs, the day it
 * arrived (now if that is today, else midday UK time that day: only the UK date counts for the targets).
 */
export function receivedAt(receivedOn: CalendarDate | undefined, now: Date): Date {
  if (receivedOn === undefined || !isCalendarDate(receivedOn) || receivedOn === ukDateOf(now)) return now;
  return new Date(startOfUkDay(receivedOn).getTime() + 12 * 3_600_000);
}

/**
 * The acknowledge-by and respond-by dates under the council's targets, its nation's bank holidays and its
 * closure days; undefined where the bank holiday data does not cover the date (docs/enquiries.md).
 */
export function dueDatesFor(received: Date, settings: IEnquiryCalendarSettings): IEnquiryDueDates | undefined {
  try {
    const rules = enquiryRulesFrom(settings);
    return enquiryDueDates(received, rules.targets, rules.calendar);
  } catch {
    return undefined;
  }
}
