import {
  parseWardContactsQuery,
  parseWardContactsSubPageId,
  serialiseWardContactsQuery,
  wardContactsSubPageId,
  wardSheetHref
} from '../../../src/webparts/wardContacts/components/wardContactsUrlState';

describe('ward contact sheet address', () => {
  it('reads the ward and chosen services, ignoring what is not an id', () => {
    expect(parseWardContactsQuery('?wardsheet=12&wardservices=3,x,0,7')).toEqual({ wardId: 12, serviceIds: [3, 7] });
    expect(parseWardContactsQuery('?wardsheet=abc')).toEqual({ wardId: undefined, serviceIds: undefined });
    // Chosen "none" is not the same as not chosen.
    expect(parseWardContactsQuery('?wardsheet=1&wardservices=')).toEqual({ wardId: 1, serviceIds: [] });
  });

  it("writes its own keys and keeps other parts' (member profiles use 'ward' for a filter)", () => {
    expect(serialiseWardContactsQuery({ wardId: 4, serviceIds: [2, 9] }, '?ward=1&oq=hill&wardsheet=3')).toBe('?ward=1&oq=hill&wardsheet=4&wardservices=2%2C9');
    expect(serialiseWardContactsQuery({}, '?wardsheet=3&wardservices=1')).toBe('');
    expect(parseWardContactsQuery(serialiseWardContactsQuery({ wardId: 4, serviceIds: [2, 9] }))).toEqual({ wardId: 4, serviceIds: [2, 9] });
  });

  it('links a directory to the sheet for a ward', () => {
    expect(wardSheetHref('https://council.sharepoint.com/sites/hub/SitePages/Ward.aspx', 10)).toBe('https://council.sharepoint.com/sites/hub/SitePages/Ward.aspx?wardsheet=10');
  });

  it('carries the same state in a Teams sub-page id, and ignores other tabs’ ids', () => {
    expect(wardContactsSubPageId({ wardId: 10, serviceIds: [1, 2] })).toBe('wardsheet?wardsheet=10&wardservices=1%2C2');
    expect(parseWardContactsSubPageId('wardsheet?wardsheet=10&wardservices=1%2C2')).toEqual({ wardId: 10, serviceIds: [1, 2] });
    expect(parseWardContactsSubPageId('wardsheet')).toEqual({ wardId: undefined, serviceIds: undefined });
    expect(parseWardContactsSubPageId('item-103-2026-10-26')).toBeUndefined();
    expect(parseWardContactsSubPageId(undefined)).toBeUndefined();
  });
});
