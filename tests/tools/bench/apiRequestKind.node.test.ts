import { apiRequestKind } from '../../../tools/bench/apiRequestKind';

describe('apiRequestKind', () => {
  const site = 'http://127.0.0.1:4400/sites/council';

  it('tells the lists-site lookup and the form digest from list data', () => {
    expect(apiRequestKind(`${site}/_api/web/getStorageEntity('MemberOfficerHubSiteUrl')`)).toBe('lists-site lookup');
    expect(apiRequestKind(`${site}/_api/web/getstorageentity(%27MemberOfficerHubSiteUrl%27)`)).toBe('lists-site lookup');
    expect(apiRequestKind(`${site}/_api/contextinfo`)).toBe('form digest');
    expect(apiRequestKind(`${site}/_api/$batch`)).toBe('data');
    expect(apiRequestKind(`${site}/_api/web/lists/getByTitle('Officers')/items?$top=5000`)).toBe('data');
    expect(apiRequestKind(`${site}/_api/web/lists?$select=Title,ItemCount`)).toBe('data');
  });
});
