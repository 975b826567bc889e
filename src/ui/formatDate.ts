import { uiLocale, type UiLocale } from '../model/uiLocale';
import { formatWelshDate } from '../model/welshCalendar';

const longDates = new Map<UiLocale, Intl.DateTimeFormat>();

/** "6 May 2021" / "6 Mai 2021": day first, month in words so it cannot be misread. */
export function formatLongDate(date: Date, locale: UiLocale = uiLocale()): string {
  if (locale === 'cy-GB') {
    return formatWelshDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), weekday: date.getDay() }, 'long');
  }
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    longDates.set(locale, format);
  }
  return format.format(date);
}
