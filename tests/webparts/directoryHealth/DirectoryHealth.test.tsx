import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import type { IHealthData } from '../../../src/model/health/healthData';
import { DirectoryHealth } from '../../../src/webparts/directoryHealth/components/DirectoryHealth';
import { FINDINGS_PAGE_SIZE } from '../../../src/webparts/directoryHealth/components/FindingGroup';
import { completeMember, officer } from '../../model/health/healthFixtures';
import { FakeHealthRepository } from './FakeHealthRepository';
import { listsSiteAt } from '../../fakes/listsSite';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const SITE = 'https://council.sharepoint.com/sites/hub';
const PAGE = 'https://council.sharepoint.com/sites/admin/SitePages/Health.aspx';
const today = new Date('2026-11-23T12:00:00Z');

const healthy: IHealthData = {
  members: [completeMember({ id: 1, name: 'Cllr Whole' })],
  committees: [{ id: 10, name: 'Planning', isActive: true }],
  memberships: [{ id: 1, memberId: 1, committeeId: 10, isCurrent: true }],
  services: [{ id: 1, name: 'Highways' }],
  officers: [
    officer({ id: 1, name: 'Olu Fresh', serviceId: 1, isLiaisonOfficer: true, liaisonProfileHtml: '<p>Roads</p>', lastReviewed: new Date('2026-09-01T00:00:00Z') }),
    officer({ id: 11, name: 'Hana Chief', serviceId: 1, statutoryRole: 'Head of Paid Service', lastReviewed: new Date('2026-09-01T00:00:00Z') }),
    officer({ id: 12, name: 'Fin Money', serviceId: 1, statutoryRole: 'Chief Finance Officer (s151)', lastReviewed: new Date('2026-09-01T00:00:00Z') }),
    officer({ id: 13, name: 'Morgan Legal', serviceId: 1, statutoryRole: 'Monitoring Officer', lastReviewed: new Date('2026-09-01T00:00:00Z') })
  ],
  briefingItems: [{ id: 1, title: 'Roadworks', category: 'Service disruption' }]
};

const withGaps: IHealthData = {
  ...healthy,
  members: [...healthy.members, completeMember({ id: 2, name: 'Cllr Gaps', email: 'cllr.gaps@council.example', hasPhoto: false, preferredContact: undefined })],
  services: [...healthy.services, { id: 2, name: 'Libraries' }],
  officers: [...healthy.officers, officer({ id: 7, name: 'Stale Stan', serviceId: 1, lastReviewed: undefined })],
  memberships: [...healthy.memberships, { id: 2, memberId: 2, committeeId: 10, isCurrent: true }, { id: 5, memberId: 99, committeeId: 10, isCurrent: true }],
  briefingItems: [...healthy.briefingItems, { id: 4, title: 'Untagged item' }]
};

function renderHealth(repository: FakeHealthRepository, reviewMonths = 12) {
  return render(
    <DirectoryHealth repository={repository} title="Directory health" listsSite={listsSiteAt(SITE)} reviewMonths={reviewMonths} returnUrl={() => PAGE} now={() => today} />
  );
}

function section(name: RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('DirectoryHealth', () => {
  it('shows a shimmer while the lists are read, then each section with its count', async () => {
    const repository = new FakeHealthRepository(withGaps);
    renderHealth(repository);
    expect(screen.getByRole('status').textContent).toBe('Checking the directories…');

    await screen.findByRole('heading', { name: 'Member profiles (1)' });
    expect(screen.getByText('5 things to fix.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Officer directory (2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Data integrity (2)' })).toBeTruthy();

    const members = section(/^Member profiles/);
    const incomplete = within(members).getByRole('table', { name: 'Incomplete member profiles, least complete first' });
    const row = within(incomplete).getByRole('row', { name: /Cllr Gaps/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['75%', 'Photo, Preferred contact']);
    const coverage = within(members).getByRole('table', { name: 'Current members with each profile field' });
    expect(within(coverage).getByRole('row', { name: /Photo/ }).textContent).toBe('Photo150%');

    const officers = section(/^Officer directory/);
    expect(within(officers).getByRole('heading', { name: 'Not reviewed in the last 12 months (1)' })).toBeTruthy();
    expect(within(officers).getAllByRole('listitem')[0].textContent).toBe('Stale Stan (edit form) never reviewed');
    expect(within(officers).getByRole('heading', { name: 'Services with no Councillor Liaison Officer (1)' })).toBeTruthy();
    // Statutory officers recorded, no officer outside a service, every CLO with a profile.
    expect(within(officers).getByRole('heading', { name: 'Statutory officers not recorded (0)' })).toBeTruthy();
    expect(within(officers).getAllByText('Nothing to fix.')).toHaveLength(3);

    const integrity = section(/^Data integrity/);
    expect(within(integrity).getByText('its member has been deleted')).toBeTruthy();
    expect(within(integrity).getByRole('heading', { name: 'Briefing items without a category (1)' })).toBeTruthy();
  });

  it('flags a council with none of its statutory officers set, naming each role', async () => {
    renderHealth(new FakeHealthRepository({ ...healthy, officers: healthy.officers.filter((candidate) => candidate.statutoryRole === undefined) }));
    await screen.findByRole('heading', { name: 'Officer directory (3)' });
    const officers = section(/^Officer directory/);
    const heading = within(officers).getByRole('heading', { name: 'Statutory officers not recorded (3)' });
    const list = heading.parentElement?.querySelector('ul');
    expect(Array.from(list?.querySelectorAll('li') ?? []).map((item) => item.textContent)).toEqual([
      'Head of Paid Service',
      'Chief Finance Officer (section 151 officer)',
      'Monitoring Officer'
    ]);
    expect(within(officers).getByText(/Set 'Statutory officer role' on the officer who holds each of these/)).toBeTruthy();
  });

  it('puts private columns left on the lists first, with how many items hold data and how to remove them', async () => {
    const privateColumns: IHealthData['privateColumns'] = [
      { list: 'Members', internalName: 'HomeAddress', displayName: 'Home address', what: 'a home address', readAs: 'HomeAddress', itemsWithData: 25 },
      { list: 'Members', internalName: 'ShowHomeAddress', displayName: 'Consents to show home address', what: 'a home address', readAs: 'ShowHomeAddress', itemsWithData: 0 },
      { list: 'Members', internalName: 'Age', displayName: 'Age from date of birth', what: 'a date of birth', readAs: 'Age', itemsWithData: undefined }
    ];
    renderHealth(new FakeHealthRepository({ ...healthy, privateColumns }));
    const privacy = await screen.findByRole('region', { name: 'Private details left on the lists (3)' });
    expect(screen.getByText('3 things to fix.')).toBeTruthy();
    // Before every other section.
    expect(privacy.compareDocumentPosition(section(/^Member profiles/)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const items = within(privacy).getAllByRole('listitem').map((item) => item.textContent);
    expect(items.slice(0, 3)).toEqual([
      'Home address (HomeAddress) on the Members list looks like a home address. 25 items hold data in it.',
      'Consents to show home address (ShowHomeAddress) on the Members list looks like a home address. No item holds data in it.',
      'Age from date of birth (Age) on the Members list looks like a date of birth. We could not count the items that hold data in it.'
    ]);
    expect(within(privacy).getByRole('heading', { name: 'How to remove them' })).toBeTruthy();
    expect(privacy.textContent).toMatch(/Edit in grid view.*List settings.*Delete.*Version history/);
  });

  it('shows no private-columns section when there are none', async () => {
    renderHealth(new FakeHealthRepository({ ...withGaps, privateColumns: [] }));
    await screen.findByRole('heading', { name: 'Member profiles (1)' });
    expect(screen.queryByRole('region', { name: /^Private details/ })).toBeNull();
  });

  it("links every finding to its item's edit form on the lists' site, coming back to this page", async () => {
    renderHealth(new FakeHealthRepository(withGaps));
    const source = `&Source=${encodeURIComponent(PAGE)}`;
    const link = (name: RegExp): string | null => screen.getByRole('link', { name }).getAttribute('href');
    await screen.findByRole('heading', { name: 'Member profiles (1)' });
    expect(link(/^Cllr Gaps/)).toBe(`${SITE}/Lists/Members/EditForm.aspx?ID=2${source}`);
    expect(link(/^Stale Stan/)).toBe(`${SITE}/Lists/Officers/EditForm.aspx?ID=7${source}`);
    expect(link(/^Libraries/)).toBe(`${SITE}/Lists/Services/EditForm.aspx?ID=2${source}`);
    expect(link(/^Membership 5/)).toBe(`${SITE}/Lists/CommitteeMemberships/EditForm.aspx?ID=5${source}`);
    expect(link(/^Untagged item/)).toBe(`${SITE}/Lists/BriefingItems/EditForm.aspx?ID=4${source}`);
    // The link says where it goes to screen readers too.
    expect(screen.getByRole('link', { name: /^Untagged item/ }).textContent).toBe('Untagged item (edit form)');
  });

  it('says there is nothing to fix when every rule passes', async () => {
    renderHealth(new FakeHealthRepository(healthy));
    await screen.findByRole('heading', { name: 'Nothing to fix' });
    expect(screen.queryByRole('heading', { name: /Member profiles/ })).toBeNull();
  });

  it('explains a failed read, offering Try again only where it helps', async () => {
    const repository = new FakeHealthRepository(healthy);
    repository.failNextLoad = new DataError({ kind: 'listNotFound', listTitle: 'Officers' });
    renderHealth(repository);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`The list 'Officers' was not found on ${SITE}`);
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it('checks again cheaply when the page is focused again: one small request, a reload only after a change', async () => {
    const repository = new FakeHealthRepository(withGaps);
    renderHealth(repository);
    await screen.findByRole('heading', { name: 'Member profiles (1)' });
    expect(repository.loads).toBe(1);

    await act(async () => {
      fireEvent.focus(window);
    });
    await screen.findByText(/nothing has changed since/);
    expect(repository.tokenReads).toBe(1);
    expect(repository.loads).toBe(1);

    // An admin adds the missing photo and preferred contact in another tab, then comes back.
    repository.change({ ...withGaps, members: [withGaps.members[0], completeMember({ id: 2, name: 'Cllr Gaps', email: 'cllr.gaps@council.example' })] });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    });
    await screen.findByRole('heading', { name: 'Member profiles (0)' });
    expect(screen.getByText(/updated with the latest changes/)).toBeTruthy();
    expect(repository.tokenReads).toBe(2);
    expect(repository.loads).toBe(2);
  });

  it('makes one check of the focus and visibility events of one return to the page', async () => {
    const repository = new FakeHealthRepository(withGaps);
    renderHealth(repository);
    await screen.findByRole('heading', { name: 'Member profiles (1)' });
    await act(async () => {
      fireEvent(document, new Event('visibilitychange'));
      fireEvent.focus(window);
    });
    await screen.findByText(/nothing has changed since/);
    expect(repository.tokenReads).toBe(1);
  });

  it('keeps the report and warns when a check fails', async () => {
    const repository = new FakeHealthRepository(withGaps);
    renderHealth(repository);
    await screen.findByRole('heading', { name: 'Member profiles (1)' });
    repository.change(healthy);
    repository.failNextLoad = new DataError({ kind: 'network' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    });
    await screen.findByText("We couldn't check again, so this may be out of date");
    expect(screen.getByRole('heading', { name: 'Member profiles (1)' })).toBeTruthy();
  });

  it('follows the review window setting', async () => {
    const data = { ...healthy, officers: [officer({ id: 1, serviceId: 1, isLiaisonOfficer: true, liaisonProfileHtml: 'x', lastReviewed: new Date('2026-03-02T00:00:00Z') })] };
    renderHealth(new FakeHealthRepository(data), 6);
    await screen.findByRole('heading', { name: 'Not reviewed in the last 6 months (1)' });
  });

  it(`shows ${FINDINGS_PAGE_SIZE} findings of a long list at a time`, async () => {
    const officers = Array.from({ length: FINDINGS_PAGE_SIZE + 3 }, (_unused, index) =>
      officer({ id: index + 1, name: `Officer ${String(index + 1).padStart(2, '0')}`, serviceId: undefined, lastReviewed: new Date('2026-09-01T00:00:00Z') })
    );
    renderHealth(new FakeHealthRepository({ ...healthy, officers: [...healthy.officers, ...officers] }));
    const heading = await screen.findByRole('heading', { name: `Officers with no service (${FINDINGS_PAGE_SIZE + 3})` });
    const group = heading.parentElement as HTMLElement;
    expect(within(group).getAllByRole('listitem')).toHaveLength(FINDINGS_PAGE_SIZE);
    fireEvent.click(within(group).getByRole('button', { name: 'Show 3 more' }));
    await waitFor(() => expect(within(group).getAllByRole('listitem')).toHaveLength(FINDINGS_PAGE_SIZE + 3));
    expect(within(group).queryByRole('button')).toBeNull();
    // Keyboard users carry on from the first finding just shown.
    await waitFor(() => expect(document.activeElement?.textContent).toBe(`Officer ${FINDINGS_PAGE_SIZE + 1} (edit form)`));
  });

  it('pages the incomplete profiles table too', async () => {
    const members = Array.from({ length: FINDINGS_PAGE_SIZE + 2 }, (_unused, index) =>
      completeMember({ id: index + 2, name: `Cllr ${String(index + 1).padStart(2, '0')}`, email: `m${index}@council.example`, hasPhoto: false })
    );
    renderHealth(new FakeHealthRepository({ ...healthy, members: [...healthy.members, ...members], memberships: [...healthy.memberships, ...members.map((member) => ({ id: 100 + member.id, memberId: member.id, committeeId: 10, isCurrent: true }))] }));
    const table = await screen.findByRole('table', { name: 'Incomplete member profiles, least complete first' });
    expect(within(table).getAllByRole('row')).toHaveLength(FINDINGS_PAGE_SIZE + 1);
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(FINDINGS_PAGE_SIZE + 3));
    await waitFor(() => expect(document.activeElement?.textContent).toBe(`Cllr ${FINDINGS_PAGE_SIZE + 1} (edit form)`));
  });
});
