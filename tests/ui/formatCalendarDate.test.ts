import { formatCalendarDate, formatCalendarMonth } from '../../src/ui/formatCalendarDate';

describe('formatCalendarDate', () => {
  test.each([
    ['2026-11-23', 'long', 'en-GB', '23 November 2026'],
    ['2026-11-23', 'weekdayLong', 'en-GB', 'Monday 23 November 2026'],
    ['2026-03-30', 'weekdayLong', 'en-GB', 'Monday 30 March 2026'],
    ['2026-11-23', 'short', 'en-GB', '23/11/2026'],
    ['2026-11-23', 'medium', 'en-GB', '23 Nov 2026'],
    ['2026-11-23', 'long', 'en-US', 'November 23, 2026']
  ] as const)('%s as %s in %s is "%s"', (date, style, locale, text) => {
    expect(formatCalendarDate(date, style, locale)).toBe(text);
  });

  it('names months', () => {
    expect(formatCalendarMonth('2026-11')).toBe('November 2026');
    expect(formatCalendarMonth('2027-01', 'en-GB')).toBe('January 2027');
  });
});
