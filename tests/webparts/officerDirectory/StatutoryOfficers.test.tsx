import * as React from 'react';
import { listsSiteAt } from '../../fakes/listsSite';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components/OfficerDirectory';
import { FakeOfficerRepository } from '../../fakes/FakeOfficerRepository';
import { officerDirectory, officers } from '../../fakes/officerDirectoryFixture';
import type { IOfficerDirectory } from '../../../src/model/Officer';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const PROTOCOL = 'https://council.sharepoint.com/sites/hub/SitePages/Member-officer-protocol.aspx';

/** The fixture council with a Head of Paid Service and a Monitoring Officer, and no s151 officer recorded. */
const withStatutoryOfficers: IOfficerDirectory = {
  ...officerDirectory,
  officers: [
    ...officers,
    { id: 901, name: 'Helen Paidservice', jobTitle: 'Chief Executive', email: 'helen.paidservice@council.example', isLiaisonOfficer: false, statutoryRole: 'Head of Paid Service' },
    { id: 902, name: 'Morgan Lawe', jobTitle: 'Director of Law and Governance', email: 'morgan.lawe@council.example', isLiaisonOfficer: false, statutoryRole: 'Monitoring Officer' }
  ]
};

function renderDirectory(protocolUrl?: string): { store: { current: string } } {
  const store = memoryUrlStateStore('');
  render(
    <OfficerDirectory
      repository={new FakeOfficerRepository(withStatutoryOfficers)}
      title="Officer directory"
      listsSite={listsSiteAt('https://council.sharepoint.com/sites/hub')}
      urlStateStore={store}
      protocolUrl={protocolUrl}
    />
  );
  return { store };
}

afterEach(cleanup);

describe('statutory officers at the top of the officer directory', () => {
  it('shows the three posts, who holds each, and a post not recorded, before the tabs', async () => {
    renderDirectory(PROTOCOL);
    const section = await screen.findByRole('region', { name: 'Statutory officers' });
    const posts = within(section).getAllByRole('listitem').map((item) => item.textContent);
    expect(posts).toEqual([
      'Head of Paid ServiceHelen Paidservice, Chief Executivehelen.paidservice@council.example',
      'Chief Finance Officer (section 151 officer)Not recorded in the directory yet.',
      'Monitoring OfficerMorgan Lawe, Director of Law and Governancemorgan.lawe@council.example'
    ]);
    expect(within(section).getByRole('link', { name: 'morgan.lawe@council.example' }).getAttribute('href')).toBe('mailto:morgan.lawe@council.example');
    // Before the tabs in reading order.
    const tabs = screen.getByRole('tablist');
    expect(section.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('gives the escalation route: information to the Monitoring Officer, conduct to managers then the Monitoring Officer', async () => {
    renderDirectory(PROTOCOL);
    const section = await screen.findByRole('region', { name: 'Statutory officers' });
    expect(within(section).getByRole('heading', { name: 'When things go wrong' })).toBeTruthy();
    expect(section.textContent).toContain('contact the Monitoring Officer or the appropriate Executive Director');
    expect(section.textContent).toContain('line manager, Director, Executive Director or Chief Executive');
    const link = within(section).getByRole('link', { name: 'Read the member/officer protocol (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe(PROTOCOL);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows no protocol link when none is set', async () => {
    renderDirectory(undefined);
    const section = await screen.findByRole('region', { name: 'Statutory officers' });
    expect(within(section).queryByRole('link', { name: /protocol/ })).toBeNull();
  });

  it("opens an officer's profile from their name, with a shareable address", async () => {
    const { store } = renderDirectory(PROTOCOL);
    const section = await screen.findByRole('region', { name: 'Statutory officers' });
    const name = within(section).getByRole('link', { name: 'Morgan Lawe' });
    expect(name.getAttribute('href')).toContain('officer=902');
    fireEvent.click(name);
    await waitFor(() => expect(new URLSearchParams(store.current).get('officer')).toBe('902'));
  });
});
