import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components/OfficerDirectory';
import { FakeRequestEvents } from '../../fakes/FakeMemberRepository';
import { FakeOfficerRepository } from '../../fakes/FakeOfficerRepository';
import { emptyOfficerDirectory, manyOfficers, officerDirectory } from '../../fakes/officerDirectoryFixture';
import { listsSiteAt } from '../../fakes/listsSite';

// SharePoint registers Fluent's icon font on the page; in tests the icons are simply absent.
setIconOptions({ disableWarnings: true });

// Fluent renders a lot in jsdom; on a busy two-core machine a full view can take several seconds.
jest.setTimeout(30000);

const SITE = 'https://council.sharepoint.com/sites/hub';

function renderDirectory(
  repository: FakeOfficerRepository,
  search = '',
  requestEvents?: FakeRequestEvents,
  extra: Partial<React.ComponentProps<typeof OfficerDirectory>> = {}
) {
  const store = memoryUrlStateStore(search);
  const view = render(
    <OfficerDirectory
      repository={repository}
      requestEvents={requestEvents}
      title="Officer directory"
      listsSite={listsSiteAt(SITE)}
      urlStateStore={store}
      {...extra}
    />
  );
  return { ...view, store };
}

function resultNames(listName = 'Officers'): string[] {
  const list = screen.getByRole('list', { name: listName });
  return within(list)
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent ?? '');
}

function param(store: { current: string }, key: string): string | null {
  return new URLSearchParams(store.current).get(key);
}

describe('OfficerDirectory states', () => {
  test('shows a shimmer and the cold-load progress while the index loads', async () => {
    const repository = new FakeOfficerRepository(officerDirectory).hold();
    renderDirectory(repository);
    expect(screen.getByText('Loading the officer directory…')).toBeTruthy();
    act(() => repository.progress({ loaded: 5000, total: 20000 }));
    expect(screen.getByText('Loaded 5,000 of 20,000 officers…')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');
    act(() => repository.progress({ loaded: 12000 }));
    expect(screen.getByText('Loaded 12,000 officers…')).toBeTruthy();
    await act(async () => repository.release());
    expect(await screen.findByRole('list', { name: 'Officers' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('shows the first page of a cold load while the rest loads, and never says "no results" before everything is in', async () => {
    const repository = new FakeOfficerRepository(officerDirectory).hold();
    renderDirectory(repository);
    const firstPage = { ...officerDirectory, officers: officerDirectory.officers.slice(0, 3) };
    act(() => repository.progress({ loaded: 3, total: 8, partial: firstPage }));
    // First content from the first round trip: results drawn while the directory is still loading.
    expect(await screen.findByRole('list', { name: 'Officers' })).toBeTruthy();
    expect(resultNames()).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 3, name: 'Found so far: 3, searching the first 3 of 8 officers. The rest are still loading, and the results will update.' })).toBeTruthy();
    expect(screen.getByText('Loaded 3 of 8 officers…')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    // Statutory officers may be in the pages still to come: not "not recorded" from part of the directory.
    expect(screen.queryByText('Not recorded in the directory yet.')).toBeNull();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search officers' }), { target: { value: 'zzzz' } });
    expect(screen.getByText(/^No match yet among the officers loaded so far/)).toBeTruthy();
    expect(screen.queryByText('No officers match')).toBeNull();

    await act(async () => repository.release());
    // The whole directory: now an empty answer is the answer.
    expect(await screen.findByText('No officers match')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByText(/^No match yet/)).toBeNull();
  });

  test('keeps the service views waiting while only part of the directory is in', async () => {
    const repository = new FakeOfficerRepository(officerDirectory).hold();
    renderDirectory(repository, '?otab=ask');
    act(() => repository.progress({ loaded: 3, total: 8, partial: { ...officerDirectory, officers: officerDirectory.officers.slice(0, 3) } }));
    expect(await screen.findByText('This view opens as soon as the whole directory has loaded.')).toBeTruthy();
    expect(screen.queryByRole('searchbox', { name: 'What is it about?' })).toBeNull();
    await act(async () => repository.release());
    expect(await screen.findByRole('searchbox', { name: 'What is it about?' })).toBeTruthy();
  });

  test('says how many officers were loaded and when', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory));
    expect(await screen.findByText(/^8 officers, updated (23 November 2026 at )?14:02$/)).toBeTruthy();
  });

  test('shows a calm retrying message while the data layer waits out throttling', async () => {
    const repository = new FakeOfficerRepository(officerDirectory).hold();
    const events = new FakeRequestEvents();
    renderDirectory(repository, '', events);
    act(() => events.emit({ status: 503, attempt: 3, delayMs: 2000 }));
    expect(await screen.findByText(/SharePoint is busy.*Still trying \(attempt 3\)/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => repository.release());
    await screen.findByRole('list', { name: 'Officers' });
    expect(screen.queryByText(/Still trying/)).toBeNull();
    expect(events.listenerCount).toBe(0);
  });

  test('names the missing list and the site, with no pointless retry', async () => {
    renderDirectory(new FakeOfficerRepository().failWith(new DataError({ kind: 'listNotFound', status: 404, listTitle: 'Officers' })));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`The list 'Officers' was not found on ${SITE}`);
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  test.each([
    [new DataError({ kind: 'accessDenied', status: 403, listTitle: 'Services' }), "You don't have permission to read the list 'Services'"],
    [new DataError({ kind: 'overThreshold', listTitle: 'Officers', limit: 'listView' }), "The list 'Officers' is too large"],
    [new DataError({ kind: 'network' }), "We couldn't reach SharePoint"]
  ])('explains %p', async (error, expected) => {
    renderDirectory(new FakeOfficerRepository().failWith(error));
    expect((await screen.findByRole('alert')).textContent).toContain(expected);
  });

  test('offers Try again when throttling outlasted the retries, and loads on retry', async () => {
    const repository = new FakeOfficerRepository().failWith(new DataError({ kind: 'throttled', status: 429 })).answerWith(officerDirectory);
    renderDirectory(repository);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('SharePoint is very busy');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Officers' })).toBeTruthy();
    expect(repository.searchIndexCalls).toBe(2);
  });

  test('says where officers are added when there are none', async () => {
    renderDirectory(new FakeOfficerRepository(emptyOfficerDirectory));
    expect(await screen.findByText('No officers yet')).toBeTruthy();
    expect(screen.getByText(new RegExp(`Officers list on ${SITE}`))).toBeTruthy();
  });
});

describe('OfficerDirectory settings', () => {
  test('opens on the tab the editor chose, unless a shared link names one', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '', undefined, { startTab: 'ask' });
    expect(await screen.findByRole('searchbox', { name: 'What is it about?' })).toBeTruthy();
    cleanup();
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?otab=find', undefined, { startTab: 'ask' });
    expect(await screen.findByRole('searchbox', { name: 'Search officers' })).toBeTruthy();
  });

  test('warns about a lists-site setting that is not a site address', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '', undefined, {
      listsSite: listsSiteAt(SITE, { source: 'currentSite', ignored: [{ source: 'tenantProperty', value: 'hub' }] })
    });
    expect(await screen.findByText(/tenant setting MemberOfficerHubSiteUrl \(hub\) is not a site address/)).toBeTruthy();
  });
});

describe('finding an officer', () => {
  test('lists officers and shows CLO status in words, not colour alone', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory));
    const item = (await screen.findByRole('article', { name: 'Tom Hill' })) as HTMLElement;
    expect(within(item).getByText('Councillor Liaison Officer')).toBeTruthy();
    expect(within(item).getByText('Highways · Highways Business Support')).toBeTruthy();
    expect(within(item).getByText('County Hall')).toBeTruthy();
  });

  test('offers each result’s work email as a link, with initials and no image', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory));
    const item = (await screen.findByRole('article', { name: 'Tom Hill' })) as HTMLElement;
    expect(within(item).getByRole('link', { name: 'tom.hill@council.example' }).getAttribute('href')).toBe('mailto:tom.hill@council.example');
    expect(within(item).getByText('TH')).toBeTruthy();
    expect(item.querySelector('img')).toBeNull();
    const nobody = (await screen.findByRole('article', { name: 'Alex Hilton' })) as HTMLElement;
    expect(within(nobody).getAllByRole('link').map((link) => link.textContent)).toEqual(['Alex Hilton']);
  });

  test('ranks an exact surname before a name that starts with it, and both before partial matches', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory));
    await screen.findByRole('list', { name: 'Officers' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search officers' }), { target: { value: 'hill' } });
    expect(resultNames()).toEqual(['Tom Hill', 'Priya Hillier', 'Ben Churchill']);
  });

  test('puts the CLOs of a matched service first', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?oq=waste');
    await screen.findByRole('list', { name: 'Officers' });
    expect(resultNames()).toEqual(['Daniel Wu', 'Grace Okoro']);
  });

  test('searches as you type, announces the count, and keeps the search in the URL', async () => {
    const { store } = renderDirectory(new FakeOfficerRepository(officerDirectory));
    await screen.findByRole('list', { name: 'Officers' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search officers' }), { target: { value: 'riverside depot' } });
    expect(resultNames()).toEqual(['Grace Okoro']);
    expect(screen.getByRole('heading', { name: '1 officer matches' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain('1 officer matches'));
    await waitFor(() => expect(param(store, 'oq')).toBe('riverside depot'));
  });

  test('finds officers by job title, team and location', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory));
    await screen.findByRole('list', { name: 'Officers' });
    const box = screen.getByRole('searchbox', { name: 'Search officers' });
    fireEvent.change(box, { target: { value: 'planning officer' } });
    expect(resultNames()).toEqual(['Mo Ahmed', 'Ben Churchill']);
    fireEvent.change(box, { target: { value: 'enforcement' } });
    expect(resultNames()).toEqual(['Ben Churchill']);
    fireEvent.change(box, { target: { value: 'network management' } });
    expect(resultNames()).toEqual(['Priya Hillier']);
    fireEvent.change(box, { target: { value: 'shire hall' } });
    expect(resultNames()).toEqual(['Siân O’Rourke']);
  });

  test('filters to CLOs only, and by service, from a shared link', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?clo=1');
    await screen.findByRole('list', { name: 'Officers' });
    expect(resultNames().sort()).toEqual(['Daniel Wu', 'Siân O’Rourke', 'Tom Hill']);
    expect(screen.getByRole('checkbox', { name: 'Councillor Liaison Officers only' })).toHaveProperty('checked', true);
  });

  test('browses one service’s officers, CLOs first', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?service=1');
    await screen.findByRole('list', { name: 'Officers' });
    expect(resultNames()).toEqual(['Tom Hill', 'Priya Hillier']);
  });

  test('offers to clear everything when nothing matches', async () => {
    const { store } = renderDirectory(new FakeOfficerRepository(officerDirectory), '?oq=nobody-at-all&clo=1');
    fireEvent.click(await screen.findByRole('button', { name: 'Clear search and filters' }));
    expect(resultNames()).toHaveLength(8);
    expect(store.current).toBe('');
  });

  test('draws 15 of 20,000 officers at a time and moves focus to the next page', async () => {
    renderDirectory(new FakeOfficerRepository(manyOfficers(20000)));
    // Plain selectors here: role queries over a large page are slow in jsdom. The index of 20,000 is built in
    // slices that yield, which on a busy machine takes longer than Testing Library's one-second default wait.
    const list = await screen.findByRole('list', { name: 'Officers' }, { timeout: 15_000 });
    const names = (): string[] => Array.from(list.querySelectorAll('h4'), (heading) => heading.textContent ?? '');
    expect(screen.getAllByText('All 20,000 officers').map((element) => element.tagName)).toContain('H3');
    expect(names()).toHaveLength(15);
    expect(screen.getByText('Showing the first 15.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 15 more' }));
    expect(names()).toHaveLength(30);
    expect(document.activeElement?.textContent).toBe(names()[15]);
    // A new search starts again at the first page, its rows showing the new results.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search officers' }), { target: { value: 'officer 00042' } });
    expect(names()).toEqual(['Officer 00042 Smith']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search officers' }), { target: { value: 'smith' } });
    expect(names()).toHaveLength(15);
    expect(names()[0]).toBe('Officer 00000 Smith');
  }, 30_000);
});

describe('who do I contact about…?', () => {
  async function ask(question: string): Promise<void> {
    fireEvent.change(await screen.findByRole('searchbox', { name: 'What is it about?' }), { target: { value: question } });
  }

  test('answers “potholes” with the service, its guidance, its contact details and its CLO', async () => {
    const { store } = renderDirectory(new FakeOfficerRepository(officerDirectory), '?otab=ask');
    await ask('potholes');
    const answers = screen.getByRole('list', { name: 'Services that deal with this' });
    const answer = within(answers).getAllByRole('article')[0];
    expect(answer.getAttribute('aria-label')).toBe('Highways');
    expect(answer.textContent).toContain('Directorate: Place');
    expect(answer.textContent).toContain('Report potholes online first');
    expect(within(answer).getByRole('link', { name: 'highways@council.example' }).getAttribute('href')).toBe('mailto:highways@council.example');
    expect(within(answer).getByRole('link', { name: '01632 961000' }).getAttribute('href')).toBe('tel:01632961000');
    expect(within(answer).getByRole('link', { name: 'Highways web page (opens in a new tab)' }).getAttribute('href')).toBe(
      'https://council.example/highways'
    );
    const clos = within(answer).getByRole('list', { name: 'Councillor Liaison Officers for Highways' });
    expect(within(clos).getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['Tom Hill']);
    await waitFor(() => expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain('1 service matches'));
    // Written to the address once typing pauses, not per keystroke.
    await waitFor(() => expect(param(store, 'ask')).toBe('potholes'));
  });

  test('sanitises the how-to-contact guidance', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?otab=ask&ask=potholes');
    const answer = await screen.findByRole('article', { name: 'Highways' });
    expect(answer.querySelector('script')).toBeNull();
    expect(answer.querySelector('[onerror]')).toBeNull();
    expect(answer.querySelector('a[href^="javascript"]')).toBeNull();
    expect(within(answer).getByRole('link', { name: 'Report a problem' }).getAttribute('rel')).toBe('noopener noreferrer');
    expect((window as unknown as { stolen?: boolean }).stolen).toBeUndefined();
  });

  test.each([
    ['bins', 'Waste and Recycling', ['Daniel Wu']],
    ['school transport', 'School Transport', ['Siân O’Rourke']]
  ])('answers “%s” with %s and its CLOs', async (question, serviceName, clos) => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?otab=ask');
    await ask(question);
    const answer = within(screen.getByRole('list', { name: 'Services that deal with this' })).getAllByRole('article')[0];
    expect(answer.getAttribute('aria-label')).toBe(serviceName);
    const list = within(answer).getByRole('list', { name: `Councillor Liaison Officers for ${serviceName}` });
    expect(within(list).getAllByRole('heading').map((heading) => heading.textContent)).toEqual(clos);
  });

  test('says so when no service matches, and offers to browse', async () => {
    const { store } = renderDirectory(new FakeOfficerRepository(officerDirectory), '?otab=ask');
    await ask('xylophones');
    expect(screen.getByText('No service found for “xylophones”')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Browse services' }));
    expect(await screen.findByRole('heading', { name: 'Place' })).toBeTruthy();
    expect(param(store, 'otab')).toBe('browse');
  });

  test('a service with no CLO or guidance says what to do instead', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?otab=browse&osvc=4');
    const answer = await screen.findByRole('article', { name: 'Planning' });
    expect(answer.textContent).toContain('no Councillor Liaison Officer recorded');
    expect(answer.textContent).toContain('No guidance recorded');
    expect(answer.textContent).toContain('No general contact details recorded.');
  });
});

describe('browsing services', () => {
  test('lists services by directorate and opens one in place, with a shareable link', async () => {
    const { store } = renderDirectory(new FakeOfficerRepository(officerDirectory), '?otab=browse');
    const place = await screen.findByRole('region', { name: 'Services in Place' });
    expect(within(place).getAllByRole('link').map((link) => link.textContent)).toEqual(['Highways', 'Planning', 'Waste and Recycling']);
    const waste = within(place).getByRole('link', { name: 'Waste and Recycling' });
    expect(waste.getAttribute('href')).toContain('osvc=2');
    fireEvent.click(waste);
    expect(await screen.findByRole('article', { name: 'Waste and Recycling' })).toBeTruthy();
    expect(param(store, 'osvc')).toBe('2');
  });

  test('moves focus to the service opened, and back to its link on return', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?otab=browse');
    fireEvent.click(await screen.findByRole('link', { name: 'Highways' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Highways', level: 3 })));
    fireEvent.click(screen.getByRole('link', { name: 'Back to all services' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Highways' })));
  });

  test('shows all officers of a service from its answer', async () => {
    const { store } = renderDirectory(new FakeOfficerRepository(officerDirectory), '?otab=browse&osvc=2');
    fireEvent.click(await screen.findByRole('link', { name: 'See all officers in Waste and Recycling' }));
    expect(await screen.findByRole('list', { name: 'Officers' })).toBeTruthy();
    expect(resultNames()).toEqual(['Daniel Wu', 'Grace Okoro']);
    expect(param(store, 'service')).toBe('2');
    expect(param(store, 'otab')).toBeNull();
  });
});

describe('officer profile', () => {
  async function openProfile(name: string): Promise<HTMLElement> {
    const panel = await screen.findByRole('dialog');
    return within(panel).getByRole('article', { name });
  }

  test('opens from a result, is deep-linkable, and shows the officer’s details', async () => {
    const repository = new FakeOfficerRepository(officerDirectory);
    const { store } = renderDirectory(repository);
    const item = (await screen.findByRole('article', { name: 'Priya Hillier' })) as HTMLElement;
    const link = within(item).getByRole('link', { name: 'Priya Hillier' });
    expect(link.getAttribute('href')).toContain('officer=101');
    fireEvent.click(link);
    expect(param(store, 'officer')).toBe('101');
    const profile = await openProfile('Priya Hillier');
    expect(await within(profile).findByText('01632 961001')).toBeTruthy();
    for (const expected of ['Highways Engineer', 'Highways', 'Place', 'Network Management', 'priya.hillier@council.example', 'County Hall']) {
      expect(profile.textContent).toContain(expected);
    }
    expect(repository.profileCalls).toEqual([101]);
  });

  test('leads from an officer to how their service wants to be contacted', async () => {
    const { store } = renderDirectory(new FakeOfficerRepository(officerDirectory), '?officer=103');
    const profile = await openProfile('Grace Okoro');
    const link = within(profile).getByRole('link', { name: 'Waste and Recycling: how to contact it' });
    expect(link.getAttribute('href')).toContain('osvc=2');
    fireEvent.click(link);
    expect(await screen.findByRole('article', { name: 'Waste and Recycling' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(param(store, 'otab')).toBe('browse');
    expect(param(store, 'officer')).toBeNull();
  });

  test('shows the full record’s photo, account and last check once it arrives', async () => {
    const repository = new FakeOfficerRepository(officerDirectory)
      .withProfile(103, {
        photoUrl: '/sites/council/photos/grace-okoro.jpg',
        accountEmail: 'g.okoro@council.example',
        lastReviewed: new Date(2026, 5, 1)
      });
    renderDirectory(repository, '?officer=103');
    const profile = await openProfile('Grace Okoro');
    expect(await within(profile).findByText('1 June 2026')).toBeTruthy();
    expect(profile.querySelector('img')?.getAttribute('src')).toBe('/sites/council/photos/grace-okoro.jpg');
    expect(within(profile).getByRole('link', { name: 'Chat in Teams' }).getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/chat/0/0?users=g.okoro%40council.example'
    );
  });

  test('offers email and Teams chat at once, and calling, copying and the contact file with the full record', async () => {
    const repository = new FakeOfficerRepository(officerDirectory).holdProfiles();
    renderDirectory(repository, '?officer=102');
    const profile = await openProfile('Tom Hill');
    const actions = within(profile).getByRole('list', { name: 'Ways to contact Tom Hill' });
    const kinds = (): string[] => within(actions).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(kinds()).toEqual(['Email', 'Chat in Teams']);
    expect(profile.textContent).not.toContain('01632 961002');
    await act(async () => repository.releaseProfiles());
    await waitFor(() => expect(kinds()).toEqual(['Email', 'Call 01632 961002', 'Chat in Teams', 'Copy contact details']));
    expect(profile.textContent).toContain('01632 961002');
  });

  test('says when the rest of an officer’s record could not be read, keeping what the directory knows', async () => {
    const repository = new FakeOfficerRepository(officerDirectory).failProfile(103, new DataError({ kind: 'accessDenied', status: 403, listTitle: 'Officers' }));
    renderDirectory(repository, '?officer=103');
    const profile = await openProfile('Grace Okoro');
    const alert = await within(profile).findByRole('alert');
    expect(alert.textContent).toContain("You don't have permission to read the list 'Officers'");
    expect(profile.textContent).toContain('grace.okoro@council.example');
    // What the directory's copy allows: email (no call, copy or contact file without the full record).
    const actions = within(profile).getByRole('list', { name: 'Ways to contact Grace Okoro' });
    expect(within(actions).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Email']);
  });

  test('loads and sanitises a CLO’s profile', async () => {
    const repository = new FakeOfficerRepository(officerDirectory).withProfile(102, {
      liaisonProfileHtml: '<p>I can help with <strong>highways casework</strong>.</p><script>window.stolen = true</script><a href="javascript:alert(1)">x</a>'
    });
    renderDirectory(repository, '?officer=102');
    const profile = await openProfile('Tom Hill');
    expect(await within(profile).findByText('highways casework')).toBeTruthy();
    expect(profile.querySelector('script')).toBeNull();
    expect(profile.querySelector('a[href^="javascript"]')).toBeNull();
    expect(repository.profileCalls).toEqual([102]);
    expect(profile.textContent).toContain('1 September 2026');
  });

  test('explains a failed profile load and tries again', async () => {
    const repository = new FakeOfficerRepository(officerDirectory).failProfile(105, new DataError({ kind: 'network' }));
    renderDirectory(repository, '?officer=105');
    const profile = await openProfile('Siân O’Rourke');
    const alert = await within(profile).findByRole('alert');
    expect(alert.textContent).toContain("We couldn't reach SharePoint");
    expect(profile.textContent).toContain('Transport Coordinator');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(repository.profileCalls).toEqual([105, 105]));
  });

  test('falls back to initials when a photo URL is broken', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?officer=102');
    const profile = await openProfile('Tom Hill');
    const photo = await waitFor(() => {
      const image = profile.querySelector('img');
      expect(image).not.toBeNull();
      return image as HTMLImageElement;
    });
    expect(photo.getAttribute('src')).toBe('/sites/council/photos/missing-tom.jpg');
    // The photo lies over the initials, so they show while it loads and once it has failed.
    expect(photo.hidden).toBe(false);
    fireEvent.error(photo);
    expect(photo.hidden).toBe(true);
    expect(within(profile).getByText('TH')).toBeTruthy();
  });

  test('shows initials, never a placeholder image, for an officer whose record has no photo', async () => {
    const repository = new FakeOfficerRepository(officerDirectory);
    renderDirectory(repository, '?officer=101');
    const profile = await openProfile('Priya Hillier');
    expect(await within(profile).findByText('01632 961001')).toBeTruthy();
    expect(within(profile).getByText('PH')).toBeTruthy();
    expect(profile.querySelector('img')).toBeNull();
  });

  test('offers email, call, Teams chat and copy, and no contact file where the browser cannot make one', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?officer=102');
    const profile = await openProfile('Tom Hill');
    const actions = within(profile).getByRole('list', { name: 'Ways to contact Tom Hill' });
    // The phone number (and so calling and copying) comes with the full record.
    await within(actions).findByRole('link', { name: 'Call 01632 961002' });
    expect(within(actions).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Email',
      'Call 01632 961002',
      'Chat in Teams',
      'Copy contact details'
    ]);
    expect(within(actions).getByRole('link', { name: 'Email' }).getAttribute('href')).toBe('mailto:tom.hill@council.example');
    expect(within(actions).getByRole('link', { name: 'Call 01632 961002' }).getAttribute('href')).toBe('tel:01632961002');
    expect(within(actions).getByRole('link', { name: 'Chat in Teams' }).getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/chat/0/0?users=tom.hill%40council.example'
    );
  });

  test('renders an officer with almost nothing recorded', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?officer=107');
    const profile = await openProfile('Alex Hilton');
    expect(within(profile).getByText('AH')).toBeTruthy();
    expect(within(profile).queryByRole('link', { name: 'Email' })).toBeNull();
  });

  test('explains a link to an officer who is no longer listed', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?officer=999');
    expect(await screen.findByText(/not in the directory any more/)).toBeTruthy();
  });

  test('returns focus to the name that opened the profile, and forgets it in the URL', async () => {
    const { store } = renderDirectory(new FakeOfficerRepository(officerDirectory), '?oq=okoro');
    const item = (await screen.findByRole('article', { name: 'Grace Okoro' })) as HTMLElement;
    const link = within(item).getByRole('link', { name: 'Grace Okoro' });
    link.focus();
    fireEvent.click(link);
    const panel = await screen.findByRole('dialog');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(link);
    expect(param(store, 'officer')).toBeNull();
    expect(param(store, 'oq')).toBe('okoro');
  });
});

describe('contact files and copying', () => {
  const created: Blob[] = [];
  const revoked: string[] = [];
  const copied: string[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

  beforeEach(() => {
    created.length = 0;
    revoked.length = 0;
    copied.length = 0;
    URL.createObjectURL = (blob: Blob): string => {
      created.push(blob);
      return `blob:https://council.sharepoint.com/${created.length}`;
    };
    URL.revokeObjectURL = (url: string): void => void revoked.push(url);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string): Promise<void> => void copied.push(text) }
    });
  });

  afterEach(() => {
    // Unmount first: closing views revoke their URLs through the stand-ins.
    cleanup();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  });

  function blobText(blob: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(blob);
    });
  }

  test('offers the officer as a vCard named after them, and frees it when the profile closes', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?officer=102');
    const panel = await screen.findByRole('dialog');
    const actions = within(panel).getByRole('list', { name: 'Ways to contact Tom Hill' });
    const download = await within(actions).findByRole('link', { name: 'Add to contacts' });
    expect(download.getAttribute('download')).toBe('Tom Hill.vcf');
    const href = download.getAttribute('href') ?? '';
    expect(href.startsWith('blob:')).toBe(true);
    const blob = created[created.length - 1];
    expect(blob.type).toContain('text/vcard');
    const vcard = await blobText(blob);
    expect(vcard).toMatch(/^BEGIN:VCARD\r?\n/);
    expect(vcard).toContain('FN:Tom Hill');
    expect(vcard).toContain('tom.hill@council.example');
    expect(vcard).toContain('01632 961002');
    expect(vcard).toMatch(/END:VCARD\s*$/);
    fireEvent.click(within(panel).getByRole('button', { name: 'Close profile' }));
    await waitFor(() => expect(revoked).toContain(href));
  });

  test('copies an officer’s details and confirms it', async () => {
    renderDirectory(new FakeOfficerRepository(officerDirectory), '?officer=101');
    const panel = await screen.findByRole('dialog');
    fireEvent.click(await within(panel).findByRole('button', { name: 'Copy contact details' }));
    expect(await within(panel).findByText('Copied to the clipboard.')).toBeTruthy();
    expect(copied[0]).toContain('Priya Hillier');
    expect(copied[0]).toContain('priya.hillier@council.example');
  });
});
