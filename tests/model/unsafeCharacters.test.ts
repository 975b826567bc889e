import { withoutUnsafeCharacters } from '../../src/model/unsafeCharacters';

describe('withoutUnsafeCharacters', () => {
  test.each([
    ['a right-to-left override (a file name "Invoice‮fdp.exe" shows as "Invoiceexe.pdf")', 'Invoice\u202Efdp.exe', 'Invoicefdp.exe'],
    ['every bidi embedding and override', 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef', 'abcdef'],
    ['every bidi isolate', 'a\u2066b\u2067c\u2068d\u2069e', 'abcde'],
    ['C0 controls', 'a\u0000b\u0007c\u001Bd\u007Fe', 'abcde'],
    ['C1 controls', 'a\u0080b\u009Bc', 'abc'],
    ['line and paragraph separators, as spaces', 'one\u2028two\u2029three', 'one two three'],
    ['new lines, tabs and form feeds, as spaces', 'one\r\ntwo\nthree\tfour\u000Bfive\u000Csix\u0085seven', 'one two three four five six seven']
  ])('removes %s', (_case, value, expected) => {
    expect(withoutUnsafeCharacters(value)).toBe(expected);
  });

  test.each([
    ['ordinary text', 'Priya Hillier, Highways'],
    ['accents and apostrophes', 'Ciarán O\u2019Neill'],
    ['right-to-left text with its marks', 'مريم الحسيني\u200F'],
    ['emoji with joiners', '👩🏽‍⚖️ Zoë'],
    ['Welsh', 'Cyngor Sir Ynys Môn']
  ])('keeps %s', (_case, value) => {
    expect(withoutUnsafeCharacters(value)).toBe(value);
  });
});
