import { initials } from '../../src/model/initials';

describe('initials', () => {
  test.each([
    ['Joe Bloggs', 'JB'],
    ['Cllr Joe Bloggs', 'JB'],
    ['Councillor Dr Siân O’Rourke MBE', 'SO'],
    ['Cllr. Mrs. Ann de Souza', 'AS'],
    ['Cllr Cher', 'C'],
    ['Mary Anne Smith-Jones', 'MS'],
    ['élodie durand', 'ÉD'],
    ['  ', ''],
    ['Cllr', '']
  ])('%p → %p', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  test.each([
    [{ displayName: 'Cllr Joe Bloggs', givenName: 'Joseph', surname: 'Bloggs' }, 'JB'],
    [{ displayName: 'Cllr Joe Bloggs', surname: 'Bloggs' }, 'JB'],
    [{ displayName: 'Cllr Joe Bloggs', givenName: '', surname: '' }, 'JB'],
    [{ displayName: '', givenName: undefined, surname: '' }, '']
  ])('member %p → %p', (member, expected) => {
    expect(initials(member)).toBe(expected);
  });
});
