/**
 * How long services take to respond, in working days: from the UK day an enquiry arrived (day 0) to the UK day
 * of its response (a closure without a response counts, as in the report). Same-day is 0; a response on the
 * next working day is 1.
 */
import type { IEnquiryForReport } from './enquiryForReport';
import { receivedOn } from './enquiryDueDates';
import { ukDateAt } from './ukDayBoundary';
import type { IWorkingCalendar } from './workingCalendar';
import { workingDaysAfter } from './workingDays';

/** Working days to respond, or undefined while not responded at `asOf`. */
export function workingDaysToRespond(enquiry: IEnquiryForReport, asOf: Date, calendar: IWorkingCalendar): number | undefined {
  const responded = enquiry.responded ?? enquiry.closed;
  if (responded === undefined || responded.getTime() > asOf.getTime()) return undefined;
  return workingDaysAfter(calendar, receivedOn(enquiry.received), ukDateAt(responded));
}

/** The median of the values (the mean of the middle two for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The median working days to respond by group (`keyOf`, e.g. REPORT_GROUP_KEY.ward; keys trimmed), over the
 * enquiries responded to by `asOf`. A group with none responded has no entry.
 */
export function medianWorkingDaysToRespondBy(
  enquiries: readonly IEnquiryForReport[],
  asOf: Date,
  calendar: IWorkingCalendar,
  keyOf: (enquiry: IEnquiryForReport) => string
): ReadonlyMap<string, number> {
  const days = new Map<string, number[]>();
  for (const enquiry of enquiries) {
    if (enquiry.received.getTime() > asOf.getTime()) continue;
    const taken = workingDaysToRespond(enquiry, asOf, calendar);
    if (taken === undefined) continue;
    const key = keyOf(enquiry).trim();
    const list = days.get(key);
    if (list) list.push(taken);
    else days.set(key, [taken]);
  }
  const medians = new Map<string, number>();
  for (const [group, values] of days) {
    const value = median(values);
    if (value !== undefined) medians.set(group, value);
  }
  return medians;
}

/** The median working days to respond by service ("" for not recorded). */
export function medianWorkingDaysToRespondByService(
  enquiries: readonly IEnquiryForReport[],
  asOf: Date,
  calendar: IWorkingCalendar
): ReadonlyMap<string, number> {
  return medianWorkingDaysToRespondBy(enquiries, asOf, calendar, (enquiry) => enquiry.service);
}
