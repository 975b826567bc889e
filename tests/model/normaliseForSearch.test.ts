import { normaliseForSearch, searchWords } from '../../src/model/normaliseForSearch';

describe('normaliseForSearch', () => {
  test.each([
    ['O’Rourke', 'orourke'],
    ["o'rourke", 'orourke'],
    ['ORourke', 'orourke'],
    ['Siân Llŷr', 'sian llyr'],
    ['Zoë Brontë-Smith', 'zoe bronte smith'],
    ['Łukasz Weiß', 'lukasz weiss'],
    ['Søren Ærø', 'soren aero'],
    ['  Cllr.  J.   Bloggs, MBE ', 'cllr j bloggs mbe'],
    ['Ward 10 (North)', 'ward 10 north'],
    ['', '']
  ])('%p → %p', (text, expected) => {
    expect(normaliseForSearch(text)).toBe(expected);
  });

  test.each([
    ['  ', []],
    ["O'Rourke planning", ['orourke', 'planning']],
    ['Smith-Jones', ['smith', 'jones']]
  ])('searchWords(%p)', (query, expected) => {
    expect(searchWords(query)).toEqual(expected);
  });
});
