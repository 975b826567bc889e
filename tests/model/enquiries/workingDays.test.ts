import { enquiryDueDates } from '../../../src/model/enquiries/enquiryDueDates';
import { DEFAULT_ENQUIRY_TARGETS, enquiryTargetsFrom } from '../../../src/model/enquiries/enquiryTargets';
import { BankHolidaysNotCoveredError, workingCalendar } from '../../../src/model/enquiries/workingCalendar';
import { addWorkingDays, nextWorkingDay, workingDaysAfter } from '../../../src/model/enquiries/workingDays';
import type { UkNation } from '../../../src/model/enquiries/ukNation';

const england = workingCalendar('england-and-wales');
const scotland = workingCalendar('scotland');
const northernIreland = workingCalendar('northern-ireland');

/** Acknowledge-by (1 working day) for an enquiry received at `received`, in each nation. */
function acknowledgeBy(received: string, nation: UkNation, closureDays: string[] = []): string {
  return enquiryDueDates(new Date(received), DEFAULT_ENQUIRY_TARGETS, workingCalendar(nation, closureDays)).acknowledgeBy;
}

describe('working days', () => {
  test('weekends: the next working day after a Friday or a Saturday is Monday', () => {
    expect(nextWorkingDay(england, '2026-03-06')).toBe('2026-03-09');
    expect(nextWorkingDay(england, '2026-03-07')).toBe('2026-03-09');
    expect(nextWorkingDay(england, '2026-03-08')).toBe('2026-03-09');
    expect(nextWorkingDay(england, '2026-03-09')).toBe('2026-03-10');
  });

  test('Easter 2026: Good Friday (3 April) everywhere; Easter Monday (6 April) not in Scotland', () => {
    expect(nextWorkingDay(england, '2026-04-02')).toBe('2026-04-07');
    expect(nextWorkingDay(northernIreland, '2026-04-02')).toBe('2026-04-07');
    expect(nextWorkingDay(scotland, '2026-04-02')).toBe('2026-04-06');
    expect(scotland.isWorkingDay('2026-04-03')).toBe(false);
  });

  test('Christmas 2026: Boxing Day is a Saturday, so Monday 28 December is its substitute', () => {
    for (const calendar of [england, scotland, northernIreland]) {
      expect(nextWorkingDay(calendar, '2026-12-24')).toBe('2026-12-29');
    }
    // Received Monday 14 December: 10 working days skip 25 and 28 December.
    expect(addWorkingDays(england, '2026-12-14', 10)).toBe('2026-12-30');
  });

  test('Christmas 2027 falls on a weekend: Monday 27 and Tuesday 28 December are both substitutes', () => {
    expect(nextWorkingDay(england, '2027-12-24')).toBe('2027-12-29');
    expect(nextWorkingDay(scotland, '2027-12-24')).toBe('2027-12-29');
  });

  test('Scotland\'s 2 January: Friday 2 January 2026 is a working day in England and Northern Ireland only', () => {
    expect(nextWorkingDay(england, '2025-12-31')).toBe('2026-01-02');
    expect(nextWorkingDay(northernIreland, '2025-12-31')).toBe('2026-01-02');
    expect(nextWorkingDay(scotland, '2025-12-31')).toBe('2026-01-05');
    // 2027: 1 January a Friday, 2 January a Saturday, so Scotland also closes Monday 4 January.
    expect(nextWorkingDay(scotland, '2026-12-31')).toBe('2027-01-05');
    expect(nextWorkingDay(england, '2026-12-31')).toBe('2027-01-04');
  });

  test('St Andrew\'s Day (Scotland), with its substitute when 30 November is a Sunday (2025)', () => {
    expect(nextWorkingDay(scotland, '2026-11-27')).toBe('2026-12-01');
    expect(nextWorkingDay(england, '2026-11-27')).toBe('2026-11-30');
    expect(nextWorkingDay(scotland, '2025-11-28')).toBe('2025-12-02');
    expect(nextWorkingDay(england, '2025-11-28')).toBe('2025-12-01');
  });

  test('St Patrick\'s Day and the Battle of the Boyne (Northern Ireland), with substitutes', () => {
    expect(nextWorkingDay(northernIreland, '2026-03-16')).toBe('2026-03-18');
    expect(nextWorkingDay(england, '2026-03-16')).toBe('2026-03-17');
    expect(nextWorkingDay(northernIreland, '2024-03-15')).toBe('2024-03-19'); // 17 March 2024 a Sunday
    expect(nextWorkingDay(northernIreland, '2026-07-10')).toBe('2026-07-14'); // 12 July 2026 a Sunday
    expect(nextWorkingDay(scotland, '2026-07-10')).toBe('2026-07-13');
    expect(northernIreland.isWorkingDay('2027-07-12')).toBe(false);
  });

  test('the August bank holiday: first Monday in Scotland, last Monday elsewhere', () => {
    expect(nextWorkingDay(scotland, '2026-07-31')).toBe('2026-08-04');
    expect(nextWorkingDay(england, '2026-07-31')).toBe('2026-08-03');
    expect(nextWorkingDay(england, '2026-08-28')).toBe('2026-09-01');
    expect(nextWorkingDay(northernIreland, '2026-08-28')).toBe('2026-09-01');
    expect(nextWorkingDay(scotland, '2026-08-28')).toBe('2026-08-31');
  });

  test('one-off bank holidays: the Queen\'s funeral (19 September 2022) and the coronation (8 May 2023)', () => {
    for (const calendar of [england, scotland, northernIreland]) {
      expect(nextWorkingDay(calendar, '2022-09-16')).toBe('2022-09-20');
      expect(nextWorkingDay(calendar, '2023-05-05')).toBe('2023-05-09');
    }
  });

  test('closure days an admin adds (a Christmas closure) count like bank holidays, in that council only', () => {
    const closing = workingCalendar('england-and-wales', ['2026-12-29', '2026-12-30', '2026-12-31']);
    expect(nextWorkingDay(closing, '2026-12-24')).toBe('2027-01-04');
    expect(addWorkingDays(closing, '2026-12-14', 10)).toBe('2027-01-05');
    const closingInScotland = workingCalendar('scotland', ['2026-12-29', '2026-12-30', '2026-12-31']);
    expect(addWorkingDays(closingInScotland, '2026-12-14', 10)).toBe('2027-01-06');
    expect(nextWorkingDay(england, '2026-12-24')).toBe('2026-12-29');
  });

  test('counting the working days something is late', () => {
    expect(workingDaysAfter(england, '2026-04-02', '2026-04-07')).toBe(1);
    expect(workingDaysAfter(england, '2026-04-02', '2026-04-02')).toBe(0);
    expect(workingDaysAfter(england, '2026-04-07', '2026-04-02')).toBe(0);
    expect(workingDaysAfter(scotland, '2026-04-02', '2026-04-07')).toBe(2);
  });

  test('refuses dates outside the bank-holiday data, bad closure days and bad counts', () => {
    expect(() => england.isWorkingDay('2036-01-02')).toThrow(BankHolidaysNotCoveredError);
    expect(() => nextWorkingDay(england, '2035-12-31')).toThrow(/not in the data/);
    expect(() => england.isWorkingDay('2019-12-31')).toThrow(BankHolidaysNotCoveredError);
    expect(() => workingCalendar('scotland', ['2026-12-32'])).toThrow(RangeError);
    expect(() => addWorkingDays(england, '2026-03-06', 0)).toThrow(RangeError);
    expect(() => addWorkingDays(england, '2026-03-06', 1.5)).toThrow(RangeError);
  });
});

describe('enquiry due dates (Europe/London, end of a UK working day)', () => {
  test('received at 18:30 on a Friday: acknowledge by Monday, respond within 10 working days', () => {
    const due = enquiryDueDates(new Date('2026-03-06T18:30:00Z'), DEFAULT_ENQUIRY_TARGETS, england);
    expect(due).toEqual({ acknowledgeBy: '2026-03-09', respondBy: '2026-03-20' });
    // St Patrick's Day is one of the ten in Northern Ireland.
    expect(enquiryDueDates(new Date('2026-03-06T18:30:00Z'), DEFAULT_ENQUIRY_TARGETS, northernIreland).respondBy).toBe('2026-03-23');
  });

  test('received on a bank holiday or a closure day: the next working day is day 1', () => {
    expect(acknowledgeBy('2026-04-06T10:00:00Z', 'england-and-wales')).toBe('2026-04-07'); // Easter Monday
    expect(acknowledgeBy('2026-12-29T10:00:00Z', 'england-and-wales', ['2026-12-29', '2026-12-30'])).toBe('2026-12-31');
  });

  test('BST: 23:30 UTC on a Sunday in June is 00:30 on Monday in London, so Monday is day 0', () => {
    expect(acknowledgeBy('2026-06-07T23:30:00Z', 'england-and-wales')).toBe('2026-06-09');
    expect(acknowledgeBy('2026-06-07T22:59:59Z', 'england-and-wales')).toBe('2026-06-08');
    // GMT: 23:30 UTC on a Sunday in January is still Sunday in London.
    expect(acknowledgeBy('2026-01-11T23:30:00Z', 'england-and-wales')).toBe('2026-01-12');
  });

  test('across the clocks going back: 23:30 UTC on Saturday 24 October 2026 is already Sunday in London', () => {
    expect(acknowledgeBy('2026-10-24T22:30:00Z', 'scotland')).toBe('2026-10-26');
    expect(acknowledgeBy('2026-10-24T23:30:00Z', 'scotland')).toBe('2026-10-26');
    expect(acknowledgeBy('2026-10-25T23:30:00Z', 'scotland')).toBe('2026-10-26'); // Sunday 23:30 GMT
    expect(acknowledgeBy('2026-10-26T00:30:00Z', 'scotland')).toBe('2026-10-27');
  });

  test('a council\'s own targets', () => {
    const targets = enquiryTargetsFrom({ acknowledgeWorkingDays: 2, respondWorkingDays: 15 });
    expect(enquiryDueDates(new Date('2026-03-06T09:00:00Z'), targets, england)).toEqual({
      acknowledgeBy: '2026-03-10',
      respondBy: '2026-03-27'
    });
  });

  test('an invalid time of receipt is refused', () => {
    expect(() => enquiryDueDates(new Date('not a date'), DEFAULT_ENQUIRY_TARGETS, england)).toThrow(RangeError);
  });
});

describe('enquiry targets', () => {
  test('defaults: acknowledge by the end of the next working day, respond within 10', () => {
    expect(enquiryTargetsFrom()).toEqual({ acknowledgeWorkingDays: 1, respondWorkingDays: 10 });
    expect(enquiryTargetsFrom({ respondWorkingDays: 20 })).toEqual({ acknowledgeWorkingDays: 1, respondWorkingDays: 20 });
  });

  test('refuses targets it cannot count', () => {
    expect(() => enquiryTargetsFrom({ acknowledgeWorkingDays: 0 })).toThrow(/acknowledgeWorkingDays/);
    expect(() => enquiryTargetsFrom({ respondWorkingDays: 2.5 })).toThrow(/respondWorkingDays/);
    expect(() => enquiryTargetsFrom({ acknowledgeWorkingDays: 5, respondWorkingDays: 3 })).toThrow(/fewer/);
  });
});
