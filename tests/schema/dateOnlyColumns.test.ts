import { calendarDateOfStored, dateOnlyEqualsFilter, dateOnlyRangeFilter } from '../../src/schema/dateOnlyColumns';
import { addDays } from '../../src/schema/ukDates';
import { dayFromIso, storedDateOnly } from '../../tools/sample-council/ukDate';

describe('date-only columns', () => {
  test.each([
    ['a GMT Monday stored by a UK site', '2026-11-23T00:00:00Z', '2026-11-23'],
    ['a BST Monday stored by a UK site (Sunday 23:00Z)', '2026-05-31T23:00:00Z', '2026-06-01'],
    ['the Monday after the clocks go forward', '2026-03-29T23:00:00Z', '2026-03-30'],
    ['the Monday after the clocks go back', '2026-10-26T00:00:00Z', '2026-10-26'],
    ['a Monday stored by a site on US Eastern time', '2026-11-23T05:00:00Z', '2026-11-23'],
    ['a Monday stored by a site on Sydney time', '2026-11-22T13:00:00Z', '2026-11-23'],
    ['SharePoint with milliseconds', '2026-11-23T00:00:00.000Z', '2026-11-23']
  ])('reads %s', (_case, stored, date) => {
    expect(calendarDateOfStored(stored)).toBe(date);
  });

  test.each([[null], [undefined], [''], ['not a date'], [42]])('reads %p as no date', (value) => {
    expect(calendarDateOfStored(value)).toBeUndefined();
  });

  test.each([
    ['a GMT Monday', '2026-11-23', "WeekCommencing ge datetime'2026-11-22T12:00:00Z' and WeekCommencing lt datetime'2026-11-23T12:00:00Z'"],
    ['a BST Monday', '2026-06-01', "WeekCommencing ge datetime'2026-05-31T12:00:00Z' and WeekCommencing lt datetime'2026-06-01T12:00:00Z'"]
  ])('filters %s on a window centred on UTC midnight', (_case, date, filter) => {
    expect(dateOnlyEqualsFilter('WeekCommencing', date)).toBe(filter);
  });

  it('filters a month from the first up to the first of the next', () => {
    expect(dateOnlyRangeFilter('WeekCommencing', '2026-03-01', '2026-04-01')).toBe(
      "WeekCommencing ge datetime'2026-02-28T12:00:00Z' and WeekCommencing lt datetime'2026-03-31T12:00:00Z'"
    );
  });

  it('finds every Monday of ten years, as the sample council stores it, in its own window and no other', () => {
    const windowOf = (filter: string): [number, number] => {
      const [from, before] = [...filter.matchAll(/datetime'([^']+)'/g)].map((match) => Date.parse(match[1]));
      return [from, before];
    };
    let monday = '2017-01-02';
    for (let week = 0; week < 520; week++, monday = addDays(monday, 7)) {
      const stored = storedDateOnly(dayFromIso(monday));
      const instant = Date.parse(stored);
      const [from, before] = windowOf(dateOnlyEqualsFilter('WeekCommencing', monday));
      const [previousFrom, previousBefore] = windowOf(dateOnlyEqualsFilter('WeekCommencing', addDays(monday, -1)));
      expect(calendarDateOfStored(stored)).toBe(monday);
      expect(instant >= from && instant < before).toBe(true);
      expect(instant >= previousFrom && instant < previousBefore).toBe(false);
    }
  });
});
