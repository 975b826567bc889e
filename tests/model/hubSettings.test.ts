import { protocolLinkOnTenant, settingsForPage, validateHubSettings } from '../../src/model/hubSettings';

const SITE = 'https://contoso.sharepoint.com/sites/members';

describe('validateHubSettings', () => {
  it('takes every valid value, a division in any case, and a contact without a name', () => {
    const { settings, problems } = validateHubSettings(
      {
        preElectionStart: '2027-03-25',
        preElectionEnd: '2027-05-06',
        wardWord: 'Division',
        protocolUrl: 'https://contoso.sharepoint.com/sites/constitution/SitePages/Protocol.aspx',
        contactEmail: ' member.briefings@council.gov.uk '
      },
      SITE
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      preElectionPeriod: { from: '2027-03-25', to: '2027-05-06' },
      wardWord: 'division',
      protocolUrl: 'https://contoso.sharepoint.com/sites/constitution/SitePages/Protocol.aspx',
      briefingsContact: { email: 'member.briefings@council.gov.uk' }
    });
  });

  it('gives nothing and no problem for an empty item', () => {
    expect(validateHubSettings({}, SITE)).toEqual({
      settings: { preElectionPeriod: undefined, wardWord: undefined, protocolUrl: undefined, briefingsContact: undefined },
      problems: []
    });
  });

  test.each([
    ['only a first day', { preElectionStart: '2027-03-25' }, 'PreElectionEnd:preElectionIncomplete'],
    ['only polling day', { preElectionEnd: '2027-05-06' }, 'PreElectionStart:preElectionIncomplete'],
    ['a period that runs backwards', { preElectionStart: '2027-05-06', preElectionEnd: '2027-03-25' }, 'PreElectionEnd:preElectionBackwards'],
    ['a ward word typed in by hand', { wardWord: 'Electoral area' }, 'WardWord:wardWordUnknown'],
    ['two addresses in the contact', { contactName: 'Comms', contactEmail: 'a@council.gov.uk; b@council.gov.uk' }, 'BriefingsContactEmail:contactEmailInvalid'],
    ['a javascript: link', { protocolUrl: 'javascript:alert(1)' }, 'ProtocolUrl:protocolUrlInvalid'],
    ['a link to another host', { protocolUrl: 'https://contoso.example.org/protocol.pdf' }, 'ProtocolUrl:protocolUrlOffTenant'],
    ['a plain http link to the tenant', { protocolUrl: 'http://contoso.sharepoint.com/sites/constitution' }, 'ProtocolUrl:protocolUrlOffTenant'],
    ['a look-alike host', { protocolUrl: 'https://contoso.sharepoint.com.evil.example/x' }, 'ProtocolUrl:protocolUrlOffTenant'],
    ['a user name in the link', { protocolUrl: 'https://someone@contoso.sharepoint.com/x' }, 'ProtocolUrl:protocolUrlOffTenant']
  ])('leaves out %s and reports it', (_case, values, expected) => {
    const { settings, problems } = validateHubSettings(values, SITE);
    expect(problems.map((problem) => `${problem.column}:${problem.kind}`)).toEqual([expected]);
    expect(Object.values(settings).filter((value) => value !== undefined)).toEqual([]);
  });

  it('keeps the valid settings beside a bad one', () => {
    const { settings, problems } = validateHubSettings({ wardWord: 'Ward', protocolUrl: 'https://elsewhere.example/' }, SITE);
    expect(settings.wardWord).toBe('ward');
    expect(problems).toHaveLength(1);
  });
});

describe('protocolLinkOnTenant', () => {
  it('in the local preview, keeps to the page’s own http origin', () => {
    expect(protocolLinkOnTenant('http://127.0.0.1:4400/sites/council/p.aspx', 'http://127.0.0.1:4400/sites/council').url).toBe(
      'http://127.0.0.1:4400/sites/council/p.aspx'
    );
    expect(protocolLinkOnTenant('http://127.0.0.1:4401/p.aspx', 'http://127.0.0.1:4400/sites/council').problem).toBe('protocolUrlOffTenant');
  });
});

describe('settingsForPage', () => {
  const central = {
    preElectionPeriod: { from: '2027-03-25', to: '2027-05-06' },
    wardWord: 'division' as const,
    briefingsContact: { email: 'member.briefings@council.gov.uk' }
  };

  it('takes the council’s settings where the page sets nothing', () => {
    expect(settingsForPage(central, {})).toEqual({ ...central, protocolUrl: undefined });
  });

  it('lets the page’s own web part properties win', () => {
    const page = { preElectionPeriod: { from: '2027-04-01', to: '2027-04-30' }, wardWord: 'ward' as const };
    expect(settingsForPage(central, page)).toMatchObject(page);
    expect(settingsForPage(central, page).briefingsContact).toEqual(central.briefingsContact);
  });
});
