import { addressWithCulture, previewCultureFrom } from '../../../../tools/preview/client/previewLanguage';

describe('previewCultureFrom', () => {
  it.each([
    ['#lang=cy-GB', '', 'cy-GB'],
    ['#theme=dark&lang=cy', '', 'cy-GB'],
    ['', '?lang=cy-GB', 'cy-GB'],
    ['#lang=en-GB', '?lang=cy-GB', 'en-GB'],
    ['#theme=dark', '?q=smith', 'en-GB'],
    ['', '', 'en-GB']
  ])('hash %p, query %p gives %s', (hash, search, expected) => {
    expect(previewCultureFrom({ hash, search })).toBe(expected);
  });
});

describe('addressWithCulture', () => {
  it('sets the language in the fragment and keeps the theme and the views’ query', () => {
    expect(addressWithCulture({ pathname: '/sites/hub', search: '?q=smith&lang=en-GB', hash: '#theme=dark' }, 'cy-GB')).toBe(
      '/sites/hub?q=smith#theme=dark&lang=cy-GB'
    );
  });
});
