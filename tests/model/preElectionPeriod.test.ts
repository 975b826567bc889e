import { isWithinPreElectionPeriod } from '../../src/model/preElectionPeriod';

const PERIOD = { from: '2027-03-25', to: '2027-05-06' };

describe('isWithinPreElectionPeriod', () => {
  test.each([
    ['2027-03-24', false],
    ['2027-03-25', true],
    ['2027-04-15', true],
    ['2027-05-06', true],
    ['2027-05-07', false],
    ['2026-04-15', false]
  ])('on %s: %p (both ends included)', (today, expected) => {
    expect(isWithinPreElectionPeriod(today, PERIOD)).toBe(expected);
  });

  test.each([
    ['no period', '2027-04-15', undefined],
    ['a period that runs backwards', '2027-04-15', { from: '2027-05-06', to: '2027-03-25' }],
    ['a malformed start', '2027-04-15', { from: '25/03/2027', to: '2027-05-06' }],
    ['a malformed today', '15/04/2027', PERIOD]
  ])('is false for %s', (_case, today, period) => {
    expect(isWithinPreElectionPeriod(today, period)).toBe(false);
  });
});
