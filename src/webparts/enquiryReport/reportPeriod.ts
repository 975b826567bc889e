/**
 * The periods the enquiries report offers, as UK calendar dates (both ends included) and as the instants the
 * read uses. Quarters are calendar quarters (April–June is the first of the council's financial year). The
 * municipal year runs from 1 May, as most councils' annual meetings fall in May; a council whose year starts
 * on another date chooses custom dates.
 */
import { addDays, CalendarDate, isCalendarDate } from '../../schema/ukDates';
import { endOfUkDay, startOfUkDay } from '../../model/enquiries/ukDayBoundary';
import type { IEnquiryReportPeriod } from '../../data/EnquiryReportRepository';

export const REPORT_PERIOD_CHOICES = ['thisQuarter', 'lastQuarter', 'thisMunicipalYear', 'custom'] as const;
export type ReportPeriodChoice = (typeof REPORT_PERIOD_CHOICES)[number];

export interface IReportDates {
  readonly from: CalendarDate;
  /** Included: the report covers enquiries received up to the end of this UK day. */
  readonly to: CalendarDate;
}

const pad = (value: number): string => String(value).padStart(2, '0');
const dateOf = (year: number, month: number, day: number): CalendarDate => `${year}-${pad(month)}-${pad(day)}`;

function quarterStart(year: number, month: number): { year: number; month: number } {
  return { year, month: month - ((month - 1) % 3) };
}

/**
 * The dates of a choice on `today` (a UK date); a custom choice needs both dates, valid and in order, else
 * undefined. "This quarter" and "this municipal year" end today: nothing later has arrived.
 */
export function reportDates(choice: ReportPeriodChoice, today: CalendarDate, custom?: Partial<IReportDates>): IReportDates | undefined {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (choice) {
    case 'thisQuarter': {
      const start = quarterStart(year, month);
      return { from: dateOf(start.year, start.month, 1), to: today };
    }
    case 'lastQuarter': {
      const start = quarterStart(year, month);
      const previous = start.month === 1 ? { year: start.year - 1, month: 10 } : { year: start.year, month: start.month - 3 };
      return { from: dateOf(previous.year, previous.month, 1), to: addDays(dateOf(start.year, start.month, 1), -1) };
    }
    case 'thisMunicipalYear':
      return { from: dateOf(month >= 5 ? year : year - 1, 5, 1), to: today };
    case 'custom': {
      const from = custom?.from ?? '';
      const to = custom?.to ?? '';
      if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) return undefined;
      return { from, to };
    }
  }
}

/** The instants the read takes: from the start of the first UK day to the end of the last. */
export function periodOf(dates: IReportDates): IEnquiryReportPeriod {
  return { from: startOfUkDay(dates.from), to: endOfUkDay(dates.to) };
}
