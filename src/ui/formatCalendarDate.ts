/**
 * Calendar dates and months written for the reader, in their UI language (src/model/uiLocale).
 * Formatted in UTC from UTC midnight, so the reader's own time zone can never move a date to the
 * day before. Welsh is written from our own table of names (src/model/welshCalendar): browsers
 * without Welsh locale data would otherwise fall back to "2026 M11 30, Mon".
 */
import { isCalendarDate, monthRange, type CalendarDate, type CalendarMonth } from '../schema/ukDates';
import { uiLocale } from '../model/uiLocale';
import { formatWelshDate, type IDateParts } from '../model/welshCalendar';

/** The calendar date as a Date at UTC midnight, for formatting with `timeZone: 'UTC'`. */
function utcMidnight(date: CalendarDate): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export type CalendarDateStyle =
  /** "23 November 2026" */
  | 'long'
  /** "Monday 23 November 2026" */
  | 'weekdayLong'
  /** "23 Nov 2026" */
  | 'medium'
  /** "23/11/2026" */
  | 'short';

const DATE_STYLE_OPTIONS: Readonly<Record<CalendarDateStyle, Intl.DateTimeFormatOptions>> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  weekdayLong: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' }
};

/** Building an Intl.DateTimeFormat costs far more than formatting with one (half a millisecond a card in a list): one per locale and style. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: CalendarDateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...DATE_STYLE_OPTIONS[style], timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date in the given locale (the reader's UI locale by default). */
export function formatCalendarDate(date: CalendarDate, style: CalendarDateStyle = 'long', locale: string = uiLocale()): string {
  if (isWelsh(locale)) {
    // dd/mm/yyyy is the same in Welsh; asked of Intl in en-GB, which every browser has.
    return style === 'short' ? formatCalendarDate(date, style, 'en-GB') : formatWelshDate(utcParts(utcMidnight(date)), style);
  }
  // en-GB and cy-GB put a comma after the weekday ("Monday, 23 November", "Dydd Llun, 23 Tachwedd"); house style has none.
  const text = dateFormat(locale, style).format(utcMidnight(date));
  return style === 'weekdayLong' && /^(en|cy)-gb$/i.test(locale) ? text.replace(/^(\p{L}+(?: \p{L}+)?),\s/u, '$1 ') : text;
}

const isWelsh = (locale: string): boolean => /^cy(?:-|$)/i.test(locale);

function utcParts(date: Date): IDateParts {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** "November 2026" / "Tachwedd 2026". */
export function formatCalendarMonth(month: CalendarMonth, locale: string = uiLocale()): string {
  if (isWelsh(locale)) return formatWelshDate(utcParts(utcMidnight(monthRange(month).first)), 'month');
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcMidnight(monthRange(month).first));
}
