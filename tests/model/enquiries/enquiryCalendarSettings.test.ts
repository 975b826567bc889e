import { enquiryRulesFrom } from '../../../src/model/enquiries/enquiryCalendarSettings';
import { enquiryDueDates } from '../../../src/model/enquiries/enquiryDueDates';
import { isUkNation, UK_NATIONS } from '../../../src/model/enquiries/ukNation';

describe('a council\'s saved enquiry settings', () => {
  test('nation, default targets and closure days make its rules', () => {
    const rules = enquiryRulesFrom({
      nation: 'scotland',
      closureDays: [
        { date: '2026-12-29', title: 'Christmas closure' },
        { date: '2026-12-30', title: 'Christmas closure' },
        { date: '2026-12-31', title: 'Christmas closure' }
      ]
    });
    expect(rules.targets).toEqual({ acknowledgeWorkingDays: 1, respondWorkingDays: 10 });
    // Thursday 24 December: 25, 28 (Boxing Day substitute), 29–31 (closed), 1 January, 4 January (2 January substitute).
    expect(enquiryDueDates(new Date('2026-12-24T11:00:00Z'), rules.targets, rules.calendar).acknowledgeBy).toBe('2027-01-05');
  });

  test('a council\'s own targets; unusable settings are refused', () => {
    expect(enquiryRulesFrom({ nation: 'northern-ireland', targets: { respondWorkingDays: 15 }, closureDays: [] }).targets).toEqual({
      acknowledgeWorkingDays: 1,
      respondWorkingDays: 15
    });
    expect(() => enquiryRulesFrom({ nation: 'england-and-wales', closureDays: [{ date: '29/12/2026', title: 'Christmas' }] })).toThrow(RangeError);
    expect(() => enquiryRulesFrom({ nation: 'england-and-wales', targets: { acknowledgeWorkingDays: -1 }, closureDays: [] })).toThrow(RangeError);
  });

  test('the nations are GOV.UK\'s three divisions', () => {
    expect(UK_NATIONS).toEqual(['england-and-wales', 'scotland', 'northern-ireland']);
    expect(isUkNation('scotland')).toBe(true);
    expect(isUkNation('wales')).toBe(false);
    expect(isUkNation('England and Wales')).toBe(false);
  });
});
