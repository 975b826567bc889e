import { endOfUkDay, isByEndOfUkDay, startOfUkDay, ukDateAt } from '../../../src/model/enquiries/ukDayBoundary';

describe('UK day boundaries', () => {
  test('in GMT a UK day starts at 00:00 UTC, in BST at 23:00 UTC the day before', () => {
    expect(startOfUkDay('2026-01-12').toISOString()).toBe('2026-01-12T00:00:00.000Z');
    expect(startOfUkDay('2026-06-08').toISOString()).toBe('2026-06-07T23:00:00.000Z');
    expect(endOfUkDay('2026-01-12').toISOString()).toBe('2026-01-13T00:00:00.000Z');
    expect(endOfUkDay('2026-06-08').toISOString()).toBe('2026-06-08T23:00:00.000Z');
  });

  test('the days the clocks change (29 March and 25 October 2026, at 01:00 UTC)', () => {
    // Sunday 29 March starts in GMT and ends in BST: 23 hours long.
    expect(startOfUkDay('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(endOfUkDay('2026-03-29').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(endOfUkDay('2026-03-28').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    // Sunday 25 October starts in BST and ends in GMT: 25 hours long.
    expect(startOfUkDay('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(endOfUkDay('2026-10-25').toISOString()).toBe('2026-10-26T00:00:00.000Z');
    expect(endOfUkDay('2026-10-25').getTime() - startOfUkDay('2026-10-25').getTime()).toBe(25 * 3_600_000);
  });

  test('"by the end of the day" includes its last millisecond and not the next day\'s first', () => {
    expect(isByEndOfUkDay(new Date('2026-06-08T22:59:59.999Z'), '2026-06-08')).toBe(true);
    expect(isByEndOfUkDay(new Date('2026-06-08T23:00:00.000Z'), '2026-06-08')).toBe(false);
    expect(isByEndOfUkDay(new Date('2026-01-12T23:59:59.999Z'), '2026-01-12')).toBe(true);
    expect(isByEndOfUkDay(new Date('2026-01-13T00:00:00.000Z'), '2026-01-12')).toBe(false);
  });

  test('refuses what is not a calendar date', () => {
    expect(() => startOfUkDay('2026-02-30')).toThrow(RangeError);
    expect(() => endOfUkDay('8 June 2026')).toThrow(RangeError);
  });
});

describe('ukDateAt', () => {
  test('agrees with the platform\'s Europe/London date at every half hour across both 2026 clock changes', () => {
    const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (const [from, to] of [
      ['2026-03-27T00:00:00Z', '2026-04-01T00:00:00Z'],
      ['2026-10-23T00:00:00Z', '2026-10-28T00:00:00Z'],
      ['2026-12-30T00:00:00Z', '2027-01-02T00:00:00Z']
    ]) {
      for (let ms = Date.parse(from); ms < Date.parse(to); ms += 1_800_000) {
        expect(`${new Date(ms).toISOString()} ${ukDateAt(new Date(ms))}`).toBe(`${new Date(ms).toISOString()} ${london.format(new Date(ms))}`);
      }
    }
  });

  test('the last millisecond before London midnight and the first after, in BST and GMT', () => {
    expect(ukDateAt(new Date('2026-06-07T22:59:59.999Z'))).toBe('2026-06-07');
    expect(ukDateAt(new Date('2026-06-07T23:00:00.000Z'))).toBe('2026-06-08');
    expect(ukDateAt(new Date('2026-01-11T23:59:59.999Z'))).toBe('2026-01-11');
    expect(ukDateAt(new Date('2026-01-12T00:00:00.000Z'))).toBe('2026-01-12');
    expect(() => ukDateAt(new Date('nonsense'))).toThrow(RangeError);
  });
});
