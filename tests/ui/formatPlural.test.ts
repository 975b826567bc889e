import { setUiLocale } from '../../src/model/uiLocale';
import { formatPlural, pluralForms, pluralTemplate } from '../../src/ui/formatPlural';

afterEach(() => setUiLocale('en-GB'));

// Welsh has six plural categories: 0 zero, 1 one, 2 two, 3 few, 6 many, everything else other.
const welshItems = {
  zero: 'dim eitemau ({0})',
  one: '{0} eitem',
  two: 'dwy eitem ({0})',
  few: 'tair eitem ({0})',
  many: 'chwe eitem ({0})',
  other: '{0} o eitemau'
};

describe('formatPlural in Welsh', () => {
  it.each([
    [0, 'dim eitemau (0)'],
    [1, '1 eitem'],
    [2, 'dwy eitem (2)'],
    [3, 'tair eitem (3)'],
    [4, '4 o eitemau'],
    [5, '5 o eitemau'],
    [6, 'chwe eitem (6)'],
    [7, '7 o eitemau'],
    [10, '10 o eitemau'],
    [20000, '20,000 o eitemau']
  ])('%d uses its own category', (count, expected) => {
    expect(formatPlural(count, welshItems, 'cy-GB')).toBe(expected);
  });

  it('falls back to other for a category the strings do not give', () => {
    expect(formatPlural(2, { one: '{0} eitem', other: '{0} o eitemau' }, 'cy-GB')).toBe('2 o eitemau');
    expect(formatPlural(1, { one: '{0} eitem', other: '{0} o eitemau' }, 'cy-GB')).toBe('1 eitem');
  });

  it('follows the page UI locale when none is given', () => {
    setUiLocale('cy-GB');
    expect(pluralTemplate(3, welshItems)).toBe(welshItems.few);
  });
});

describe('formatPlural in English', () => {
  it.each([
    [0, '0 wards'],
    [1, '1 ward'],
    [2, '2 wards'],
    [3, '3 wards'],
    [1500, '1,500 wards']
  ])('%d is one or other only', (count, expected) => {
    expect(formatPlural(count, { ...welshItems, one: '{0} ward', other: '{0} wards' }, 'en-GB')).toBe(expected);
  });
});

describe('pluralForms', () => {
  it('reads <Name>One, <Name>Other and any Welsh extra forms from a strings file', () => {
    const strings = { ItemsOne: '{0} eitem', ItemsOther: '{0} eitem', ItemsTwo: '{0} eitem (dwy)', Unrelated: 'x' };
    expect(pluralForms(strings, 'Items')).toEqual({
      zero: undefined,
      one: '{0} eitem',
      two: '{0} eitem (dwy)',
      few: undefined,
      many: undefined,
      other: '{0} eitem'
    });
  });
});
