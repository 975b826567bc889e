/**
 * UK calendar dates for weekly briefings. A calendar date is a plain `YYYY-MM-DD` string and a
 * month is `YYYY-MM`: no time of day, so no time zone can shift them. Only `ukDateOf` looks at
 * an instant, and it asks the platform's time-zone data (Intl) for Europe/London, so BST and GMT
 * are both right without a hand-written daylight-saving rule. Weeks start on Monday. How a date is
 * written for a reader (their language) is src/ui/formatCalendarDate.ts.
 */


/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;
/** A calendar month, `YYYY-MM`. */
export type CalendarMonth = string;

const MS_PER_DAY = 86_400_000;

const londonDateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit'
});

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Days since 1970-01-01 of a valid calendar date; undefined for anything else ("2026-02-30"). */
function dayNumberOf(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = ms / MS_PER_DAY;
  return calendarDateOfDay(day) === date ? day : undefined;
}

function calendarDateOfDay(day: number): CalendarDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function requireDay(date: string): number {
  const day = dayNumberOf(date);
  if (day === undefined) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
  return day;
}

export function isCalendarDate(value: string): boolean {
  return dayNumberOf(value) !== undefined;
}

export function isCalendarMonth(value: string): boolean {
  return /^\d{4}-\d{2}$/.test(value) && isCalendarDate(`${value}-01`);
}

/** The date on a UK calendar at this instant (Europe/London: GMT in winter, BST in summer). */
export function ukDateOf(instant: Date): CalendarDate {
  const parts = londonDateParts.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateOfDay(requireDay(date) + days);
}

/** 1 = Monday … 7 = Sunday (ISO 8601; UK weeks start on Monday). */
export function isoWeekday(date: CalendarDate): number {
  const sundayIsZero = new Date(requireDay(date) * MS_PER_DAY).getUTCDay();
  return sundayIsZero === 0 ? 7 : sundayIsZero;
}

/** The Monday of the week containing the date. */
export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - isoWeekday(date));
}

export function isMonday(date: string): boolean {
  return isCalendarDate(date) && isoWeekday(date) === 1;
}

/** The week commencing date (Monday) of the UK week this instant falls in. */
export function weekCommencingAt(instant: Date): CalendarDate {
  return mondayOf(ukDateOf(instant));
}

export function previousWeek(monday: CalendarDate): CalendarDate {
  return addDays(mondayOf(monday), -7);
}

export function nextWeek(monday: CalendarDate): CalendarDate {
  return addDays(mondayOf(monday), 7);
}

export function monthOf(date: CalendarDate): CalendarMonth {
  requireDay(date);
  return date.slice(0, 7);
}

function requireMonth(month: string): { year: number; month: number } {
  if (!isCalendarMonth(month)) throw new RangeError(`Expected a month as YYYY-MM, got "${month}"`);
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

function shiftMonth(month: CalendarMonth, by: number): CalendarMonth {
  const parts = requireMonth(month);
  const index = parts.year * 12 + (parts.month - 1) + by;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

export function previousMonth(month: CalendarMonth): CalendarMonth {
  return shiftMonth(month, -1);
}

export function nextMonth(month: CalendarMonth): CalendarMonth {
  return shiftMonth(month, 1);
}

/** A month as a half-open range of dates: `first` is in it, `firstOfNext` is not. */
export interface IMonthRange {
  readonly first: CalendarDate;
  readonly firstOfNext: CalendarDate;
}

export function monthRange(month: CalendarMonth): IMonthRange {
  requireMonth(month);
  return { first: `${month}-01`, firstOfNext: `${nextMonth(month)}-01` };
}

/** Mondays whose week commencing date falls in the month, in calendar order. */
export function mondaysInMonth(month: CalendarMonth): CalendarDate[] {
  const { first, firstOfNext } = monthRange(month);
  const mondays: CalendarDate[] = [];
  let monday = mondayOf(first);
  if (monday < first) monday = addDays(monday, 7);
  for (; monday < firstOfNext; monday = addDays(monday, 7)) mondays.push(monday);
  return mondays;
}

/** Inclusive on both ends: a period "from 1 May to 7 May" includes both days. */
export function isDateWithin(date: CalendarDate, from: CalendarDate, to: CalendarDate): boolean {
  requireDay(date);
  requireDay(from);
  requireDay(to);
  return from <= date && date <= to;
}
