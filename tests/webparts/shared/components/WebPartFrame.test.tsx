import * as React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { DataError } from '../../../../src/data/DataError';
import type { IListsSite } from '../../../../src/data/resolveListsSite';
import { WebPartFrame } from '../../../../src/webparts/shared/components/WebPartFrame';
import type { ViewBody } from '../../../../src/webparts/shared/components/ViewState';
import { DirectoryHealth } from '../../../../src/webparts/directoryHealth/components/DirectoryHealth';
import { MemberProfiles } from '../../../../src/webparts/memberProfiles/components/MemberProfiles';
import { OfficerDirectory } from '../../../../src/webparts/officerDirectory/components/OfficerDirectory';
import { FakeMemberRepository, FakeRequestEvents } from '../../../fakes/FakeMemberRepository';
import { FakeOfficerRepository } from '../../../fakes/FakeOfficerRepository';
import { listsSiteAt } from '../../../fakes/listsSite';
import { FakeHealthRepository } from '../../directoryHealth/FakeHealthRepository';
import { completeMember } from '../../../model/health/healthFixtures';

const SITE = 'https://council.sharepoint.com/sites/hub';

function renderFrame(body: ViewBody, listsSite: IListsSite = listsSiteAt(SITE), requestEvents?: FakeRequestEvents): void {
  render(<WebPartFrame title="Member profiles" idPrefix="test" listsSite={listsSite} requestEvents={requestEvents} body={body} />);
}

describe('WebPartFrame', () => {
  test('a section labelled by its heading, with the ready content', () => {
    renderFrame({ kind: 'ready', content: <p>the content</p> });
    expect(screen.getByRole('region', { name: 'Member profiles' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Member profiles' })).toBeTruthy();
    expect(screen.getByText('the content')).toBeTruthy();
  });

  test('points out each skipped site setting, in the common words', async () => {
    renderFrame(
      { kind: 'ready', content: null },
      listsSiteAt(SITE, { source: 'currentSite', ignored: [{ source: 'webPartProperty', value: 'hub site' }, { source: 'tenantProperty', value: 'x' }] })
    );
    // Fluent's message bars render their text a moment later, for screen readers to notice.
    expect(await screen.findByText(/'Site that holds the lists' setting \(hub site\) is not a site address/)).toBeTruthy();
    expect(await screen.findByText(/tenant setting MemberOfficerHubSiteUrl \(x\) is not a site address/)).toBeTruthy();
  });

  test('while loading: the label for screen readers and, when SharePoint throttles, the calm retrying notice', async () => {
    const events = new FakeRequestEvents();
    renderFrame({ kind: 'loading', label: 'Loading councillors…' }, listsSiteAt(SITE), events);
    expect(screen.getByText('Loading councillors…').closest('[aria-busy="true"]')).toBeTruthy();
    act(() => events.emit({ status: 429, attempt: 3, delayMs: 1000 }));
    expect(await screen.findByText(/SharePoint is busy.*Still trying \(attempt 3\)/)).toBeTruthy();
  });

  test('empty: the heading and the reason', () => {
    renderFrame({ kind: 'empty', heading: 'No councillors yet', message: 'Add them to the list.' });
    expect(screen.getByRole('heading', { level: 3, name: 'No councillors yet' })).toBeTruthy();
    expect(screen.getByText('Add them to the list.')).toBeTruthy();
  });

  test('an error that trying again can fix offers "Try again"', async () => {
    const onRetry = jest.fn();
    renderFrame({ kind: 'error', heading: "We couldn't load it", error: new DataError({ kind: 'network' }), onRetry });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("We couldn't load it"));
    expect(screen.getByRole('alert').textContent).toContain("We couldn't reach SharePoint.");
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

/** Every root component over the lists, failing its first read because the list is not on the site. */
const roots: ReadonlyArray<[string, (listsSite: IListsSite, error: DataError) => JSX.Element]> = [
  ['MemberProfiles', (listsSite, error) => <MemberProfiles repository={new FakeMemberRepository().failWith(error)} title="Members" listsSite={listsSite} defaultLayout="cards" />],
  ['OfficerDirectory', (listsSite, error) => <OfficerDirectory repository={new FakeOfficerRepository().failWith(error)} title="Officers" listsSite={listsSite} />],
  [
    'DirectoryHealth',
    (listsSite, error) => {
      const repository = new FakeHealthRepository({ members: [completeMember({})], committees: [], memberships: [], services: [], officers: [], briefingItems: [], privateColumns: [] });
      repository.failNextLoad = error;
      return <DirectoryHealth repository={repository} title="Health" listsSite={listsSite} reviewMonths={12} />;
    }
  ]
];

describe.each(roots)('%s explains a wrong site as briefings does', (_name, renderRoot) => {
  test.each([
    ['webPartProperty', "This is the site set in the web part's 'Site that holds the lists' setting"],
    ['tenantProperty', 'This is the site set in the tenant property MemberOfficerHubSiteUrl'],
    ['currentSite', "Neither the web part's 'Site that holds the lists' setting nor the tenant property"]
  ] as const)('a list missing from a site chosen by %s says which setting to change', async (source, hint) => {
    render(renderRoot(listsSiteAt(SITE, { source }), new DataError({ kind: 'listNotFound', status: 404, listTitle: 'Members' })));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(`The list 'Members' was not found on ${SITE}.`));
    expect(screen.getByRole('alert').textContent).toContain(hint);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
