import * as React from 'react';
import { listsSiteAt } from '../../fakes/listsSite';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const directory = {
  ...memberDirectory,
  wards: memberDirectory.wards.map((ward) => (ward.id === 11 ? { ...ward, district: 'Riverside District' } : ward))
};

function renderProfiles(search = ''): { store: { current: string } } {
  const store = memoryUrlStateStore(search);
  render(<MemberProfiles repository={new FakeMemberRepository(directory)} title="Councillors" listsSite={listsSiteAt('https://council.sharepoint.com/sites/members')} defaultLayout="cards" urlStateStore={store} />);
  return { store };
}

function resultNames(): string[] {
  return within(screen.getByRole('list', { name: 'Councillors', hidden: true }))
    .getAllByRole('heading', { level: 4, hidden: true })
    .map((heading) => heading.textContent ?? '');
}

afterEach(cleanup);

describe('political group filter', () => {
  it('filters by political group, apart from party, in a shareable address', async () => {
    const { store } = renderProfiles();
    await screen.findByRole('list', { name: 'Councillors' });
    fireEvent.click(screen.getByRole('combobox', { name: /^Political group/ }));
    fireEvent.click(await screen.findByRole('option', { name: /^Residents and Independents Group \(1\)/ }));
    await waitFor(() => expect(new URLSearchParams(store.current).get('group')).toBe('4'));
    expect(resultNames()).toHaveLength(1);
  });

  it('restores the group filter from a link', async () => {
    renderProfiles('?group=4');
    await screen.findByRole('list', { name: 'Councillors' });
    expect(resultNames()).toHaveLength(1);
    expect(screen.getByRole('heading', { name: /^1 of 5/ })).toBeTruthy();
  });
});

describe('ward facts on the profile', () => {
  it("shows the ward's GSS code and district", async () => {
    const member = memberDirectory.members.find((candidate) => candidate.wardId === 11);
    if (!member) throw new Error('The fixture has no member for ward 11.');
    renderProfiles(`?member=${member.id}`);
    const panel = await screen.findByRole('dialog');
    const profile = within(panel).getByRole('article', { name: member.displayName });
    expect(within(profile).getByText('Ward GSS code').nextElementSibling?.textContent).toBe('E05000011');
    expect(within(profile).getByText('District').nextElementSibling?.textContent).toBe('Riverside District');
  });
});
