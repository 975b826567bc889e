/**
 * @jest-environment node
 */
import { startsLikeFormula } from '../../../tools/import/formulaLikeCells';

describe('startsLikeFormula', () => {
  test.each([
    ['=HYPERLINK("http://evil.invalid","x")', true],
    ['+cmd|\' /C calc\'!A0', true],
    ['-2+3+cmd|x', true],
    ['@SUM(A1)', true],
    ['\t=1', true],
    ['\r=1', true],
    ['+44 20 7946 0000', false],
    ['-12', false],
    ['(01632) 961-001', false],
    ['Harbour Master', false],
    ['jo@example.gov.uk', false],
    ['', false]
  ])('%j → %p', (value, expected) => {
    expect(startsLikeFormula(value)).toBe(expected);
  });
});
