import { DataError, DataErrorKind } from '../../src/data/DataError';
import { describeDataError, IDataErrorStrings } from '../../src/ui/describeDataError';

const strings: IDataErrorStrings = {
  ErrorListNotFound: 'list {0} missing on {1}',
  ErrorSiteNotFound: 'no site {0}',
  ErrorColumnNotFound: 'list {0} on {1} lacks {2}',
  ErrorAccessDenied: 'no access to {0} on {1}',
  ErrorThrottled: 'busy',
  ErrorOverThreshold: 'too big {0}',
  ErrorConflict: 'conflict',
  ErrorNetwork: 'offline',
  ErrorUnknown: 'unexpected: {0}',
  ErrorListsSiteRefusedWebPart: 'web part setting {0} is not on {1}: ask a page editor',
  ErrorListsSiteRefusedTenant: 'tenant setting {0} is not on {1}: ask a SharePoint admin',
  SomeList: 'a list'
};
const SITE = 'https://t.sharepoint.com/sites/hub';

describe('describeDataError', () => {
  test.each<[DataErrorKind, Partial<DataError>, string, boolean]>([
    ['listNotFound', { listTitle: 'Wards' }, `list Wards missing on ${SITE}`, false],
    ['listNotFound', {}, `list a list missing on ${SITE}`, false],
    ['siteNotFound', {}, `no site ${SITE}`, false],
    ['columnNotFound', { listTitle: 'Members', column: 'Ward' }, `list Members on ${SITE} lacks Ward`, false],
    ['accessDenied', { listTitle: 'Members' }, `no access to Members on ${SITE}`, false],
    ['throttled', {}, 'busy', true],
    ['overThreshold', { listTitle: 'CommitteeMemberships' }, 'too big CommitteeMemberships', false],
    ['conflict', {}, 'conflict', true],
    ['network', {}, 'offline', true],
    ['unknown', { serverMessage: 'Boom' }, 'unexpected: Boom', true]
  ])('%s %p → %s', (kind, details, message, canRetry) => {
    const error = new DataError({ kind, listTitle: details.listTitle, column: details.column, serverMessage: details.serverMessage });
    expect(describeDataError(error, SITE, strings)).toEqual({ message, canRetry });
  });

  test.each([
    ['webPartProperty' as const, 'web part setting http://evil.example/sites/x is not on https://t.sharepoint.com: ask a page editor'],
    ['tenantProperty' as const, 'tenant setting http://evil.example/sites/x is not on https://t.sharepoint.com: ask a SharePoint admin']
  ])('a refused lists site set in the %s names the setting and who can fix it', (setting, message) => {
    const error = new DataError({ kind: 'listsSiteRefused', setting, settingValue: 'http://evil.example/sites/x' });
    expect(describeDataError(error, SITE, strings)).toEqual({ message, canRetry: false });
  });

  test('describes errors that did not come from the data layer', () => {
    expect(describeDataError(new Error('oops'), SITE, strings)).toEqual({ message: 'unexpected: oops', canRetry: true });
  });
});
