import * as React from 'react';
import { listsSiteAt } from '../../fakes/listsSite';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import type { IMember, IMemberDirectory } from '../../../src/model/Member';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

function nonCouncillor(id: number, displayName: string, memberType: IMember['memberType']): IMember {
  return { id, displayName, surname: displayName.split(' ').pop() ?? displayName, memberType, additionalRoles: [], outsideAppointments: [], skills: [], interests: [], preferredContact: 'Email', isCurrent: true };
}

/** The fixture council with a co-opted member and an independent person on the Planning Committee, and Abbey short of a seat. */
const directory: IMemberDirectory = {
  ...memberDirectory,
  wards: memberDirectory.wards.map((ward) => (ward.id === 10 ? { ...ward, seats: 3 } : { ...ward, seats: 1 })),
  members: [...memberDirectory.members, nonCouncillor(50, 'Miriam Ashdown', 'Co-opted member'), nonCouncillor(51, 'Graham Pellow', 'Independent person')],
  memberships: [...memberDirectory.memberships, { id: 150, memberId: 50, committeeId: 20, role: 'Member' }, { id: 151, memberId: 51, committeeId: 20, role: 'Member' }]
};

function renderProfiles(search = ''): { store: { current: string } } {
  const store = memoryUrlStateStore(search);
  render(<MemberProfiles repository={new FakeMemberRepository(directory)} title="Councillors" listsSite={listsSiteAt('https://council.sharepoint.com/sites/members')} defaultLayout="cards" urlStateStore={store} />);
  return { store };
}

function resultNames(): string[] {
  return within(screen.getByRole('list', { name: 'Councillors' }))
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent ?? '');
}

afterEach(cleanup);

describe('members who are not ward councillors', () => {
  it('shows their type where a ward would be, and filters by type through a shareable address', async () => {
    const { store } = renderProfiles();
    await screen.findByRole('list', { name: 'Councillors' });
    const card = screen.getByRole('article', { name: 'Miriam Ashdown' });
    expect(within(card).getByText('Co-opted member')).toBeTruthy();

    fireEvent.click(screen.getByRole('combobox', { name: /^Member type/ }));
    fireEvent.click(await screen.findByRole('option', { name: /^Independent persons/ }));
    await waitFor(() => expect(new URLSearchParams(store.current).get('type')).toBe('independent'));
    // The multi-select list stays open for more choices, so the results behind it are read as hidden.
    const results = screen.getByRole('list', { name: 'Councillors', hidden: true });
    expect(within(results).getAllByRole('heading', { level: 4, hidden: true }).map((heading) => heading.textContent)).toEqual(['Graham Pellow']);
  });

  it('restores the type filter from a link', async () => {
    renderProfiles('?type=coopted,independent');
    await screen.findByRole('list', { name: 'Councillors' });
    expect(resultNames().sort()).toEqual(['Graham Pellow', 'Miriam Ashdown']);
  });

  it('lists them in a committee roster with their type', async () => {
    renderProfiles('?tab=committees&roster=20');
    const roster = await screen.findByRole('list', { name: 'Planning Committee' });
    const items = within(roster).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items.find((text) => text.includes('Miriam Ashdown'))).toMatch(/– Co-opted member$/);
    expect(items.find((text) => text.includes('Graham Pellow'))).toMatch(/– Independent person$/);
    expect(items.filter((text) => /Co-opted member|Independent person/.test(text))).toHaveLength(2);
  });
});

describe('ward vacancies', () => {
  it("shows a ward with fewer current councillors than seats, and only the filtered wards' vacancies", async () => {
    renderProfiles();
    const vacancies = await screen.findByRole('region', { name: 'Vacancies' });
    expect(within(vacancies).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Abbey: 1 of its 3 seats is vacant.']);
    cleanup();
    renderProfiles('?ward=11');
    await screen.findByRole('list', { name: 'Councillors' });
    expect(screen.queryByRole('region', { name: 'Vacancies' })).toBeNull();
  });
});
