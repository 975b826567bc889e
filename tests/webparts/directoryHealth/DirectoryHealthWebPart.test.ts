import { waitFor, within } from '@testing-library/react';
import DirectoryHealthWebPart from '../../../src/webparts/directoryHealth/DirectoryHealthWebPart';
import type { IDirectoryHealthWebPartProps } from '../../../src/webparts/directoryHealth/IDirectoryHealthWebPartProps';
import { listTitlesAskedFor } from '../support/listReads';
import { CONTEXT_INFO, fakeNetwork, hostWebPart, IFakeNetwork, jsonAnswer } from '../support/hostedWebPart';

const PAGE_SITE = 'https://council.sharepoint.com/sites/admin';
const LISTS_SITE = 'https://council.sharepoint.com/sites/hub';

jest.setTimeout(30000);

describe('DirectoryHealthWebPart shell', () => {
  let network: IFakeNetwork;

  beforeEach(() => {
    // Each test is another tenant's page: nothing kept from the last one (the tenant property is kept in localStorage).
    localStorage.clear();
    // Wiring only: list requests never answer.
    network = fakeNetwork((url) => (url.endsWith('/_api/contextinfo') ? Promise.resolve(jsonAnswer(CONTEXT_INFO)) : undefined));
  });

  afterEach(() => {
    network.restore();
  });

  const listsAskedFor = (what: 'items' | 'fields' = 'items'): string[] => listTitlesAskedFor(network.requests, what);

  test("renders the editor's heading and reads the seven lists from the lists' site, by the names the admin set", async () => {
    const properties: IDirectoryHealthWebPartProps = { title: 'Keep it current', listsSiteUrl: LISTS_SITE, reviewMonths: 6, listTitleOfficers: ' Staff directory ' };
    const webPart = await hostWebPart(DirectoryHealthWebPart, properties, { pageSite: PAGE_SITE });
    expect(within(webPart.host).getByRole('heading', { name: 'Keep it current' })).toBeTruthy();
    expect(within(webPart.host).getByText('Checking the directories…')).toBeTruthy();
    // Its seven lists, the council's settings, and the published briefings for the coverage section.
    const read = ['Members', 'Wards', 'Committees', 'CommitteeMemberships', 'Services', 'Staff directory', 'BriefingItems', 'HubSettings', 'Briefings'];
    await waitFor(() => expect(new Set(listsAskedFor())).toEqual(new Set(read)));
    // The Members list's columns, to find private ones an earlier version left, with the same read.
    expect(listsAskedFor('fields')).toEqual(['Members']);
    expect(network.urls().every((url) => url.startsWith(`${LISTS_SITE}/`))).toBe(true);

    // Renaming a list in the property pane reads again under the new name.
    const firstLoad = listsAskedFor().length;
    webPart.edit('listTitleBriefingItems', 'Briefing entries');
    await waitFor(() => expect(listsAskedFor().slice(firstLoad)).toContain('Briefing entries'));
    webPart.stop();
  });
});
