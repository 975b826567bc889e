import { uiLocale, type UiLocale } from '../model/uiLocale';

const formats = new Map<UiLocale, Intl.NumberFormat>();

/** "20,000": grouped digits, so large counts read at a glance. */
export function formatNumber(value: number, locale: UiLocale = uiLocale()): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    formats.set(locale, format);
  }
  return format.format(value);
}
