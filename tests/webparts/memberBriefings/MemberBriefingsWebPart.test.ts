import { screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import MemberBriefingsWebPart from '../../../src/webparts/memberBriefings/MemberBriefingsWebPart';
import type { IMemberBriefingsWebPartProps } from '../../../src/webparts/memberBriefings/IMemberBriefingsWebPartProps';
import { memberBriefingsPropertyPane } from '../../../src/webparts/memberBriefings/propertyPane/memberBriefingsPropertyPane';
import { parseEditorDate, preElectionPeriodFrom } from '../../../src/webparts/memberBriefings/memberBriefingsComposition';
import manifest from '../../../src/webparts/memberBriefings/MemberBriefingsWebPart.manifest.json';
import { FakeTeamsJs } from '../../fakes/FakeTeamsJs';
import { fakeNetwork, hostWebPart, IFakeNetwork, IHostedWebPart, jsonAnswer } from '../support/hostedWebPart';

// SharePoint registers Fluent's icon font on the page; in tests the icons are simply absent.
setIconOptions({ disableWarnings: true });

const ROOT_SITE = 'https://council.sharepoint.com';
const HUB_SITE = 'https://council.sharepoint.com/sites/hub';

jest.setTimeout(30000);

const DEFAULTS: IMemberBriefingsWebPartProps = {
  title: 'Member briefing',
  listsSiteUrl: '',
  wardLabel: 'ward',
  preElectionStart: '',
  preElectionEnd: ''
};

const USER = { email: 'Jo.Officer@council.gov.uk', loginName: 'i:0#.f|membership|jo.officer@council.gov.uk' };

describe('MemberBriefingsWebPart shell', () => {
  let network: IFakeNetwork;
  let tenantSetting: string | undefined;

  beforeEach(() => {
    // Each test is another tenant's page: nothing kept from the last one (the tenant property is kept in localStorage).
    localStorage.clear();
    tenantSetting = undefined;
    // Wiring, not data: the tenant setting answers as SharePoint does; list requests never answer.
    network = fakeNetwork((url) => {
      if (/getStorageEntity/i.test(url)) {
        return Promise.resolve(jsonAnswer(tenantSetting === undefined ? { 'odata.null': true } : { Value: tenantSetting }));
      }
      // A $batch needs the lists site's form digest; the page's own is only for the page's site.
      if (/\/_api\/contextinfo$/i.test(url)) return Promise.resolve(jsonAnswer({ FormDigestValue: 'hub-digest', FormDigestTimeoutSeconds: 1800 }));
      return undefined;
    });
  });

  afterEach(() => {
    network.restore();
  });

  /** Each request with its body: a $batch carries its reads in the body. */
  const fetched = (): string[] => network.requests.map((request) => (request.body === undefined ? request.url : `${request.url}\n${request.body}`));
  const listRequests = (): string[] => fetched().filter((url) => !/getStorageEntity|\/_api\/contextinfo$/i.test(url));

  function hosted(properties: Partial<IMemberBriefingsWebPartProps>, teamsJs?: FakeTeamsJs): Promise<IHostedWebPart<IMemberBriefingsWebPartProps>> {
    return hostWebPart(MemberBriefingsWebPart, { ...DEFAULTS, ...properties }, { pageSite: ROOT_SITE, user: USER, teamsJs });
  }

  test('outside Teams: renders with the editor’s heading, reads the lists on the tenant setting’s site as the page user', async () => {
    tenantSetting = HUB_SITE;
    const webPart = await hosted({ title: 'This week for councillors' });
    expect(within(webPart.host).getByRole('heading', { name: 'This week for councillors' })).toBeTruthy();
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(listRequests().every((url) => url.startsWith(`${HUB_SITE}/`))).toBe(true);
    // The member is looked up by the SharePoint user's email.
    await waitFor(() => expect(listRequests().some((url) => decodeURIComponent(url).includes('Jo.Officer@council.gov.uk'))).toBe(true));
    webPart.stop();
  });

  test('the web part’s own setting wins over the tenant setting', async () => {
    tenantSetting = HUB_SITE;
    const webPart = await hosted({ listsSiteUrl: 'https://council.sharepoint.com/sites/members' });
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(listRequests().every((url) => url.startsWith('https://council.sharepoint.com/sites/members/'))).toBe(true);
    webPart.stop();
  });

  test('in Teams: uses the SPFx teams-js instance without initialising it, and the Teams user', async () => {
    tenantSetting = HUB_SITE;
    const teamsJs = new FakeTeamsJs({ loginHint: 'cllr.abbey@council.gov.uk', theme: 'dark' });
    const webPart = await hosted({}, teamsJs);
    expect(teamsJs.getContextCalls).toBe(1);
    expect(teamsJs.initializeCalls).toBe(0);
    await waitFor(() => expect(listRequests().some((url) => decodeURIComponent(url).includes('cllr.abbey@council.gov.uk'))).toBe(true));
    expect(listRequests().some((url) => decodeURIComponent(url).includes('jo.officer'))).toBe(false);
    expect(teamsJs.themeHandlerRegistrations).toBe(1);
    webPart.stop();
  });

  test('in Teams, wears Teams’ theme and follows the user’s switch to another until disposed', async () => {
    tenantSetting = HUB_SITE;
    const teamsJs = new FakeTeamsJs({ loginHint: 'cllr.abbey@council.gov.uk', theme: 'dark' });
    const webPart = await hosted({}, teamsJs);
    const background = (): string => getComputedStyle(webPart.host.firstElementChild as HTMLElement).backgroundColor;
    expect(background()).toBe('rgb(31, 31, 31)');
    teamsJs.switchTheme('contrast');
    expect(background()).toBe('rgb(0, 0, 0)');
    teamsJs.switchTheme('default');
    expect(background()).toBe('rgb(255, 255, 255)');
    webPart.stop();
    teamsJs.switchTheme('dark');
    expect(webPart.host.childElementCount).toBe(0);
  });

  test('shows the pre-election notice from the editor’s dates', async () => {
    const webPart = await hosted({ preElectionStart: '01/01/2000', preElectionEnd: '31/12/2999' });
    expect(await screen.findByRole('heading', { name: 'Pre-election period' })).toBeTruthy();
    webPart.stop();
  });

  /** Titles of the lists requested on this test's own site, in order (the reader lookup and the week's briefing are plain GETs). */
  const OWN_SITE = 'https://council.sharepoint.com/sites/list-names';
  const listsAskedFor = (): string[] =>
    listRequests()
      .filter((url) => url.startsWith(`${OWN_SITE}/`))
      .flatMap((url) =>
        Array.from(decodeURIComponent(url).matchAll(/getByTitle\('((?:[^']|'')*)'\)/gi), (match) => match[1].replace(/''/g, "'"))
      );

  test('reads the lists by the names the admin set; a changed name reloads from that list', async () => {
    const webPart = await hosted({ listsSiteUrl: OWN_SITE, listTitleMembers: ' Elected members ', listTitleBriefings: '  ' });
    await waitFor(() => expect(listsAskedFor()).toContain('Elected members'));
    expect(listsAskedFor()).not.toContain('Members');
    const asked = listsAskedFor().length;
    webPart.edit('listTitleMembers', 'Councillors');
    await waitFor(() => expect(listsAskedFor().slice(asked)).toContain('Councillors'));
    expect(listsAskedFor().slice(asked)).not.toContain('Elected members');
    webPart.stop();
  });

  test('unmounts on dispose and stops following the theme', async () => {
    const webPart = await hosted({});
    webPart.stop();
    expect(webPart.host.childElementCount).toBe(0);
    webPart.themeProvider.setTheme({ palette: { themePrimary: '#123456' } });
    expect(webPart.host.childElementCount).toBe(0);
  });
});

describe('member briefings settings', () => {
  test('the manifest offers the part in SharePoint and Teams (tab and personal app), following theme variants', () => {
    expect(manifest.supportedHosts).toEqual(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp', 'SharePointFullPage']);
    expect(manifest.supportsThemeVariants).toBe(true);
    expect(Object.keys(manifest.preconfiguredEntries[0].properties).sort()).toEqual(Object.keys(DEFAULTS).sort());
  });

  test.each([
    ['07/05/2026', '2026-05-07'],
    ['7/5/2026', '2026-05-07'],
    [' 2026-05-07 ', '2026-05-07'],
    ['31/02/2026', undefined],
    ['05/07/26', undefined],
    ['', undefined]
  ])('the editor’s date %p reads as %p', (typed, expected) => {
    expect(parseEditorDate(typed)).toBe(expected);
  });

  test('a period needs both ends', () => {
    expect(preElectionPeriodFrom('23/03/2026', '07/05/2026')).toEqual({ from: '2026-03-23', to: '2026-05-07' });
    expect(preElectionPeriodFrom('23/03/2026', '')).toBeUndefined();
  });

  test('the property pane validates the period’s dates and offers ward or division', () => {
    const fields = memberBriefingsPropertyPane().pages[0].groups.flatMap((group) => ('groupFields' in group ? group.groupFields : []));
    expect(fields.map((field) => field.targetProperty)).toEqual([
      'title',
      'listsSiteUrl',
      'wardLabel',
      'preElectionStart',
      'preElectionEnd',
      'listTitleBriefings',
      'listTitleBriefingItems',
      'listTitleMembers',
      'listTitleWards'
    ]);
    expect(fields.find((field) => field.targetProperty === 'listTitleBriefingItems')?.properties).toMatchObject({
      label: 'Briefing items list',
      placeholder: 'BriefingItems'
    });
    const start = fields.find((field) => field.targetProperty === 'preElectionStart');
    const validate = (start?.properties as { onGetErrorMessage: (value: string) => string }).onGetErrorMessage;
    expect(validate('07/05/2026')).toBe('');
    expect(validate('')).toBe('');
    expect(validate('7 May')).toBe('Enter a date as dd/mm/yyyy, for example 07/05/2026.');
  });
});
