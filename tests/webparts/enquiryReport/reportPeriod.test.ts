import { periodOf, reportDates } from '../../../src/webparts/enquiryReport/reportPeriod';

describe('the enquiries report\u2019s periods', () => {
  it('this quarter runs from the quarter\u2019s first day to today', () => {
    expect(reportDates('thisQuarter', '2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-11-23' });
    expect(reportDates('thisQuarter', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(reportDates('thisQuarter', '2026-06-30')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });

  it('last quarter is the whole previous quarter, across a year end', () => {
    expect(reportDates('lastQuarter', '2026-11-23')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(reportDates('lastQuarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(reportDates('lastQuarter', '2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('this municipal year starts on 1 May, last year\u2019s before May', () => {
    expect(reportDates('thisMunicipalYear', '2026-11-23')).toEqual({ from: '2026-05-01', to: '2026-11-23' });
    expect(reportDates('thisMunicipalYear', '2026-04-30')).toEqual({ from: '2025-05-01', to: '2026-04-30' });
    expect(reportDates('thisMunicipalYear', '2026-05-01')).toEqual({ from: '2026-05-01', to: '2026-05-01' });
  });

  it('custom dates must both be real dates, the first no later than the second', () => {
    expect(reportDates('custom', '2026-11-23', { from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(reportDates('custom', '2026-11-23', { from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(reportDates('custom', '2026-11-23', { from: '2026-03-31', to: '2026-03-01' })).toBeUndefined();
    expect(reportDates('custom', '2026-11-23', { from: '2026-02-30', to: '2026-03-01' })).toBeUndefined();
    expect(reportDates('custom', '2026-11-23', { from: '', to: '2026-03-01' })).toBeUndefined();
    expect(reportDates('custom', '2026-11-23')).toBeUndefined();
  });

  it('reads from the start of the first UK day to the end of the last, in BST and GMT', () => {
    expect(periodOf({ from: '2026-07-01', to: '2026-09-30' })).toEqual({ from: new Date('2026-06-30T23:00:00Z'), to: new Date('2026-09-30T23:00:00Z') });
    expect(periodOf({ from: '2026-10-01', to: '2026-12-31' })).toEqual({ from: new Date('2026-09-30T23:00:00Z'), to: new Date('2027-01-01T00:00:00Z') });
  });
});
