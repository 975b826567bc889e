import * as React from 'react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { browserUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';
import { listsSiteAt } from '../../fakes/listsSite';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

function renderInBrowserAddress(search: string): void {
  window.history.replaceState(null, '', `/sites/intranet/SitePages/Councillors.aspx${search}`);
  render(
    <MemberProfiles
      repository={new FakeMemberRepository(memberDirectory)}
      title="Councillors"
      listsSite={listsSiteAt("https://council.sharepoint.com/sites/members")}
      defaultLayout="cards"
      urlStateStore={browserUrlStateStore}
    />
  );
}

async function openFromCard(name: string): Promise<void> {
  const card = (await screen.findByRole('article', { name })) as HTMLElement;
  fireEvent.click(within(card).getByRole('link', { name }));
  await screen.findByRole('dialog');
}

const params = (): URLSearchParams => new URLSearchParams(window.location.search);

describe('member profiles and the browser history', () => {
  test('opening a profile adds a history entry, and Back closes it keeping the search', async () => {
    renderInBrowserAddress('?q=abbey');
    await openFromCard('Ada Lovelace');
    expect(params().get('member')).toBe('1');

    act(() => window.history.back());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(params().get('member')).toBeNull();
    expect(params().get('q')).toBe('abbey');
    expect(window.location.pathname).toBe('/sites/intranet/SitePages/Councillors.aspx');
  });

  test('closing with the button undoes the entry, so Forward reopens the same profile', async () => {
    renderInBrowserAddress('?q=abbey');
    await openFromCard('Brian Okafor');
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(params().get('member')).toBeNull();

    act(() => window.history.forward());
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByRole('article', { name: 'Brian Okafor' })).toBeTruthy();
  });

  test('a profile opened from a shared link closes in place, without leaving the page', async () => {
    renderInBrowserAddress('?member=3');
    const lengthBefore = window.history.length;
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(params().get('member')).toBeNull();
    expect(window.history.length).toBe(lengthBefore);
    expect(window.location.pathname).toBe('/sites/intranet/SitePages/Councillors.aspx');
  });

  test('the search is written to the address once typing pauses, in one replaceState', async () => {
    renderInBrowserAddress('');
    await screen.findByRole('list', { name: 'Councillors' });
    const replaceState = jest.spyOn(window.history, 'replaceState');
    try {
      const box = screen.getByRole('searchbox', { name: 'Search councillors' });
      for (const typed of ['a', 'ab', 'abb', 'abbe', 'abbey']) fireEvent.change(box, { target: { value: typed } });
      expect(params().get('q')).toBeNull();
      await waitFor(() => expect(params().get('q')).toBe('abbey'));
      expect(replaceState).toHaveBeenCalledTimes(1);
      // Anything but the search is written at once.
      fireEvent.click(screen.getByRole('radio', { name: 'List' }));
      expect(params().get('layout')).toBe('list');
    } finally {
      replaceState.mockRestore();
    }
  });

  test('a profile opened straight after typing: Back returns to the search just typed', async () => {
    renderInBrowserAddress('');
    await screen.findByRole('list', { name: 'Councillors' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search councillors' }), { target: { value: 'lovelace' } });
    await openFromCard('Ada Lovelace');
    expect(params().get('member')).toBe('1');
    expect(params().get('q')).toBe('lovelace');

    act(() => window.history.back());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(params().get('member')).toBeNull();
    expect(params().get('q')).toBe('lovelace');
    expect(screen.getByRole('searchbox', { name: 'Search councillors' })).toHaveProperty('value', 'lovelace');
  });
});
