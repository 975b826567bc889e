import { profilePhotoUrl } from '../../src/model/profilePhotoUrl';

describe('profilePhotoUrl', () => {
  it("builds the site's userphoto.aspx URL for an address, size M unless asked", () => {
    expect(profilePhotoUrl('https://contoso.sharepoint.com/sites/hub/', ' priya.hillier@council.example ')).toBe(
      'https://contoso.sharepoint.com/sites/hub/_layouts/15/userphoto.aspx?size=M&accountname=priya.hillier%40council.example'
    );
    expect(profilePhotoUrl('https://contoso.sharepoint.com', 'o\u2019neill+it@council.example', 'L')).toBe(
      'https://contoso.sharepoint.com/_layouts/15/userphoto.aspx?size=L&accountname=o%E2%80%99neill%2Bit%40council.example'
    );
  });

  it('accepts a server-relative site URL', () => {
    expect(profilePhotoUrl('/sites/hub', 'a@b.example', 'S')).toBe('/sites/hub/_layouts/15/userphoto.aspx?size=S&accountname=a%40b.example');
  });

  test.each([
    ['no address', 'https://contoso.sharepoint.com/sites/hub', undefined],
    ['a blank address', 'https://contoso.sharepoint.com/sites/hub', '  '],
    ['something that is not an address', 'https://contoso.sharepoint.com/sites/hub', 'Priya Hillier'],
    ['no site', undefined, 'a@b.example'],
    ['a relative site URL', 'sites/hub', 'a@b.example'],
    ['a protocol-relative site URL', '//evil.example/sites/hub', 'a@b.example'],
    ['a script URL', 'javascript:alert(1)//', 'a@b.example']
  ])('is undefined for %s', (_case, siteUrl, account) => {
    expect(profilePhotoUrl(siteUrl, account)).toBeUndefined();
  });
});
