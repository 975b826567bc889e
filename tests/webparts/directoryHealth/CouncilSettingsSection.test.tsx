import * as React from 'react';
import { listsSiteAt } from '../../fakes/listsSite';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { IHubSettingsRead } from '../../../src/data/hubSettings';
import type { IHealthData } from '../../../src/model/health/healthData';
import { validateHubSettings } from '../../../src/model/hubSettings';
import { DirectoryHealth } from '../../../src/webparts/directoryHealth/components/DirectoryHealth';
import { FakeHealthRepository } from './FakeHealthRepository';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const SITE = 'https://council.sharepoint.com/sites/hub';
const PAGE = 'https://council.sharepoint.com/sites/admin/SitePages/Health.aspx';
const empty: IHealthData = { members: [], committees: [], memberships: [], services: [], officers: [], briefingItems: [] };

async function settingsSection(read: IHubSettingsRead): Promise<HTMLElement> {
  const repository = new FakeHealthRepository(empty);
  repository.settingsRead = read;
  render(<DirectoryHealth repository={repository} title="Directory health" listsSite={listsSiteAt(SITE)} reviewMonths={12} returnUrl={() => PAGE} now={() => new Date('2026-11-23T12:00:00Z')} />);
  return screen.findByRole('region', { name: 'Council settings (HubSettings list)' });
}

/** Each term and what it says. */
function described(section: HTMLElement): Record<string, string> {
  return Object.fromEntries(within(section).getAllByRole('term').map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']));
}

describe('Directory health: the council settings', () => {
  it('shows what members see, from the settings item', async () => {
    const { settings, problems } = validateHubSettings(
      { preElectionStart: '2027-03-25', preElectionEnd: '2027-05-06', wardWord: 'Division', contactName: 'Member Briefings Team', contactEmail: 'member.briefings@council.gov.uk' },
      SITE
    );
    const section = await settingsSection({ status: 'read', itemId: 1, settings, problems });
    expect(described(section)).toEqual({
      'Pre-election period': '25 March 2027 to 6 May 2027',
      'The council’s areas are called': 'divisions',
      'Member/officer protocol': 'Not set',
      'Briefings contact': 'Member Briefings Team member.briefings@council.gov.uk'
    });
    expect(within(section).queryByRole('heading', { level: 4 })).toBeNull();
  });

  it('names each value left out as not valid, with a link to the item’s edit form', async () => {
    const { settings, problems } = validateHubSettings({ protocolUrl: 'https://elsewhere.example/protocol', contactEmail: 'a@council.gov.uk; b@council.gov.uk' }, SITE);
    const section = await settingsSection({ status: 'read', itemId: 3, settings, problems });
    expect(within(section).getByRole('heading', { level: 4 }).textContent).toBe('Left out because not valid (2)');
    const items = within(section).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items[0]).toMatch(/^Member\/officer protocol \("https:\/\/elsewhere\.example\/protocol"\) is not on this organisation’s SharePoint/);
    expect(items[1]).toMatch(/^Briefings contact: email \("a@council\.gov\.uk; b@council\.gov\.uk"\) is not one email address\./);
    const edit = within(section).getAllByRole('link', { name: /^Edit the settings/ })[0];
    expect(edit.getAttribute('href')).toBe(`${SITE}/Lists/HubSettings/EditForm.aspx?ID=3&Source=${encodeURIComponent(PAGE)}`);
  });

  it('on a site without the list, says to update the app and shows the defaults', async () => {
    const section = await settingsSection({ status: 'listMissing', settings: {}, problems: [] });
    expect(within(section).getByText(/has no HubSettings list yet: update the Member–Officer Hub app/)).toBeTruthy();
    expect(described(section)['The council’s areas are called']).toBe('wards (not set)');
  });
});
