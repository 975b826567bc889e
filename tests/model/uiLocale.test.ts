import { compareNames, nameCollator, setUiLocale, uiLanguage, uiLocale, uiLocaleFor } from '../../src/model/uiLocale';

afterEach(() => setUiLocale('en-GB'));

describe('uiLocaleFor', () => {
  it.each([
    ['cy-GB', 'cy-GB'],
    ['cy', 'cy-GB'],
    ['CY-gb', 'cy-GB'],
    ['cy_GB', 'cy-GB'],
    ['en-GB', 'en-GB'],
    ['en-US', 'en-GB'],
    ['fr-FR', 'en-GB'],
    ['cyrl', 'en-GB'],
    ['', 'en-GB'],
    [undefined, 'en-GB']
  ])('%p gives %s', (culture, expected) => {
    expect(uiLocaleFor(culture)).toBe(expected);
  });
});

describe('the page UI locale', () => {
  it('is UK English until a culture is set', () => {
    expect(uiLocale()).toBe('en-GB');
    expect(uiLanguage()).toBe('en');
  });

  it('follows the culture it is set to', () => {
    expect(setUiLocale('cy-GB')).toBe('cy-GB');
    expect(uiLocale()).toBe('cy-GB');
    expect(uiLanguage()).toBe('cy');
  });
});

describe('Welsh sorting', () => {
  it('sorts the digraphs ch, dd, ll as letters of their own', () => {
    setUiLocale('cy-GB');
    expect(['Llandaf', 'Lyn', 'Lon', 'Chwilog', 'Cydweli', 'Ddôl', 'Dyffryn'].sort(compareNames)).toEqual([
      'Cydweli',
      'Chwilog',
      'Dyffryn',
      'Ddôl',
      'Lon',
      'Lyn',
      'Llandaf'
    ]);
  });

  it('sorts the same names in English order for an English reader', () => {
    expect(['Llandaf', 'Lyn', 'Lon'].sort(compareNames)).toEqual(['Llandaf', 'Lon', 'Lyn']);
  });

  it('keeps numbers in number order and ignores case in both languages', () => {
    for (const locale of ['en-GB', 'cy-GB'] as const) {
      expect(['Ward 10', 'ward 2'].sort(nameCollator(locale).compare)).toEqual(['ward 2', 'Ward 10']);
    }
  });
});
