import { uiLocale, type UiLocale } from '../../model/uiLocale';
import { ukDateOf } from '../../schema/ukDates';
import { formatCalendarDate, type CalendarDateStyle } from '../formatCalendarDate';
import { formatText } from '../formatText';
import type { IEnquiryDisplayStrings } from './enquiryDisplayStrings';

const clocks = new Map<UiLocale, Intl.DateTimeFormat>();

/** The UK calendar date of an instant, written for the reader: "20 March 2026". */
export function formatEnquiryDate(instant: Date, style: CalendarDateStyle = 'long'): string {
  return formatCalendarDate(ukDateOf(instant), style);
}

/**
 * "20 March 2026 at 14:02", in UK time whatever the reader's device says: the council's targets
 * count UK days, so the time an officer answered is the council's time.
 */
export function formatEnquiryInstant(instant: Date, strings: IEnquiryDisplayStrings, locale: UiLocale = uiLocale()): string {
  let clock = clocks.get(locale);
  if (!clock) {
    clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });
    clocks.set(locale, clock);
  }
  return formatText(strings.EnquiryDateAtTime, formatEnquiryDate(instant), clock.format(instant));
}
