import { canReopen, earliestReopenableClosure, REOPEN_WORKING_DAYS, reopenWindowEnd } from '../../../src/model/enquiries/enquiryReopenWindow';
import { workingCalendar } from '../../../src/model/enquiries/workingCalendar';

const england = workingCalendar('england-and-wales');

describe('the reopen window', () => {
  test('is 10 working days after the UK day of closure, to the end of that day', () => {
    expect(REOPEN_WORKING_DAYS).toBe(10);
    // Closed Friday 6 March 2026 at 18:30 GMT: 10 working days later is Friday 20 March; the window ends at its midnight.
    const closed = new Date('2026-03-06T18:30:00Z');
    expect(reopenWindowEnd(closed, england).toISOString()).toBe('2026-03-21T00:00:00.000Z');
    expect(canReopen(closed, new Date('2026-03-20T23:59:59Z'), england)).toBe(true);
    expect(canReopen(closed, new Date('2026-03-21T00:00:00Z'), england)).toBe(false);
  });

  test('skips bank holidays and closure days (Easter 2026), and ends at midnight London time in summer', () => {
    // Closed Thursday 2 April 2026: Good Friday and Easter Monday do not count, so the 10th working day is Monday 20 April.
    const closed = new Date('2026-04-02T09:00:00Z');
    expect(reopenWindowEnd(closed, england).toISOString()).toBe('2026-04-20T23:00:00.000Z');
    const withClosure = workingCalendar('england-and-wales', ['2026-04-08']);
    expect(reopenWindowEnd(closed, withClosure).toISOString()).toBe('2026-04-21T23:00:00.000Z');
  });

  test('is not open before the closure itself', () => {
    const closed = new Date('2026-03-06T12:00:00Z');
    expect(canReopen(closed, new Date('2026-03-06T11:00:00Z'), england)).toBe(false);
  });

  test('the earliest reopenable closure is exact: a day earlier is out of the window, that day is in', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    const earliest = earliestReopenableClosure(now, england);
    expect(earliest.toISOString()).toBe('2026-03-06T00:00:00.000Z');
    expect(canReopen(earliest, now, england)).toBe(true);
    expect(canReopen(new Date(earliest.getTime() - 1), now, england)).toBe(false);
  });
});
