import {
  dayFromIso,
  isoFromDay,
  mondayOf,
  storedDateOnly,
  storedDateTime,
  ukDayOfStored,
  weekdayOf
} from '../../../tools/sample-council/ukDate';

describe('UK calendar dates stored as SharePoint instants', () => {
  test.each([
    ['2026-11-23', '2026-11-23T00:00:00Z', 'winter (GMT): midnight UTC'],
    ['2026-06-01', '2026-05-31T23:00:00Z', 'summer (BST): 23:00 UTC the day before'],
    ['2026-03-29', '2026-03-29T00:00:00Z', 'the day the clocks go forward starts in GMT'],
    ['2026-03-30', '2026-03-29T23:00:00Z', 'the Monday after the clocks go forward is BST'],
    ['2026-10-25', '2026-10-24T23:00:00Z', 'the day the clocks go back starts in BST'],
    ['2026-10-26', '2026-10-26T00:00:00Z', 'the Monday after the clocks go back is GMT']
  ])('%s is stored as %s (%s)', (date, stored) => {
    expect(storedDateOnly(dayFromIso(date))).toBe(stored);
    expect(isoFromDay(ukDayOfStored(stored))).toBe(date);
  });

  test('a wall-clock time in summer is an hour earlier in UTC', () => {
    expect(storedDateTime(dayFromIso('2026-07-15'), 9, 30)).toBe('2026-07-15T08:30:00Z');
    expect(storedDateTime(dayFromIso('2026-01-15'), 9, 30)).toBe('2026-01-15T09:30:00Z');
  });

  test('weeks start on Monday', () => {
    expect(weekdayOf(dayFromIso('2026-11-23'))).toBe(0);
    expect(weekdayOf(dayFromIso('2026-11-29'))).toBe(6);
    expect(isoFromDay(mondayOf(dayFromIso('2026-11-29')))).toBe('2026-11-23');
    expect(isoFromDay(mondayOf(dayFromIso('2026-11-23')))).toBe('2026-11-23');
  });

  test('rejects text that is not a calendar date', () => {
    expect(() => dayFromIso('2026-02-30')).toThrow('Not a calendar date');
    expect(() => dayFromIso('23/11/2026')).toThrow('YYYY-MM-DD');
  });
});
