/**
 * Calendar dates as a UK-time SharePoint site stores them.
 *
 * A date-only column holds midnight of the chosen UK date, converted to UTC: in winter (GMT)
 * that is `YYYY-MM-DDT00:00:00Z`, in summer (BST) the previous day at 23:00Z, e.g. Monday
 * 1 June 2026 is stored as `2026-05-31T23:00:00Z`. Consumers must read such values back in
 * Europe/London time to recover the date. The offset comes from the platform's time-zone data
 * (Intl), not from a hand-written daylight-saving rule.
 */

const MS_PER_DAY = 86_400_000;

const londonOffset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });

/** A calendar date with no time of day, counted in days since 1970-01-01. */
export type DayNumber = number;

export function dayFromIso(ymd: string): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) {
    throw new Error(`Expected a date as YYYY-MM-DD, got "${ymd}"`);
  }
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = ms / MS_PER_DAY;
  if (isoFromDay(day) !== ymd) {
    throw new Error(`Not a calendar date: "${ymd}"`);
  }
  return day;
}

export function isoFromDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayOfYmd(year: number, monthIndex: number, date: number): DayNumber {
  return Date.UTC(year, monthIndex, date) / MS_PER_DAY;
}

export function yearOf(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Monday … 6 = Sunday (UK weeks start on Monday). */
export function weekdayOf(day: DayNumber): number {
  return (new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7;
}

export function mondayOf(day: DayNumber): DayNumber {
  return day - weekdayOf(day);
}

const MS_PER_HOUR = 3_600_000;
/** UK clocks change on the hour (01:00 UTC), so the offset is the same throughout each UTC hour. */
const offsetByUtcHour = new Map<number, number>();

/** Minutes UK time is ahead of UTC at the given instant (0 in GMT, 60 in BST). */
export function ukOffsetMinutes(instantMs: number): number {
  const hour = Math.floor(instantMs / MS_PER_HOUR);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    offset = offsetFromTimeZoneData(hour * MS_PER_HOUR);
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

function offsetFromTimeZoneData(instantMs: number): number {
  const zone = londonOffset.formatToParts(new Date(instantMs)).find((part) => part.type === 'timeZoneName');
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(zone?.value ?? '');
  if (!match) {
    return 0;
  }
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? '0');
  return match[1] === '-' ? -minutes : minutes;
}

/** ISO instant of UK midnight on the given date: how SharePoint stores a date-only value. */
export function storedDateOnly(day: DayNumber): string {
  const utcMidnight = day * MS_PER_DAY;
  // The offset at UK midnight equals the offset one hour earlier in UTC terms except on the
  // change-over days, which are Sundays at 01:00 UTC: midnight is before the change either way.
  const offset = ukOffsetMinutes(utcMidnight - 60 * 60_000);
  return toSharePointIso(utcMidnight - offset * 60_000);
}

/** ISO instant of a UK wall-clock time on the given date. */
export function storedDateTime(day: DayNumber, hour: number, minute: number): string {
  const wallClockAsUtc = day * MS_PER_DAY + (hour * 60 + minute) * 60_000;
  const offset = ukOffsetMinutes(wallClockAsUtc - 60 * 60_000);
  return toSharePointIso(wallClockAsUtc - offset * 60_000);
}

/** SharePoint returns instants without milliseconds: 2026-11-23T00:00:00Z. */
function toSharePointIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The UK calendar date of a stored instant (inverse of storedDateOnly). */
export function ukDayOfStored(iso: string): DayNumber {
  const ms = Date.parse(iso);
  const local = ms + ukOffsetMinutes(ms) * 60_000;
  return Math.floor(local / MS_PER_DAY);
}
