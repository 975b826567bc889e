/**
 * How long after closing an enquiry its service may reopen it (the member's follow-up window, issue #19):
 * until the end of the 10th working day after the UK day it was closed, counted as the targets are
 * (docs/enquiries.md § Working days). After that a follow-up is a new enquiry, so the on-time figures of
 * the closed one stay as scrutiny saw them.
 */
import { addWorkingDays } from './workingDays';
import { endOfUkDay, startOfUkDay, ukDateAt } from './ukDayBoundary';
import { addDays } from '../../schema/ukDates';
import type { IWorkingCalendar } from './workingCalendar';

export const REOPEN_WORKING_DAYS = 10;

/** The instant the reopen window ends: the start of the UK day after its last working day. */
export function reopenWindowEnd(closed: Date, calendar: IWorkingCalendar, workingDays: number = REOPEN_WORKING_DAYS): Date {
  return endOfUkDay(addWorkingDays(calendar, ukDateAt(closed), workingDays));
}

/** True while an enquiry closed at `closed` may still be reopened at `now`. */
export function canReopen(closed: Date, now: Date, calendar: IWorkingCalendar, workingDays: number = REOPEN_WORKING_DAYS): boolean {
  return now.getTime() >= closed.getTime() && now.getTime() < reopenWindowEnd(closed, calendar, workingDays).getTime();
}

/** The start of the earliest UK day an enquiry may have been closed on and still be reopenable at `now`: the bound for reading recently closed enquiries. */
export function earliestReopenableClosure(now: Date, calendar: IWorkingCalendar, workingDays: number = REOPEN_WORKING_DAYS): Date {
  const today = ukDateAt(now);
  let earliest = today;
  // Monotone: the earlier the closure, the earlier its window ends; walk back while the window still reaches today.
  for (let day = addDays(today, -1); addWorkingDays(calendar, day, workingDays) >= today; day = addDays(day, -1)) earliest = day;
  return startOfUkDay(earliest);
}
