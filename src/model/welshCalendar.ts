/**
 * Welsh names of months and weekdays. Browsers do not all carry Welsh locale data (Debian's
 * Chromium formats `cy` dates as "2026 M11 30, Mon"), so Welsh dates are written from these names
 * rather than left to Intl, and read the same in every browser and in Teams.
 */
export const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'] as const;
export const WELSH_MONTHS_SHORT = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'] as const;
/** Sunday first, as Date.getDay() counts. */
export const WELSH_WEEKDAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'] as const;

export interface IDateParts {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  /** 0 (Sunday) – 6. */
  readonly weekday: number;
}

export type WelshDateStyle = 'long' | 'weekdayLong' | 'medium' | 'month';

/** "30 Tachwedd 2026", "Dydd Llun 30 Tachwedd 2026", "30 Tach 2026", "Tachwedd 2026". */
export function formatWelshDate(parts: IDateParts, style: WelshDateStyle): string {
  const month = WELSH_MONTHS[parts.month - 1];
  switch (style) {
    case 'month':
      return `${month} ${parts.year}`;
    case 'medium':
      return `${parts.day} ${WELSH_MONTHS_SHORT[parts.month - 1]} ${parts.year}`;
    case 'weekdayLong':
      return `${WELSH_WEEKDAYS[parts.weekday]} ${parts.day} ${month} ${parts.year}`;
    default:
      return `${parts.day} ${month} ${parts.year}`;
  }
}
