import { addDays, isCalendarDate, isCalendarMonth, isMonday, isoWeekday, mondayOf, mondaysInMonth, monthOf, monthRange, nextMonth, nextWeek, previousMonth, previousWeek, ukDateOf, weekCommencingAt } from '../../src/schema/ukDates';

// UK clocks in 2026: BST from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
describe('ukDateOf and weekCommencingAt across the clock changes', () => {
  test.each([
    ['GMT Saturday night before BST starts', '2026-03-28T23:30:00Z', '2026-03-28', '2026-03-23'],
    ['Sunday just before the clocks go forward', '2026-03-29T00:59:00Z', '2026-03-29', '2026-03-23'],
    ['Sunday just after the clocks go forward', '2026-03-29T01:00:00Z', '2026-03-29', '2026-03-23'],
    ['Sunday 23:59 BST, the first BST evening', '2026-03-29T22:59:00Z', '2026-03-29', '2026-03-23'],
    ['Monday 00:00 BST is Sunday 23:00 UTC', '2026-03-29T23:00:00Z', '2026-03-30', '2026-03-30'],
    ['Sunday late evening in BST (23:30)', '2026-07-19T22:30:00Z', '2026-07-19', '2026-07-13'],
    ['Monday 00:30 BST in summer', '2026-07-19T23:30:00Z', '2026-07-20', '2026-07-20'],
    ['Sunday 01:30 BST, before the clocks go back', '2026-10-25T00:30:00Z', '2026-10-25', '2026-10-19'],
    ['Sunday 01:30 GMT, after the clocks go back', '2026-10-25T01:30:00Z', '2026-10-25', '2026-10-19'],
    ['Sunday 23:30 GMT after the change', '2026-10-25T23:30:00Z', '2026-10-25', '2026-10-19'],
    ['Monday 00:00 GMT after the change', '2026-10-26T00:00:00Z', '2026-10-26', '2026-10-26'],
    ['Saturday in winter', '2026-11-28T12:00:00Z', '2026-11-28', '2026-11-23'],
    ['New Year in the middle of a week', '2027-01-01T00:00:00Z', '2027-01-01', '2026-12-28']
  ])('%s: %s is %s, week commencing %s', (_case, instant, date, monday) => {
    expect(ukDateOf(new Date(instant))).toBe(date);
    expect(weekCommencingAt(new Date(instant))).toBe(monday);
  });
});

describe('weeks', () => {
  test.each([
    ['2026-11-23', '2026-11-23'],
    ['2026-11-29', '2026-11-23'],
    ['2026-03-01', '2026-02-23'],
    ['2024-02-29', '2024-02-26'],
    ['2026-03-29', '2026-03-23'],
    ['2026-10-25', '2026-10-19']
  ])('the Monday of the week containing %s is %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
    expect(isMonday(monday)).toBe(true);
  });

  test.each([
    ['2026-11-23', 1],
    ['2026-11-28', 6],
    ['2026-11-29', 7]
  ])('%s is ISO weekday %d', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  test.each([
    ['2026-03-30', '2026-03-23', '2026-04-06'],
    ['2026-10-26', '2026-10-19', '2026-11-02'],
    ['2026-12-28', '2026-12-21', '2027-01-04']
  ])('around %s: previous week %s, next week %s', (monday, previous, next) => {
    expect(previousWeek(monday)).toBe(previous);
    expect(nextWeek(monday)).toBe(next);
  });

  it('takes the week of a date that is not a Monday', () => {
    expect(nextWeek('2026-11-25')).toBe('2026-11-30');
  });

  test.each([['2026-02-30'], ['2026-13-01'], ['23/11/2026'], ['']])('rejects %p as a date', (text) => {
    expect(isCalendarDate(text)).toBe(false);
    expect(() => mondayOf(text)).toThrow(RangeError);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('months', () => {
  test.each([
    ['2026-01', '2025-12', '2026-02', '2026-01-01', '2026-02-01'],
    ['2026-12', '2026-11', '2027-01', '2026-12-01', '2027-01-01']
  ])('%s: previous %s, next %s, from %s up to %s', (month, previous, next, first, firstOfNext) => {
    expect(previousMonth(month)).toBe(previous);
    expect(nextMonth(month)).toBe(next);
    expect(monthRange(month)).toEqual({ first, firstOfNext });
  });

  test.each([
    ['2026-11', ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']],
    ['2026-03', ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']],
    ['2027-02', ['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22']]
  ])('the Mondays in %s', (month, mondays) => {
    expect(mondaysInMonth(month)).toEqual(mondays);
  });

  it('knows the month of a date and rejects malformed months', () => {
    expect(monthOf('2026-11-23')).toBe('2026-11');
    expect(isCalendarMonth('2026-11')).toBe(true);
    expect(isCalendarMonth('2026-13')).toBe(false);
    expect(() => monthRange('2026-1')).toThrow(RangeError);
  });
});
