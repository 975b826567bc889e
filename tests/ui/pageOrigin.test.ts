import { isOnPageOrigin } from '../../src/ui/pageOrigin';

describe('isOnPageOrigin', () => {
  const origin = window.location.origin;

  test.each([
    ['an absolute URL on the page\'s origin', `${origin}/sites/council/SiteAssets/a.png`],
    ['a server-relative URL', '/sites/council/SiteAssets/a.png'],
    ['a page-relative URL', 'SiteAssets/a.png'],
    ['the same origin in capitals', origin.toUpperCase() + '/a.png']
  ])('accepts %s', (_case, url) => {
    expect(isOnPageOrigin(url)).toBe(true);
  });

  test.each([
    ['another host', 'https://tracker.example.org/pixel.gif'],
    ['a protocol-relative URL to another host', '//tracker.example.org/pixel.gif'],
    ['another port on the same host', `${window.location.protocol}//${window.location.hostname}:1/a.png`],
    ['another scheme on the same host', `${window.location.protocol === 'https:' ? 'http' : 'https'}://${window.location.host}/a.png`],
    ['a look-alike host', `${origin}.evil.example/a.png`],
    ['credentials before another host', `${window.location.protocol}//${window.location.host}@evil.example/a.png`],
    ['a data: URL', 'data:image/gif;base64,R0lGODlhAQABAAAAACw='],
    ['a blob: URL', 'blob:https://evil.example/1234'],
    ['javascript:', 'javascript:alert(1)'],
    ['nothing', ''],
    ['undefined', undefined],
    ['null', null],
    ['an unparseable URL', 'http://[::1']
  ])('refuses %s', (_case, url) => {
    expect(isOnPageOrigin(url)).toBe(false);
  });
});
