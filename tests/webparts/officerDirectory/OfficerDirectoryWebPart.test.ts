import { screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import OfficerDirectoryWebPart from '../../../src/webparts/officerDirectory/OfficerDirectoryWebPart';
import manifest from '../../../src/webparts/officerDirectory/OfficerDirectoryWebPart.manifest.json';
import { officerDirectoryPropertyPane, protocolUrlError } from '../../../src/webparts/officerDirectory/propertyPane/officerDirectoryPropertyPane';
import { listTitlesAskedFor } from '../support/listReads';
import { CONTEXT_INFO, fakeNetwork, hostWebPart, IFakeNetwork, IHostedWebPart, jsonAnswer, PAGE_SITE } from '../support/hostedWebPart';
import { FakeTeamsJs } from '../../fakes/FakeTeamsJs';
import type { IOfficerDirectoryWebPartProps } from '../../../src/webparts/officerDirectory/IOfficerDirectoryWebPartProps';

// SharePoint registers Fluent's icon font on the page; in tests the icons are simply absent.
setIconOptions({ disableWarnings: true });

const HUB_SITE = 'https://council.sharepoint.com/sites/member-officer-hub';

const USER = { loginName: 'i:0#.f|membership|cllr.lovelace@council.example' };

type HostedWebPart = IHostedWebPart<IOfficerDirectoryWebPartProps>;

describe('OfficerDirectoryWebPart shell', () => {
  let network: IFakeNetwork;
  let tenantHubSetting: string | null = null;

  beforeEach(() => {
    // Each test is another tenant's page: nothing kept from the last one (the tenant property is kept in localStorage).
    localStorage.clear();
    tenantHubSetting = null;
    // These tests are about wiring, not data: the tenant setting answers at once and list
    // requests never answer.
    network = fakeNetwork((url) => {
      // The form digest a $batch to the lists' site needs (another site than the page's).
      if (url.endsWith('/_api/contextinfo')) return Promise.resolve(jsonAnswer(CONTEXT_INFO));
      if (url.includes('getStorageEntity')) {
        return Promise.resolve(jsonAnswer(tenantHubSetting === null ? { 'odata.null': true } : { Value: tenantHubSetting }));
      }
      return undefined;
    });
  });

  const fetched = (): string[] => network.urls();
  const listRequests = (): string[] => fetched().filter((url) => !url.includes('getStorageEntity'));

  afterEach(() => {
    network.restore();
  });

  function hosted(properties: IOfficerDirectoryWebPartProps, teamsJs?: FakeTeamsJs): Promise<HostedWebPart> {
    return hostWebPart(OfficerDirectoryWebPart, properties, { user: USER, teamsJs });
  }

  test('renders the root component with the editor’s heading and reads the lists from the editor’s site', async () => {
    const webPart = await hosted({ title: 'Find an officer', listsSiteUrl: HUB_SITE, startTab: 'find' });
    expect(within(webPart.host).getByRole('heading', { name: 'Find an officer' })).toBeTruthy();
    expect(screen.getByText('Loading the officer directory…')).toBeTruthy();
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(fetched().every((url) => url.startsWith(`${HUB_SITE}/`))).toBe(true);
    webPart.stop();
  });

  test('uses the tenant’s hub site when the web part names none (a Teams personal app runs on the root site)', async () => {
    tenantHubSetting = HUB_SITE;
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: '', startTab: 'ask' });
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(fetched()[0].startsWith(`${PAGE_SITE}/_api/web/getStorageEntity('MemberOfficerHubSiteUrl')`)).toBe(true);
    expect(listRequests().every((url) => url.startsWith(`${HUB_SITE}/`))).toBe(true);
    webPart.stop();
  });

  test('uses the current site when neither setting names one', async () => {
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: '', startTab: 'find' });
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(listRequests().every((url) => url.startsWith(`${PAGE_SITE}/`))).toBe(true);
    webPart.stop();
  });

  test('says when the web part setting is not a site address', async () => {
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: 'officers site', startTab: 'find' });
    expect(await within(webPart.host).findByText(/setting \(officers site\) is not a site address/)).toBeTruthy();
    webPart.stop();
  });

  /** The background Fluent's ThemeProvider paints under the web part. */
  function background(webPart: HostedWebPart): string {
    const themed = webPart.host.firstElementChild as HTMLElement;
    return getComputedStyle(themed).backgroundColor;
  }

  test('in Teams, wears Teams’ theme and follows the user’s switch to another', async () => {
    const teamsJs = new FakeTeamsJs({ theme: 'dark' });
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: HUB_SITE, startTab: 'ask' }, teamsJs);
    expect(teamsJs.initializeCalls).toBe(0);
    expect(background(webPart)).toBe('rgb(31, 31, 31)');
    teamsJs.switchTheme('contrast');
    expect(background(webPart)).toBe('rgb(0, 0, 0)');
    teamsJs.switchTheme('default');
    expect(background(webPart)).toBe('rgb(255, 255, 255)');
    webPart.stop();
    teamsJs.switchTheme('dark');
    expect(webPart.host.childElementCount).toBe(0);
  });

  /** The lists asked for from `site`, by title: the officers' pages and the services. (Parts stopped in earlier tests may still send theirs, to their own sites.) */
  const listsAskedFor = (site: string): string[] => listTitlesAskedFor(network.requests, 'items', site);

  test('reads the lists by the names the admin set, the provisioned names where they left it blank', async () => {
    const site = `${HUB_SITE}-renamed`;
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: site, startTab: 'find', listTitleOfficers: ' Staff directory ', listTitleServices: '  ' });
    await waitFor(() => expect(new Set(listsAskedFor(site))).toEqual(new Set(['Staff directory', 'Services'])));
    webPart.stop();
  });

  test('a changed list name in the property pane reloads the directory from that list', async () => {
    const site = `${HUB_SITE}-edited`;
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: site, startTab: 'find' });
    await waitFor(() => expect(new Set(listsAskedFor(site))).toEqual(new Set(['Officers', 'Services'])));
    const firstLoad = listsAskedFor(site).length;
    webPart.edit('listTitleServices', "Council's services");
    await waitFor(() => expect(new Set(listsAskedFor(site).slice(firstLoad))).toEqual(new Set(['Officers', "Council's services"])));
    const secondLoad = listsAskedFor(site).length;
    expect(within(webPart.host).getByText('Loading the officer directory…')).toBeTruthy();
    // Other settings re-render without reading the lists again.
    webPart.edit('title', 'Find an officer');
    expect(within(webPart.host).getByRole('heading', { name: 'Find an officer' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listsAskedFor(site)).toHaveLength(secondLoad);
    webPart.stop();
  });

  test('unmounts on dispose and stops following the theme', async () => {
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: HUB_SITE, startTab: 'find' });
    webPart.stop();
    expect(webPart.host.childElementCount).toBe(0);
    webPart.themeProvider.setTheme({ palette: { themePrimary: '#123456' } });
    expect(webPart.host.childElementCount).toBe(0);
  });
});

describe('officer directory settings', () => {
  const groups = officerDirectoryPropertyPane(PAGE_SITE).pages[0].groups.flatMap((group) => ('groupFields' in group ? [group] : []));

  test('the property pane offers the basics and the name of each list, the provisioned name as placeholder', () => {
    expect(groups.map((group) => [group.groupName, group.groupFields.map((field) => field.targetProperty)])).toEqual([
      ['Settings', ['title', 'listsSiteUrl', 'wardSheetPageUrl', 'enquiriesPageUrl', 'startTab', 'protocolUrl']],
      ['List names', ['listTitleOfficers', 'listTitleServices']]
    ]);
    expect(groups[1].groupFields.map((field) => field.properties)).toEqual([
      expect.objectContaining({ label: 'Officers list', placeholder: 'Officers', description: "Leave empty to use the app's list, 'Officers'." }),
      expect.objectContaining({ label: 'Services list', placeholder: 'Services' })
    ]);
  });

  test('a new web part starts with every setting the pane offers, and the provisioned lists', () => {
    const properties = manifest.preconfiguredEntries[0].properties;
    const paneProperties = groups.flatMap((group) => group.groupFields.map((field) => field.targetProperty));
    expect(Object.keys(properties).sort()).toEqual([...paneProperties].sort());
    expect([properties.listTitleOfficers, properties.listTitleServices]).toEqual(['', '']);
  });

  test('the protocol link must be on the tenant: blank, https on its host or server-relative; anything else is refused', () => {
    expect(protocolUrlError('', PAGE_SITE)).toBe('');
    expect(protocolUrlError('https://council.sharepoint.com/sites/intranet/SitePages/Protocol.aspx', PAGE_SITE)).toBe('');
    expect(protocolUrlError('/sites/intranet/Shared Documents/Protocol.pdf', PAGE_SITE)).toBe('');
    for (const refused of ['http://council.sharepoint.com/protocol', 'https://evil.example/protocol', 'javascript:alert(1)', '//evil.example/x', 'protocol.aspx']) {
      expect(protocolUrlError(refused, PAGE_SITE)).toBe('Enter an address on this SharePoint tenant, starting https:// or /sites/.');
    }
  });
});
