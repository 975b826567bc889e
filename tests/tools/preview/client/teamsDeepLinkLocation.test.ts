import { readTeamsDeepLink } from '../../../../tools/preview/client/teamsDeepLinkLocation';

const context = (value: unknown): string => `?context=${encodeURIComponent(JSON.stringify(value))}`;

describe('readTeamsDeepLink', () => {
  test.each([
    ['/teams', '', undefined],
    ['/', '', undefined],
    ['/l/entity/app-id/tab-id', '', { entityId: 'tab-id' }],
    ['/l/entity/app-id/tab-id/', context({ subEntityId: 'item-12-2026-11-23' }), { entityId: 'tab-id', subPageId: 'item-12-2026-11-23' }],
    ['/l/entity/app-id/tab%20id', context({ subEntityId: '' }), { entityId: 'tab id', subPageId: undefined }],
    ['/l/entity/app-id/tab-id', context({ subEntityId: 42 }), { entityId: 'tab-id', subPageId: undefined }],
    ['/l/entity/app-id/tab-id', '?context=%7Bnot-json', { entityId: 'tab-id' }],
    ['/l/entity/app-id', context({ subEntityId: 'item-1' }), undefined]
  ])('%s%s', (pathname, search, expected) => {
    expect(readTeamsDeepLink({ pathname, search })).toEqual(expected);
  });
});
