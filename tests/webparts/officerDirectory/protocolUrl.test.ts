import { protocolUrlOnTenant } from '../../../src/webparts/officerDirectory/protocolUrl';

const SITE = 'https://council.sharepoint.com/sites/intranet';

describe('protocolUrlOnTenant', () => {
  it('keeps an https address on the tenant, with its query and fragment', () => {
    expect(protocolUrlOnTenant(' https://council.sharepoint.com/sites/hub/Docs/Protocol.pdf?web=1#p30 ', SITE)).toBe(
      'https://council.sharepoint.com/sites/hub/Docs/Protocol.pdf?web=1#p30'
    );
  });

  it('takes a server-relative address on the current host', () => {
    expect(protocolUrlOnTenant('/sites/hub/SitePages/Protocol.aspx', SITE)).toBe('https://council.sharepoint.com/sites/hub/SitePages/Protocol.aspx');
  });

  it.each(['', '   ', 'https://other.sharepoint.com/protocol', 'http://council.sharepoint.com/protocol', 'javascript:alert(1)', '//evil.example/p', 'Protocol.aspx', 'https://user:pw@council.sharepoint.com/x'])(
    'shows no link for %p',
    (value) => {
      expect(protocolUrlOnTenant(value, SITE)).toBeUndefined();
    }
  );
});
