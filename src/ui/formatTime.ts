import { uiLocale, type UiLocale } from '../model/uiLocale';

const clocks = new Map<UiLocale, Intl.DateTimeFormat>();

/** "14:02": the 24-hour clock UK offices use, in English and in Welsh. */
export function formatTime(date: Date, locale: UiLocale = uiLocale()): string {
  let clock = clocks.get(locale);
  if (!clock) {
    clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clocks.set(locale, clock);
  }
  return clock.format(date);
}

/** Whether two moments fall on the same local calendar day. */
export function isSameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}
