import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import { ALL_FILTERS_SHOWN, ShownFilters } from '../../../src/webparts/memberProfiles/components/directoryUrlState';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';
import { listsSiteAt } from '../../fakes/listsSite';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

function renderProfiles(search: string, shownFilters: ShownFilters) {
  const store = memoryUrlStateStore(search);
  render(
    <MemberProfiles
      repository={new FakeMemberRepository(memberDirectory)}
      title="Councillors"
      listsSite={listsSiteAt("https://council.sharepoint.com/sites/members")}
      defaultLayout="cards"
      shownFilters={shownFilters}
      urlStateStore={store}
    />
  );
  return store;
}

async function resultNames(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'Councillors' });
  return within(list)
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent ?? '');
}

const filterLabels = (): string[] =>
  within(screen.getByRole('group', { name: 'Filters' }))
    .queryAllByText(/^(Party|Ward|Committee|Committee role|Additional responsibility|Cabinet members only.*)$/)
    .map((label) => label.textContent ?? '');

describe('filters the editor chose to show', () => {
  test('all filters show by default', async () => {
    renderProfiles('', ALL_FILTERS_SHOWN);
    await resultNames();
    expect(filterLabels()).toEqual(['Party', 'Ward', 'Committee', 'Committee role', 'Additional responsibility', 'Cabinet members only (2)']);
  });

  test('a hidden filter is not rendered', async () => {
    renderProfiles('', { ...ALL_FILTERS_SHOWN, party: false, committee: false });
    await resultNames();
    expect(filterLabels()).toEqual(['Ward', 'Additional responsibility', 'Cabinet members only (2)']);
  });

  test('a shared link does not filter by a hidden filter, and the address drops it; shown filters still apply', async () => {
    const unfiltered = renderProfiles('?party=1&ward=11', ALL_FILTERS_SHOWN);
    expect(await resultNames()).toEqual(['Eve Adams']);
    expect(unfiltered.current).toBe('?party=1&ward=11');
    cleanup();

    const store = renderProfiles('?party=1&ward=11', { ...ALL_FILTERS_SHOWN, party: false });
    expect(await resultNames()).toEqual(['Eve Adams', 'Carys Bevan']);
    expect(store.current).toBe('?ward=11');
  });

  test('hiding the committee filter drops its role too', async () => {
    const store = renderProfiles('?committee=20&role=Chair', { ...ALL_FILTERS_SHOWN, committee: false });
    expect(await resultNames()).toHaveLength(memberDirectory.members.length);
    expect(store.current).toBe('');
  });

  test('with every filter hidden there is no filters group, and search still works from a link', async () => {
    const store = renderProfiles('?q=planning%20law&ward=12&resp=x', {
      party: false,
      ward: false,
      committee: false,
      cabinet: false,
      responsibility: false
    });
    expect(await resultNames()).toEqual(['Brian Okafor']);
    expect(screen.queryByRole('group', { name: 'Filters' })).toBeNull();
    expect(store.current).toBe('?q=planning+law');
  });
});

describe('two copies on one page', () => {
  test('each keeps its own search in the address; a shared link without a prefix reaches the copy without one', async () => {
    const store = memoryUrlStateStore('?q=okafor');
    const copy = (title: string, urlStatePrefix?: string): JSX.Element => (
      <MemberProfiles
        repository={new FakeMemberRepository(memberDirectory)}
        title={title}
        listsSite={listsSiteAt("https://council.sharepoint.com/sites/members")}
        defaultLayout="cards"
        urlStatePrefix={urlStatePrefix}
        urlStateStore={store}
      />
    );
    render(
      <>
        {copy('Cabinet')}
        {copy('All councillors', 'b')}
      </>
    );
    const [first, second] = await screen.findAllByRole('list', { name: 'Councillors' });
    const names = (list: HTMLElement): string[] => within(list).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent ?? '');
    expect(names(first)).toEqual(['Brian Okafor']);
    expect(names(second)).toHaveLength(memberDirectory.members.length);

    const searchBoxes = screen.getAllByRole('searchbox', { name: 'Search councillors' });
    fireEvent.change(searchBoxes[1], { target: { value: 'bevan' } });
    expect(names(second)).toEqual(['Carys Bevan']);
    expect(names(first)).toEqual(['Brian Okafor']);
    await waitFor(() => expect(Object.fromEntries(new URLSearchParams(store.current))).toEqual({ q: 'okafor', 'b.q': 'bevan' }));
  });
});
