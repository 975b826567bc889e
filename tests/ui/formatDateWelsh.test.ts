import { setUiLocale } from '../../src/model/uiLocale';
import { formatCalendarDate, formatCalendarMonth } from '../../src/ui/formatCalendarDate';
import { formatLongDate } from '../../src/ui/formatDate';
import { formatNumber } from '../../src/ui/formatNumber';
import { formatTime } from '../../src/ui/formatTime';

afterEach(() => setUiLocale('en-GB'));

describe('dates, times and numbers for a Welsh reader', () => {
  beforeEach(() => setUiLocale('cy-GB'));

  it('writes a long date with the Welsh month', () => {
    expect(formatLongDate(new Date(2021, 4, 6))).toBe('6 Mai 2021');
  });

  it('writes a week commencing date with the Welsh weekday and no comma', () => {
    expect(formatCalendarDate('2026-11-23', 'weekdayLong')).toBe('Dydd Llun 23 Tachwedd 2026');
  });

  it('writes the archive month in Welsh', () => {
    expect(formatCalendarMonth('2026-02')).toBe('Chwefror 2026');
  });

  it('keeps the 24-hour clock and UK digit grouping', () => {
    expect(formatTime(new Date(2021, 1, 1, 14, 2))).toBe('14:02');
    expect(formatNumber(20000)).toBe('20,000');
  });
});

describe('the same for an English reader', () => {
  it('stays UK English', () => {
    expect(formatLongDate(new Date(2021, 4, 6))).toBe('6 May 2021');
    expect(formatCalendarDate('2026-11-23', 'weekdayLong')).toBe('Monday 23 November 2026');
    expect(formatCalendarMonth('2026-02')).toBe('February 2026');
  });

  it('is day-first even when the culture is US English', () => {
    setUiLocale('en-US');
    expect(formatCalendarDate('2026-11-23')).toBe('23 November 2026');
  });
});

describe('Welsh dates do not depend on the browser having Welsh locale data', () => {
  it('writes every month and weekday from the Welsh names', () => {
    setUiLocale('cy-GB');
    expect(formatCalendarMonth('2026-07')).toBe('Gorffennaf 2026');
    expect(formatCalendarDate('2026-12-06', 'weekdayLong')).toBe('Dydd Sul 6 Rhagfyr 2026');
    expect(formatCalendarDate('2026-03-05', 'medium')).toBe('5 Maw 2026');
    expect(formatCalendarDate('2026-03-05', 'short')).toBe('05/03/2026');
  });

  it('gives the same text when Intl knows no Welsh (as in Debian’s Chromium)', () => {
    setUiLocale('cy-GB');
    const RealDateTimeFormat = Intl.DateTimeFormat;
    const rootOnly = jest.spyOn(Intl, 'DateTimeFormat').mockImplementation((locales, options) => new RealDateTimeFormat(locales === 'cy-GB' ? 'und' : locales, options));
    try {
      expect(formatCalendarDate('2026-11-30', 'weekdayLong')).toBe('Dydd Llun 30 Tachwedd 2026');
      expect(formatLongDate(new Date(2021, 4, 6))).toBe('6 Mai 2021');
    } finally {
      rootOnly.mockRestore();
    }
  });
});
