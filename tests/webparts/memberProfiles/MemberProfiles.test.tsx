import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DataError } from '../../../src/data/DataError';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import { FakeMemberRepository, FakeRequestEvents } from '../../fakes/FakeMemberRepository';
import { emptyMemberDirectory, memberDirectory } from '../../fakes/memberDirectoryFixture';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { listsSiteAt } from '../../fakes/listsSite';

// SharePoint registers Fluent's icon font on the page; in tests the icons are simply absent.
setIconOptions({ disableWarnings: true });

// Fluent renders a lot in jsdom; on a busy two-core machine a full view can take several seconds.
jest.setTimeout(30000);

const SITE = 'https://council.sharepoint.com/sites/members';

function renderProfiles(repository: FakeMemberRepository, search = '', requestEvents?: FakeRequestEvents) {
  const store = memoryUrlStateStore(search);
  const view = render(
    <MemberProfiles
      repository={repository}
      requestEvents={requestEvents}
      title="Councillors"
      listsSite={listsSiteAt(SITE)}
      defaultLayout="cards"
      urlStateStore={store}
    />
  );
  return { ...view, store };
}

/** The open profile, inside the panel (cards behind it carry the same name). */
async function openProfile(name: string): Promise<HTMLElement> {
  const panel = await screen.findByRole('dialog');
  return within(panel).getByRole('article', { name });
}

function resultNames(): string[] {
  const list = screen.getByRole('list', { name: 'Councillors' });
  return within(list)
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent ?? '');
}

describe('MemberProfiles states', () => {
  test('shows a shimmer with a spoken label while loading', async () => {
    const repository = new FakeMemberRepository(memberDirectory).hold();
    renderProfiles(repository);
    expect(screen.getByText('Loading councillors…')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Councillors' })).toBeNull();
    await act(async () => repository.release());
    expect(await screen.findByRole('list', { name: 'Councillors' })).toBeTruthy();
  });

  test('shows a calm retrying message while the data layer waits out throttling', async () => {
    const repository = new FakeMemberRepository(memberDirectory).hold();
    const events = new FakeRequestEvents();
    renderProfiles(repository, '', events);
    act(() => events.emit({ status: 429, attempt: 2, delayMs: 4000 }));
    expect(await screen.findByText(/SharePoint is busy.*Still trying \(attempt 2\)/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => repository.release());
    await screen.findByRole('list', { name: 'Councillors' });
    expect(screen.queryByText(/Still trying/)).toBeNull();
    expect(events.listenerCount).toBe(0);
  });

  test('names the list and the site when a list is missing, with no pointless retry', async () => {
    renderProfiles(new FakeMemberRepository().failWith(new DataError({ kind: 'listNotFound', status: 404, listTitle: 'Members' })));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("The list 'Members' was not found on " + SITE);
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  test.each([
    [new DataError({ kind: 'columnNotFound', listTitle: 'Members', column: 'Portfolio' }), "has no column 'Portfolio'"],
    [new DataError({ kind: 'accessDenied', status: 403, listTitle: 'Members' }), "You don't have permission to read the list 'Members'"],
    [new DataError({ kind: 'siteNotFound', status: 404 }), `There is no site at ${SITE}`]
  ])('explains %p', async (error, expected) => {
    renderProfiles(new FakeMemberRepository().failWith(error));
    expect((await screen.findByRole('alert')).textContent).toContain(expected);
  });

  test('offers Try again when throttling outlasted the retries, and loads on retry', async () => {
    const repository = new FakeMemberRepository().failWith(new DataError({ kind: 'throttled', status: 429 })).answerWith(memberDirectory);
    renderProfiles(repository);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('SharePoint is very busy');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Councillors' })).toBeTruthy();
    expect(repository.loadDirectoryCalls).toBe(2);
  });

  test('says where councillors are added when there are none', async () => {
    renderProfiles(new FakeMemberRepository(emptyMemberDirectory));
    expect(await screen.findByText('No councillors yet')).toBeTruthy();
    expect(screen.getByText(new RegExp(`Members list on ${SITE}`))).toBeTruthy();
  });
});

describe('MemberProfiles browse, search and filters', () => {
  test('lists every member as a card, sorted by surname', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory));
    await screen.findByRole('list', { name: 'Councillors' });
    expect(resultNames()).toEqual(['Eve Adams', 'Carys Bevan', 'Ada Lovelace', 'Brian Okafor', 'Dev Patel']);
  });

  test('shows party as colour swatch and name, never colour alone', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory));
    const card = (await screen.findByRole('article', { name: 'Ada Lovelace' })) as HTMLElement;
    expect(within(card).getByText('Green Party')).toBeTruthy();
    expect(within(card).getByText('Abbey')).toBeTruthy();
    expect(within(card).getByText('Cabinet Member, Climate and Environment')).toBeTruthy();
  });

  test('falls back to initials when a photo URL is broken', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory));
    const card = (await screen.findByRole('article', { name: 'Ada Lovelace' })) as HTMLElement;
    const photo = card.querySelector('img');
    expect(photo?.getAttribute('src')).toBe('/sites/council/photos/missing-ada.jpg');
    // The photo covers the initials (they show while it loads); a broken one is hidden, leaving them.
    expect(photo?.hidden).toBe(false);
    expect(getComputedStyle(photo as HTMLImageElement).position).toBe('absolute');
    fireEvent.error(photo as HTMLImageElement);
    expect(photo?.hidden).toBe(true);
    expect(within(card).getByText('AL')).toBeTruthy();
  });

  test('searches as you type, announces the count, and keeps the search in the URL', async () => {
    const { store } = renderProfiles(new FakeMemberRepository(memberDirectory));
    await screen.findByRole('list', { name: 'Councillors' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search councillors' }), { target: { value: 'planning law' } });
    expect(resultNames()).toEqual(['Brian Okafor']);
    expect(screen.getByRole('heading', { name: '1 of 5 councillors shown' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain('1 of 5 councillors shown'));
    expect(new URLSearchParams(store.current).get('q')).toBe('planning law');
  });

  test('restores search, filters and layout from a shared link', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?party=1&cabinet=1&layout=list&sort=ward');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('rowheader')[0].textContent)).toEqual(['Ada Lovelace', 'Eve Adams']);
    expect(screen.getByRole('checkbox', { name: /Cabinet members only/ })).toHaveProperty('checked', true);
  });

  test('combines committee and role filters, with counts on the choices', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?committee=20&role=Chair');
    await screen.findByRole('list', { name: 'Councillors' });
    expect(resultNames()).toEqual(['Carys Bevan']);
    expect(screen.getByRole('checkbox', { name: 'Cabinet members only (0)' })).toBeTruthy();
  });

  test('offers to clear everything when nothing matches', async () => {
    const { store } = renderProfiles(new FakeMemberRepository(memberDirectory), '?q=nobody-at-all&ward=12');
    fireEvent.click(await screen.findByRole('button', { name: 'Clear search and filters' }));
    expect(resultNames()).toHaveLength(5);
    expect(store.current).toBe('');
  });
});

describe('MemberProfiles profile panel', () => {
  test('opens from a card, is deep-linkable, and shows every protocol field', async () => {
    const { store } = renderProfiles(new FakeMemberRepository(memberDirectory));
    const card = (await screen.findByRole('article', { name: 'Ada Lovelace' })) as HTMLElement;
    const link = within(card).getByRole('link', { name: 'Ada Lovelace' });
    expect(link.getAttribute('href')).toContain('member=1');
    fireEvent.click(link);
    expect(new URLSearchParams(store.current).get('member')).toBe('1');

    const profile = await openProfile('Ada Lovelace');
    const text = profile.textContent ?? '';
    for (const expected of [
      'cllr.lovelace@council.example',
      '01632 960001',
      '07700 900001',
      'Best reached on Mondays.',
      'Green Party',
      'Abbey',
      'Cabinet Member',
      'Climate and Environment',
      'Planning Committee: Vice-Chair',
      'Cabinet: Member',
      'Climate Change Champion',
      'Trustee, Abbey Community Trust',
      'Engineering',
      'Cycling',
      'lived in Abbey for twenty years',
      '6 May 2021 to 1 May 2025'
    ]) {
      expect(text).toContain(expected);
    }
    expect(within(profile).getByRole('link', { name: 'Register of interests (opens in a new tab)' }).getAttribute('href')).toBe(
      'https://council.example/register/ada'
    );
  });

  test('distinguishes party from political group', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?member=3');
    const profile = await openProfile('Carys Bevan');
    const terms = within(profile).getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(expect.arrayContaining(['Political party', 'Political group on the council']));
    expect(profile.textContent).toContain('Residents and Independents Group');
  });

  test('sanitises the biography: no scripts, handlers or javascript: links; new-window links get rel', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?member=1');
    const profile = await openProfile('Ada Lovelace');
    expect(profile.querySelector('script')).toBeNull();
    expect(profile.querySelector('[onerror]')).toBeNull();
    expect(profile.querySelector('a[href^="javascript"]')).toBeNull();
    const blog = within(profile).getByRole('link', { name: 'Ada’s blog' });
    expect(blog.getAttribute('rel')).toBe('noopener noreferrer');
    expect((window as unknown as { stolen?: boolean }).stolen).toBeUndefined();
  });

  test('orders contact actions by the member’s preference and marks it in words', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?member=3');
    const profile = await openProfile('Carys Bevan');
    const actions = within(within(profile).getByRole('list', { name: 'Ways to contact Carys Bevan' })).getAllByRole('listitem');
    expect(actions.map((item) => item.textContent)).toEqual([
      'Chat in Teams (preferred)',
      'Email',
      'Call 01632 960003',
      'Copy contact details'
    ]);
    const teams = within(profile).getByRole('link', { name: 'Chat in Teams (preferred)' });
    expect(teams.getAttribute('href')).toBe('https://teams.microsoft.com/l/chat/0/0?users=carys.bevan%40council.example');
  });

  test('renders a member with almost nothing recorded', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?member=4');
    const profile = await openProfile('Dev Patel');
    expect(profile.textContent).toContain('Prefers to meet in person');
    expect(profile.textContent).toContain('No party recorded');
    expect(within(profile).getByText('DP')).toBeTruthy();
  });

  test('explains a link to a member who is no longer listed', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?member=999');
    expect(await screen.findByText(/not in the current list of members/)).toBeTruthy();
  });

  test('returns focus to the name that opened the profile when it closes', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory));
    const card = (await screen.findByRole('article', { name: 'Brian Okafor' })) as HTMLElement;
    const link = within(card).getByRole('link', { name: 'Brian Okafor' });
    link.focus();
    fireEvent.click(link);
    const panel = await screen.findByRole('dialog');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(link);
  });

  test('closing the panel removes the member from the URL', async () => {
    const { store } = renderProfiles(new FakeMemberRepository(memberDirectory), '?member=2&q=ok');
    fireEvent.click(await screen.findByRole('button', { name: 'Close profile' }));
    await waitFor(() => expect(new URLSearchParams(store.current).get('member')).toBeNull());
    expect(new URLSearchParams(store.current).get('q')).toBe('ok');
  });
});

describe('copying contact details', () => {
  const copied: string[] = [];
  beforeEach(() => {
    copied.length = 0;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string): Promise<void> => void copied.push(text) }
    });
  });
  afterEach(() => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  });

  test('copies a member’s details and confirms it', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?member=1');
    const profile = await openProfile('Ada Lovelace');
    fireEvent.click(within(profile).getByRole('button', { name: 'Copy contact details' }));
    expect(await within(profile).findByText('Copied to the clipboard.')).toBeTruthy();
    expect(copied[0]).toContain('Ada Lovelace');
    expect(copied[0]).toContain('cllr.lovelace@council.example');
  });

  test('copies all the ward mail-out addresses at once', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?tab=mailout&mailout=11');
    fireEvent.click(await screen.findByRole('button', { name: 'Copy all addresses' }));
    await screen.findByText('Copied to the clipboard.');
    expect(copied).toEqual(['cllr.adams@council.example; cllr.bevan@council.example']);
  });

  test('says so when the browser refuses to copy', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    renderProfiles(new FakeMemberRepository(memberDirectory), '?member=2');
    const profile = await openProfile('Brian Okafor');
    fireEvent.click(within(profile).getByRole('button', { name: 'Copy contact details' }));
    expect(await within(profile).findByText(/Couldn't copy automatically/)).toBeTruthy();
  });
});

describe('MemberProfiles ward mail-out and committees', () => {
  test('emails all local members of the chosen wards in To:, never Bcc', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?tab=mailout&mailout=10,11');
    const button = await screen.findByRole('link', { name: /Email all 4/ });
    const href = button.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:')).toBe(true);
    expect(href.toLowerCase()).not.toContain('bcc');
    expect(href.slice('mailto:'.length).split(',').sort()).toEqual(
      ['cllr.adams@council.example', 'cllr.bevan@council.example', 'cllr.lovelace@council.example', 'cllr.okafor@council.example'].sort()
    );
    expect(screen.getAllByText('4 councillors for 2 wards').length).toBeGreaterThan(0);
  });

  test('counts one ward and one councillor in the singular', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?tab=mailout&mailout=12');
    expect((await screen.findAllByText('1 councillor for 1 ward')).length).toBeGreaterThan(0);
  });

  test('says which local members have no email address', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?tab=mailout&mailout=12');
    expect(await screen.findByText(/No email address recorded for: Dev Patel/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Email all 0/ })).toHaveProperty('disabled', true);
  });

  test('lists a committee with the chair first', async () => {
    renderProfiles(new FakeMemberRepository(memberDirectory), '?tab=committees&roster=20');
    const roster = await screen.findByRole('list', { name: 'Planning Committee' });
    expect(within(roster).getAllByRole('listitem').map((item) => item.textContent?.split(' – ')[0])).toEqual([
      'Chair: Carys Bevan',
      'Vice-Chair: Ada Lovelace',
      'Member: Brian Okafor',
      'Substitute: Dev Patel'
    ]);
  });
});
