import type { IEnquiry } from '../../../data/IEnquiryRepository';
import type { IQueueOpening } from '../../../data/IServiceEnquiriesRepository';
import { earliestReopenableClosure } from '../../../model/enquiries/enquiryReopenWindow';
import { UK_NATIONS } from '../../../model/enquiries/ukNation';
import { workingCalendar } from '../../../model/enquiries/workingCalendar';

/**
 * Calendar days read before the earliest bank-holiday-only reopen window on a cold load: room for the council's own
 * closure days, which arrive beside the queue (its settings), not before it. More closure days than this within
 * the window (rare) cost one more read of the closures, never a wrong list.
 */
export const CLOSURE_DAYS_ALLOWANCE = 7;

const DAY_MS = 86_400_000;

/** Where a cold load reads closures from: early enough for any UK nation's reopen window plus the allowance. */
export function closuresReadFrom(now: Date): Date {
  const earliest = Math.min(...UK_NATIONS.map((nation) => earliestReopenableClosure(now, workingCalendar(nation)).getTime()));
  return new Date(earliest - CLOSURE_DAYS_ALLOWANCE * DAY_MS);
}

export interface IServiceLists {
  readonly open: readonly IEnquiry[];
  readonly recentlyClosed: readonly IEnquiry[];
}

/**
 * One service's lists (or every service's, `serviceId` undefined) from a cold load's reads, which hold every
 * service the user may read: its open enquiries in queue order, and those closed since `since` (the council's
 * calendar), newest closure first. Undefined when those reads began after `since` (they would miss closures).
 */
export function listsFromOpening(lists: Exclude<IQueueOpening['lists'], { readonly error: unknown }>, serviceId: number | undefined, since: Date): IServiceLists | undefined {
  if (lists.closedSince.getTime() > since.getTime()) return undefined;
  const inScope = (enquiry: IEnquiry): boolean => serviceId === undefined || enquiry.serviceId === serviceId;
  return {
    open: lists.open.filter(inScope),
    recentlyClosed: lists.closed
      .filter((enquiry) => inScope(enquiry) && enquiry.closed !== undefined && enquiry.closed.getTime() >= since.getTime())
      .sort((a, b) => (b.closed?.getTime() ?? 0) - (a.closed?.getTime() ?? 0))
  };
}
