import { screen, waitFor, within } from '@testing-library/react';
import MemberProfilesWebPart from '../../../src/webparts/memberProfiles/MemberProfilesWebPart';
import type { IMemberProfilesWebPartProps } from '../../../src/webparts/memberProfiles/IMemberProfilesWebPartProps';
import { memberProfilesPropertyPane } from '../../../src/webparts/memberProfiles/propertyPane/memberProfilesPropertyPane';
import { shownFiltersFrom, urlStatePrefixFrom } from '../../../src/webparts/memberProfiles/memberProfilesComposition';
import manifest from '../../../src/webparts/memberProfiles/MemberProfilesWebPart.manifest.json';
import { listTitlesAskedFor } from '../support/listReads';
import { CONTEXT_INFO, fakeNetwork, hostWebPart, IFakeNetwork, IHostedWebPart, jsonAnswer, PAGE_SITE } from '../support/hostedWebPart';

// An unreadable tenant setting is retried like any failed GET (about 7 s of real backoff).
jest.setTimeout(30000);

// Whose copy of the directory the browser keeps (MemberRepository's cache), as in SPFx.
const USER = { loginName: 'i:0#.f|membership|cllr.lovelace@council.example' };

describe('MemberProfilesWebPart shell', () => {
  let network: IFakeNetwork;

  beforeEach(() => {
    // Each test is another tenant's page: nothing kept from the last one (the tenant property is kept in localStorage).
    localStorage.clear();
    // These tests are about wiring, not data: the tenant setting cannot be read (the network
    // fails) and list requests never answer.
    network = fakeNetwork((url) => {
      if (url.includes('getStorageEntity')) return Promise.reject(new TypeError('Failed to fetch'));
      if (url.endsWith('/_api/contextinfo')) return Promise.resolve(jsonAnswer(CONTEXT_INFO));
      return undefined;
    });
  });

  const fetched = (): string[] => network.urls();
  const listRequests = (): string[] => fetched().filter((url) => !url.includes('getStorageEntity') && !url.endsWith('/_api/contextinfo'));

  afterEach(() => {
    network.restore();
  });

  function hosted(properties: IMemberProfilesWebPartProps): Promise<IHostedWebPart<IMemberProfilesWebPartProps>> {
    return hostWebPart(MemberProfilesWebPart, properties, { user: USER });
  }

  test('renders the root component with the editor’s heading and asks the lists’ site', async () => {
    const webPart = await hosted({ title: 'Our councillors', listsSiteUrl: 'https://council.sharepoint.com/sites/members', defaultView: 'cards' });
    expect(within(webPart.host).getByRole('heading', { name: 'Our councillors' })).toBeTruthy();
    expect(screen.getByText('Loading councillors…')).toBeTruthy();
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    // The editor's setting wins, so the tenant setting is not even read.
    expect(fetched().every((url) => url.startsWith('https://council.sharepoint.com/sites/members/'))).toBe(true);
    webPart.stop();
  });

  test('asks for the tenant setting, then uses the current site when there is none', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: '', defaultView: 'list' });
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(fetched().some((url) => url.startsWith(`${PAGE_SITE}/_api/web/getStorageEntity('MemberOfficerHubSiteUrl')`))).toBe(true);
    expect(listRequests().every((url) => url.startsWith(`${PAGE_SITE}/`))).toBe(true);
    webPart.stop();
  });

  test('says when the web part setting is not a site address, and uses the current site', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: 'members site', defaultView: 'cards' });
    expect(await within(webPart.host).findByText(/setting \(members site\) is not a site address/)).toBeTruthy();
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(listRequests().every((url) => url.startsWith(`${PAGE_SITE}/`))).toBe(true);
    webPart.stop();
  });

  const listsAskedFor = (): string[] => listTitlesAskedFor(network.requests);

  test('reads the lists by the names the admin set, the provisioned names where they left it blank', async () => {
    const webPart = await hosted({
      title: 'Councillors',
      listsSiteUrl: 'https://council.sharepoint.com/sites/members',
      defaultView: 'cards',
      listTitleMembers: ' Councillors ',
      listTitleWards: '   ',
      listTitleCommittees: "Council's committees"
    });
    const expected = ['Councillors', 'Parties', 'Wards', "Council's committees", 'CommitteeMemberships'];
    await waitFor(() => expect(new Set(listsAskedFor())).toEqual(new Set(expected)));
    webPart.stop();
  });

  test('a changed list name in the property pane reloads the directory from that list', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: 'https://council.sharepoint.com/sites/members', defaultView: 'cards' });
    await waitFor(() => expect(listsAskedFor()).toContain('Members'));
    const firstLoad = listsAskedFor().length;
    webPart.edit('listTitleMembers', 'Elected members');
    await waitFor(() => expect(listsAskedFor().slice(firstLoad)).toContain('Elected members'));
    expect(listsAskedFor().slice(firstLoad)).not.toContain('Members');
    const secondLoad = listsAskedFor().length;
    expect(within(webPart.host).getByText('Loading councillors…')).toBeTruthy();
    // Other settings re-render without reading the lists again.
    webPart.edit('title', 'Our councillors');
    expect(within(webPart.host).getByRole('heading', { name: 'Our councillors' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listsAskedFor()).toHaveLength(secondLoad);
    webPart.stop();
  });

  test('loads the property pane on demand: settings, filters and list names', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: 'https://council.sharepoint.com/sites/members', defaultView: 'cards' });
    expect(await webPart.openPropertyPane()).toEqual(['Settings', 'Filters readers see', 'List names']);
    webPart.stop();
  });

  test('a page saved before the filter settings existed shows every filter, and the pane says so', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: 'https://council.sharepoint.com/sites/members', defaultView: 'cards' });
    expect(webPart.properties).toMatchObject({
      showPartyFilter: true,
      showWardFilter: true,
      showCommitteeFilter: true,
      showCabinetFilter: true,
      showResponsibilityFilter: true
    });
    webPart.stop();
  });

  test('unmounts on dispose and stops following the theme', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: 'https://council.sharepoint.com/sites/members', defaultView: 'cards' });
    webPart.stop();
    expect(webPart.host.childElementCount).toBe(0);
    webPart.themeProvider.setTheme({ palette: { themePrimary: '#123456' } });
    expect(webPart.host.childElementCount).toBe(0);
  });
});

describe('member profiles settings', () => {
  const groups = memberProfilesPropertyPane().pages[0].groups.flatMap((group) => ('groupFields' in group ? [group] : []));

  test('the property pane offers the basics, the filters readers see, and the name of each list', () => {
    expect(groups.map((group) => [group.groupName, group.groupFields.map((field) => field.targetProperty)])).toEqual([
      ['Settings', ['title', 'listsSiteUrl', 'wardSheetPageUrl', 'defaultView', 'urlStatePrefix']],
      [
        'Filters readers see',
        ['showPartyFilter', 'showWardFilter', 'showCommitteeFilter', 'showCabinetFilter', 'showResponsibilityFilter']
      ],
      ['List names', ['listTitleMembers', 'listTitleParties', 'listTitleWards', 'listTitleCommittees', 'listTitleCommitteeMemberships']]
    ]);
    expect(groups[1].groupFields.map((field) => (field.properties as { text: string }).text)).toEqual([
      'Party',
      'Ward',
      'Committee and role',
      'Cabinet members only',
      'Additional responsibility'
    ]);
    expect(groups[2].groupFields[4].properties).toMatchObject({
      label: 'Committee memberships list',
      placeholder: 'CommitteeMemberships'
    });
  });

  test('a new web part starts with every filter shown and the provisioned lists', () => {
    const properties = manifest.preconfiguredEntries[0].properties;
    const paneProperties = groups.flatMap((group) => group.groupFields.map((field) => field.targetProperty));
    expect(Object.keys(properties).sort()).toEqual([...paneProperties].sort());
    expect(shownFiltersFrom(properties)).toEqual({ party: true, ward: true, committee: true, cabinet: true, responsibility: true });
    expect(Object.entries(properties).filter(([key]) => key.startsWith('listTitle')).every(([, value]) => value === '')).toBe(true);
  });

  test('only a filter explicitly turned off is hidden', () => {
    expect(shownFiltersFrom({ showWardFilter: false, showCabinetFilter: true })).toEqual({
      party: true,
      ward: false,
      committee: true,
      cabinet: true,
      responsibility: true
    });
  });

  test('the address prefix: trimmed, and one the pane rejects is not used', () => {
    const prefix = groups[0].groupFields.find((field) => field.targetProperty === 'urlStatePrefix');
    const validate = (prefix?.properties as { onGetErrorMessage: (value: string) => string }).onGetErrorMessage;
    expect(validate(' b ')).toBe('');
    expect(validate('')).toBe('');
    expect(validate('second copy')).toBe('Use up to 8 letters and digits, or leave empty.');
    expect(urlStatePrefixFrom(' b ')).toBe('b');
    expect(urlStatePrefixFrom('second copy')).toBe('');
    expect(urlStatePrefixFrom(undefined)).toBe('');
  });
});
