import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import type { IHubSettingsRead } from '../../../src/data/hubSettings';
import type { IListsSite } from '../../../src/data/resolveListsSite';
import type { IPreElectionPeriod } from '../../../src/model/preElectionPeriod';
import { connectTeams, ITeamsHost } from '../../../src/teams/teamsHost';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberBriefings } from '../../../src/webparts/memberBriefings/components/MemberBriefings';
import type { WardLabel } from '../../../src/webparts/memberBriefings/components/wardTerms';
import { FakeBriefingRepository } from '../../fakes/FakeBriefingRepository';
import { FakeRequestEvents } from '../../fakes/FakeMemberRepository';
import { FAKE_TEAMS_APP_ID, FakeTeamsJs } from '../../fakes/FakeTeamsJs';
import { abbey, briefingFor, bstWeekItems, castle, fixtureWards, gmtWeekItems, item, WEEK_BST, WEEK_GMT } from '../../fakes/briefingFixture';

setIconOptions({ disableWarnings: true });
// Fluent renders a lot in jsdom; on a busy two-core machine a full view can take several seconds.
jest.setTimeout(30000);

const PAGE = 'https://council.sharepoint.com/sites/hub/SitePages/Briefing.aspx';
const MEMBER = 'cllr.abbey@council.gov.uk';
/** Wednesday 28 October 2026, 09:00 GMT: the week commencing Monday 26 October, just after the clocks went back. */
const WEDNESDAY_AFTER_CLOCKS_CHANGE = new Date('2026-10-28T09:00:00Z');
const LISTS_SITE: IListsSite = { url: 'https://council.sharepoint.com/sites/hub', source: 'webPartProperty', ignored: [] };

function councilRepository(): FakeBriefingRepository {
  return new FakeBriefingRepository()
    .withWeek(briefingFor(1, WEEK_BST), bstWeekItems)
    .withWeek(briefingFor(2, WEEK_GMT, 'Member briefing 26 October'), gmtWeekItems)
    .withReader(MEMBER, { memberId: 5, name: 'Cllr Abbey', ward: abbey })
    .withWards(fixtureWards);
}

interface IRenderOptions {
  account?: string;
  search?: string;
  now?: Date;
  teams?: ITeamsHost;
  preElectionPeriod?: IPreElectionPeriod;
  listsSite?: IListsSite;
  requestEvents?: FakeRequestEvents;
  wardLabel?: WardLabel;
}

function renderBriefings(repository: FakeBriefingRepository, options: IRenderOptions = {}) {
  const store = memoryUrlStateStore(options.search ?? '');
  const now = options.now ?? WEDNESDAY_AFTER_CLOCKS_CHANGE;
  const view = render(
    <MemberBriefings
      repository={repository}
      requestEvents={options.requestEvents}
      title="Member briefing"
      listsSite={options.listsSite ?? LISTS_SITE}
      wardLabel={'wardLabel' in options ? options.wardLabel : 'ward'}
      preElectionPeriod={options.preElectionPeriod}
      account={'account' in options ? options.account : MEMBER}
      teams={options.teams}
      urlStateStore={store}
      pageUrl={PAGE}
      now={() => now}
    />
  );
  return { ...view, store };
}

function weekHeading(): string {
  return screen.getByRole('heading', { level: 3, name: /^Week commencing/ }).textContent ?? '';
}

/** The week heading once the reader (who decides the order) is known. */
async function shownWeekHeading(): Promise<string> {
  return (await screen.findByRole('heading', { level: 3, name: /^Week commencing/ })).textContent ?? '';
}

/** Fluent's MessageBar renders its text a moment after itself, so screen readers announce it. */
async function alertText(): Promise<string> {
  const alert = await screen.findByRole('alert');
  await waitFor(() => expect(alert.textContent).not.toBe(''));
  return alert.textContent ?? '';
}

function sectionHeadings(): string[] {
  return screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent ?? '');
}

function articleTitlesIn(sectionName: string): string[] {
  const section = screen.getByRole('region', { name: sectionName });
  return within(section)
    .getAllByRole('article')
    .map((article) => within(article).getByRole('heading', { level: 5 }).textContent ?? '');
}

async function loadedWeek(): Promise<void> {
  await screen.findAllByRole('article');
}

describe('MemberBriefings: this week, ward first', () => {
  test('lists items for the member’s own ward first under "Affecting your ward", then each category in order', async () => {
    renderBriefings(councilRepository());
    await loadedWeek();
    expect(weekHeading()).toBe('Week commencing Monday 26 October 2026');
    expect(sectionHeadings()).toEqual(['Affecting your ward', 'Service disruption', 'Consultation', 'Decision']);
    expect(articleTitlesIn('Affecting your ward')).toEqual(['Abbey Road resurfacing', 'Media enquiry about Abbey car park']);
    expect(articleTitlesIn('Service disruption')).toEqual(['Library opening hours change']);
    expect(screen.getByText('Items for Abbey are shown first.')).toBeTruthy();
  });

  test('says "All wards" for an item tagged with no ward, and names the wards otherwise', async () => {
    renderBriefings(councilRepository());
    await loadedWeek();
    const consultation = screen.getByRole('article', { name: 'Budget consultation opens' });
    expect(within(consultation).getByText('All wards')).toBeTruthy();
    const media = screen.getByRole('article', { name: 'Media enquiry about Abbey car park' });
    expect(within(media).getByText('Abbey, Riverside')).toBeTruthy();
    expect(within(media).queryByText('All wards')).toBeNull();
  });

  test('a county says divisions', async () => {
    renderBriefings(councilRepository(), { wardLabel: 'division' });
    await loadedWeek();
    expect(sectionHeadings()[0]).toBe('Affecting your division');
    expect(within(screen.getByRole('article', { name: 'Budget consultation opens' })).getByText('All divisions')).toBeTruthy();
  });

  test('labels a confidential item in words, and only that item', async () => {
    renderBriefings(councilRepository());
    await loadedWeek();
    const confidential = screen.getByRole('article', { name: 'Media enquiry about Abbey car park' });
    expect(within(confidential).getByText('Confidential — not for onward distribution')).toBeTruthy();
    expect(screen.getAllByText('Confidential — not for onward distribution')).toHaveLength(1);
    // The notice is text (not colour alone) and part of the item's description, so a screen reader announces it with the item.
    expect(confidential.getAttribute('aria-describedby')).toBeTruthy();
    const notice = document.getElementById(confidential.getAttribute('aria-describedby') ?? '');
    expect(notice?.textContent).toBe(
      'Confidential — not for onward distribution' +
        'Do not forward, copy or share this item. Before disclosing any of it, ask the contact officer or the Monitoring Officer.'
    );
    expect(screen.getByRole('article', { name: 'Budget consultation opens' }).hasAttribute('aria-describedby')).toBe(false);
  });

  test('shows the category, service, sanitised text and the contact officer’s email and Teams chat', async () => {
    renderBriefings(councilRepository());
    await loadedWeek();
    const article = screen.getByRole('article', { name: 'Abbey Road resurfacing' });
    expect(within(article).getByText('Highways')).toBeTruthy();
    expect(within(article).getByText('Monday').tagName).toBe('STRONG');
    expect(article.querySelector('script')).toBeNull();
    expect(article.querySelector('[onerror]')).toBeNull();
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
    expect(within(article).getByRole('link', { name: 'Email Sam Patel' }).getAttribute('href')).toBe('mailto:sam.patel@council.gov.uk');
    expect(within(article).getByRole('link', { name: 'Chat with Sam Patel in Teams' }).getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/chat/0/0?users=sam.patel%40council.gov.uk'
    );
  });

  test('an editor sees which items readers cannot see yet, in words', async () => {
    const repository = new FakeBriefingRepository().withWeek(briefingFor(2, WEEK_GMT), [
      { ...gmtWeekItems[2], approval: 'pending' },
      { ...gmtWeekItems[4], approval: 'approved' }
    ]);
    renderBriefings(repository);
    const pending = await screen.findByRole('article', { name: 'Budget consultation opens' });
    expect(within(pending).getByText('Awaiting approval: readers cannot see this item yet')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Cabinet decision on waste collection' })).queryByText(/readers cannot see/)).toBeNull();
  });

  test('an officer (no member for the account) picks a ward to see its items first', async () => {
    const repository = councilRepository();
    renderBriefings(repository, { account: 'officer@council.gov.uk' });
    await loadedWeek();
    expect(sectionHeadings()).toEqual(['Service disruption', 'Consultation', 'Media interest', 'Decision']);
    // A native select: choosing an option is a change event with the ward's id as its value.
    const chooser = await screen.findByRole('combobox', { name: /^Show items for ward first/ });
    fireEvent.change(chooser, { target: { value: String(castle.id) } });
    await waitFor(() => expect(sectionHeadings()[0]).toBe('Affecting Castle'));
    expect(articleTitlesIn('Affecting Castle')).toEqual(['Library opening hours change']);
    expect(repository.callsOf('readerForAccount')).toEqual(['officer@council.gov.uk']);
  });
});

describe('MemberBriefings: weeks', () => {
  test('moves back across the clocks change and forward again, with en-GB dates and the week announced', async () => {
    const repository = councilRepository();
    renderBriefings(repository);
    await loadedWeek();
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    await screen.findByRole('article', { name: 'Autumn events programme' });
    expect(weekHeading()).toBe('Week commencing Monday 19 October 2026');
    await waitFor(() => expect(screen.getByText('Showing the week commencing Monday 19 October 2026: 1 item')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    await screen.findByRole('article', { name: 'Abbey Road resurfacing' });
    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    expect(weekHeading()).toBe('Week commencing Monday 2 November 2026');
    expect(repository.callsOf('forWeek')).toEqual([WEEK_GMT, WEEK_BST, WEEK_GMT, '2026-11-02']);
  });

  test.each([
    // Sunday 25 October 23:30 GMT is still Sunday in the UK: the week that began on 19 October.
    ['2026-10-25T23:30:00Z', 'Week commencing Monday 19 October 2026'],
    // Sunday 29 March 23:30 UTC is already Monday 00:30 BST: a new week.
    ['2026-03-29T23:30:00Z', 'Week commencing Monday 30 March 2026'],
    ['2026-03-29T22:59:00Z', 'Week commencing Monday 23 March 2026']
  ])('at %s the current week is the UK one: %s', async (instant, expected) => {
    renderBriefings(councilRepository(), { now: new Date(instant) });
    expect(await shownWeekHeading()).toBe(expected);
    await waitFor(() => expect(screen.queryByText('Loading the briefing…')).toBeNull());
  });

  test('says when no briefing has been published yet and offers the previous week', async () => {
    const repository = councilRepository();
    renderBriefings(repository, { now: new Date('2026-11-04T12:00:00Z') });
    expect(await screen.findByRole('heading', { name: 'No briefing has been published for this week yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to the previous week' }));
    await screen.findByRole('article', { name: 'Abbey Road resurfacing' });
    expect(weekHeading()).toBe('Week commencing Monday 26 October 2026');
  });

  test('keeps the week in the address so the page can be shared', async () => {
    const { store } = renderBriefings(councilRepository(), { search: '?other=1' });
    await loadedWeek();
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    await waitFor(() => expect(store.current).toBe('?other=1&briefingWeek=2026-10-19'));
    fireEvent.click(screen.getByRole('button', { name: 'This week' }));
    await waitFor(() => expect(store.current).toBe('?other=1'));
  });
});

describe('MemberBriefings: pre-election period', () => {
  test.each([
    [{ from: '2026-10-01', to: '2026-10-28' }, true],
    [{ from: '2026-10-28', to: '2026-11-05' }, true],
    [{ from: '2026-10-29', to: '2026-11-05' }, false],
    [{ from: '2026-09-01', to: '2026-10-27' }, false]
  ])('period %p on Wednesday 28 October 2026: notice shown %p', async (period, shown) => {
    renderBriefings(councilRepository(), { preElectionPeriod: period });
    await loadedWeek();
    const notice = screen.queryByRole('heading', { name: 'Pre-election period' });
    expect(notice !== null).toBe(shown);
  });

  test('gives the period’s dates in en-GB', async () => {
    renderBriefings(councilRepository(), { preElectionPeriod: { from: '2026-10-01', to: '2026-11-05' } });
    expect(await screen.findByText(/runs from 1 October 2026 to 5 November 2026/)).toBeTruthy();
    await loadedWeek();
  });
});

describe('MemberBriefings: the council’s settings (HubSettings), for a Teams personal app without a property pane', () => {
  const COUNCIL: IHubSettingsRead = {
    status: 'read',
    problems: [],
    settings: {
      preElectionPeriod: { from: '2026-10-01', to: '2026-11-05' },
      wardWord: 'division',
      protocolUrl: 'https://council.sharepoint.com/sites/hub/SitePages/Protocol.aspx',
      briefingsContact: { name: 'Member Briefings Team', email: 'member.briefings@council.gov.uk' }
    }
  };

  test('with no page settings, shows the council’s pre-election notice and word for a ward, asking once', async () => {
    const repository = councilRepository().withSettings(COUNCIL);
    renderBriefings(repository, { wardLabel: undefined });
    expect(await screen.findByText(/runs from 1 October 2026 to 5 November 2026/)).toBeTruthy();
    await loadedWeek();
    expect(sectionHeadings()[0]).toBe('Affecting your division');
    expect(repository.callsOf('settings')).toHaveLength(1);
  });

  test('the page’s own period and word win over the council’s', async () => {
    renderBriefings(councilRepository().withSettings(COUNCIL), { wardLabel: 'ward', preElectionPeriod: { from: '2026-10-20', to: '2026-10-29' } });
    expect(await screen.findByText(/runs from 20 October 2026 to 29 October 2026/)).toBeTruthy();
    await loadedWeek();
    expect(sectionHeadings()[0]).toBe('Affecting your ward');
    expect(screen.queryByText(/runs from 1 October 2026/)).toBeNull();
  });

  test('offers the briefings contact by email and the member/officer protocol', async () => {
    renderBriefings(councilRepository().withSettings(COUNCIL));
    await loadedWeek();
    expect(screen.getByRole('link', { name: 'Member Briefings Team' }).getAttribute('href')).toBe('mailto:member.briefings@council.gov.uk');
    expect(screen.getByRole('link', { name: 'Member/officer protocol' }).getAttribute('href')).toBe(COUNCIL.settings.protocolUrl);
  });

  test('a site without the settings list: no notice, wards, no contact line, and the briefing as ever', async () => {
    renderBriefings(councilRepository().withSettings({ status: 'listMissing', settings: {}, problems: [] }), { wardLabel: undefined });
    await loadedWeek();
    expect(sectionHeadings()[0]).toBe('Affecting your ward');
    expect(screen.queryByRole('heading', { name: 'Pre-election period' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Member/officer protocol' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('MemberBriefings: deep links', () => {
  test('a SharePoint link (?briefingItem&briefingWeek) opens that week and focuses the item', async () => {
    renderBriefings(councilRepository(), { search: '?briefingItem=201&briefingWeek=2026-10-19' });
    const article = await screen.findByRole('article', { name: 'Autumn events programme' });
    await waitFor(() => expect(document.activeElement).toBe(article));
    expect(weekHeading()).toBe('Week commencing Monday 19 October 2026');
  });

  test('a Teams sub-page id opens that week and focuses the item', async () => {
    const teams = await connectTeams(new FakeTeamsJs({ subPageId: 'item-104-2026-10-26', loginHint: MEMBER }));
    renderBriefings(councilRepository(), { teams, now: new Date('2026-11-10T09:00:00Z') });
    const article = await screen.findByRole('article', { name: 'Media enquiry about Abbey car park' });
    await waitFor(() => expect(document.activeElement).toBe(article));
  });

  test('in Teams without a sub-page id, the web link’s parameters still open the item', async () => {
    const teams = await connectTeams(new FakeTeamsJs({ loginHint: MEMBER }));
    renderBriefings(councilRepository(), { teams, search: '?briefingItem=201&briefingWeek=2026-10-19' });
    const article = await screen.findByRole('article', { name: 'Autumn events programme' });
    await waitFor(() => expect(document.activeElement).toBe(article));
  });

  test('a link to an item no longer in its week says so', async () => {
    renderBriefings(councilRepository(), { search: '?briefingItem=999&briefingWeek=2026-10-26' });
    expect(await screen.findByText(/not in this briefing any more/)).toBeTruthy();
  });

  describe('copy link', () => {
    const writeText = jest.fn<Promise<void>, [string]>();
    beforeEach(() => {
      writeText.mockReset().mockResolvedValue(undefined);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    });
    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
    });

    test('in SharePoint copies the page address with the item and its week', async () => {
      renderBriefings(councilRepository(), { search: '?other=1' });
      const article = await screen.findByRole('article', { name: 'Budget consultation opens' });
      fireEvent.click(within(article).getByRole('button', { name: 'Copy link to this item' }));
      expect(await within(article).findByText('Link copied to the clipboard.')).toBeTruthy();
      expect(writeText).toHaveBeenCalledWith(`${PAGE}?other=1&briefingWeek=2026-10-26&briefingItem=103`);
      expect(within(article).queryByRole('button', { name: 'Share in Teams' })).toBeNull();
    });

    test('in Teams copies a Teams deep link to the tab at the item, and offers Teams’ share dialog', async () => {
      const teamsJs = new FakeTeamsJs({ loginHint: MEMBER, entityId: 'briefings' });
      renderBriefings(councilRepository(), { teams: await connectTeams(teamsJs) });
      const article = await screen.findByRole('article', { name: 'Budget consultation opens' });
      fireEvent.click(within(article).getByRole('button', { name: 'Copy link to this item' }));
      await within(article).findByText('Link copied to the clipboard.');
      const copied = new URL(writeText.mock.calls[0][0]);
      expect(copied.pathname).toBe(`/l/entity/${FAKE_TEAMS_APP_ID}/briefings`);
      expect(JSON.parse(copied.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'item-103-2026-10-26' });
      fireEvent.click(within(article).getByRole('button', { name: 'Share in Teams' }));
      expect(teamsJs.sharedLinks).toEqual([
        { subPageId: 'item-103-2026-10-26', subPageLabel: 'Budget consultation opens', subPageWebUrl: `${PAGE}?briefingWeek=2026-10-26&briefingItem=103` }
      ]);
    });

    test('a confidential item offers no copy-link or share, in Teams or SharePoint; writing to its contact officer stays', async () => {
      const confidentialWithOfficer = item({
        id: 106, briefingId: 2, title: 'Legal advice on the Castle claim', category: 'General', isConfidential: true,
        contactOfficer: { id: 9, name: 'Sam Patel', email: 'sam.patel@council.gov.uk' }
      });
      const repository = (): FakeBriefingRepository =>
        new FakeBriefingRepository()
          .withWeek(briefingFor(2, WEEK_GMT), [...gmtWeekItems, confidentialWithOfficer])
          .withReader(MEMBER, { memberId: 5, name: 'Cllr Abbey', ward: abbey })
          .withWards(fixtureWards);
      const teamsJs = new FakeTeamsJs({ loginHint: MEMBER, entityId: 'briefings' });
      for (const options of [{ teams: await connectTeams(teamsJs) }, {}]) {
        const view = renderBriefings(repository(), options);
        const open = await screen.findByRole('article', { name: 'Budget consultation opens' });
        expect(within(open).getByRole('button', { name: 'Copy link to this item' })).toBeTruthy();
        const withOfficer = screen.getByRole('article', { name: 'Legal advice on the Castle claim' });
        expect(within(withOfficer).queryByRole('button', { name: /Copy link|Share/ })).toBeNull();
        expect(within(withOfficer).getAllByRole('link').map((link) => link.textContent)).toEqual(['Email Sam Patel', 'Chat with Sam Patel in Teams']);
        expect(within(withOfficer).getByRole('link', { name: 'Email Sam Patel' }).getAttribute('href')).toBe('mailto:sam.patel@council.gov.uk');
        const withoutOfficer = screen.getByRole('article', { name: 'Media enquiry about Abbey car park' });
        expect(within(withoutOfficer).queryAllByRole('button')).toEqual([]);
        expect(within(withoutOfficer).queryAllByRole('link')).toEqual([]);
        view.unmount();
      }
      expect(teamsJs.sharedLinks).toEqual([]);
      expect(writeText).not.toHaveBeenCalled();
    });

    test('when the browser refuses, shows the link to copy by hand', async () => {
      writeText.mockRejectedValue(new Error('denied'));
      renderBriefings(councilRepository());
      const article = await screen.findByRole('article', { name: 'Budget consultation opens' });
      fireEvent.click(within(article).getByRole('button', { name: 'Copy link to this item' }));
      expect(await within(article).findByText(/Copy this link instead: https:\/\/council\.sharepoint\.com/)).toBeTruthy();
    });
  });
});

describe('MemberBriefings in Teams', () => {
  test('finds the member from the Teams user; an en-US Teams client still gets UK dates (the UI locale is English or Welsh, src/model/uiLocale)', async () => {
    const repository = councilRepository();
    const teams = await connectTeams(new FakeTeamsJs({ loginHint: MEMBER, locale: 'en-us' }));
    renderBriefings(repository, { teams, account: 'someone.else@council.gov.uk' });
    await loadedWeek();
    expect(repository.callsOf('readerForAccount')).toEqual([MEMBER]);
    expect(sectionHeadings()[0]).toBe('Affecting your ward');
    expect(weekHeading()).toBe('Week commencing Monday 26 October 2026');
  });

});

describe('MemberBriefings states', () => {
  test('shows a shimmer with a spoken label while loading', async () => {
    const repository = councilRepository().hold();
    renderBriefings(repository);
    expect(screen.getByText('Loading the briefing…')).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
    await act(async () => repository.release());
    await waitFor(() => expect(repository.callsOf('forWeek')).toEqual([WEEK_GMT]));
    await act(async () => repository.release());
    await loadedWeek();
  });

  test('shows a calm retrying message while the data layer waits out throttling', async () => {
    const repository = councilRepository().hold();
    const events = new FakeRequestEvents();
    // No account: no member to look up, so the first request is the week's.
    renderBriefings(repository, { requestEvents: events, account: undefined });
    await waitFor(() => expect(repository.callsOf('forWeek')).toEqual([WEEK_GMT]));
    act(() => events.emit({ status: 429, attempt: 2, delayMs: 4000 }));
    expect(await screen.findByText(/SharePoint is busy.*Still trying \(attempt 2\)/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => repository.release());
    await loadedWeek();
    expect(screen.queryByText(/Still trying/)).toBeNull();
    expect(events.listenerCount).toBe(0);
  });

  test.each([
    ['webPartProperty', "the web part's 'Site that holds the lists' setting"],
    ['tenantProperty', 'the tenant property MemberOfficerHubSiteUrl: ask your SharePoint administrator'],
    ['currentSite', "Neither the web part's 'Site that holds the lists' setting nor the tenant property MemberOfficerHubSiteUrl is set"]
  ] as const)('a missing list on a site chosen by %s says what to set', async (source, expected) => {
    const repository = councilRepository().failNext('forWeek', new DataError({ kind: 'listNotFound', status: 404, listTitle: 'Briefings' }));
    renderBriefings(repository, { listsSite: { url: 'https://council.sharepoint.com', source, ignored: [] } });
    const text = await alertText();
    expect(text).toContain("The list 'Briefings' was not found on https://council.sharepoint.com.");
    expect(text).toContain(expected);
    expect(within(screen.getByRole('alert')).queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  test('an unusable setting that was skipped is pointed out (above the view, as in every web part)', async () => {
    const repository = councilRepository().failNext('forWeek', new DataError({ kind: 'siteNotFound', status: 404 }));
    renderBriefings(repository, {
      listsSite: { url: 'https://council.sharepoint.com', source: 'currentSite', ignored: [{ source: 'webPartProperty', value: 'hub site' }] }
    });
    const text = await alertText();
    expect(text).toContain('There is no site at https://council.sharepoint.com.');
    expect(text).not.toContain('hub site');
    expect(await screen.findByText(/'Site that holds the lists' setting \(hub site\) is not a site address, so it was ignored/)).toBeTruthy();
  });

  test.each([
    [new DataError({ kind: 'accessDenied', status: 403, listTitle: 'BriefingItems' }), "You don't have permission to read the list 'BriefingItems'", false],
    [new DataError({ kind: 'overThreshold', listTitle: 'BriefingItems', limit: 'listView' }), "The list 'BriefingItems' is too large", false],
    [new DataError({ kind: 'network' }), "We couldn't reach SharePoint", true]
  ])('explains %p', async (error, expected, canRetry) => {
    renderBriefings(councilRepository().failNext('forWeek', error));
    expect(await alertText()).toContain(expected);
    expect(within(screen.getByRole('alert')).queryByRole('button', { name: 'Try again' }) !== null).toBe(canRetry);
  });

  test('after throttling outlasts the retries, "Try again" loads the week again', async () => {
    const repository = councilRepository().failNext('forWeek', new DataError({ kind: 'throttled', status: 429 }));
    renderBriefings(repository);
    expect(await alertText()).toContain('SharePoint is very busy');
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    await loadedWeek();
    expect(repository.callsOf('forWeek')).toEqual([WEEK_GMT, WEEK_GMT]);
  });

  test('when the member lookup fails, the briefing still shows, without a ward first', async () => {
    const repository = councilRepository().failNext('readerForAccount', new DataError({ kind: 'accessDenied', status: 403, listTitle: 'Members' }));
    renderBriefings(repository);
    await loadedWeek();
    expect(sectionHeadings()).toEqual(['Service disruption', 'Consultation', 'Media interest', 'Decision']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a briefing with no items says so', async () => {
    const repository = new FakeBriefingRepository().withWeek(briefingFor(3, WEEK_GMT), []);
    renderBriefings(repository);
    expect(await screen.findByText('This briefing has no items.')).toBeTruthy();
  });
});

describe('MemberBriefings: archive and search', () => {
  test('browses a month of briefings and opens a week from it', async () => {
    const repository = councilRepository();
    renderBriefings(repository);
    await loadedWeek();
    fireEvent.click(screen.getByRole('tab', { name: 'Archive' }));
    expect(await screen.findByRole('heading', { name: 'Briefings in October 2026' })).toBeTruthy();
    const entries = await screen.findAllByRole('link', { name: /^Week commencing/ });
    expect(entries.map((entry) => entry.textContent)).toEqual(['Week commencing Monday 26 October 2026', 'Week commencing Monday 19 October 2026']);
    expect(entries[1].getAttribute('href')).toBe(`${PAGE}?briefingWeek=2026-10-19`);
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(await screen.findByText('No briefings were published in September 2026.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    fireEvent.click((await screen.findAllByRole('link', { name: /^Week commencing/ }))[1]);
    await screen.findByRole('article', { name: 'Autumn events programme' });
    expect(repository.callsOf('forMonth')).toEqual(['2026-10', '2026-09', '2026-10']);
  });

  test('searches once typing settles, announces the count and opens a result in its week', async () => {
    const repository = councilRepository().withSearchResults([{ briefing: briefingFor(1, WEEK_BST), item: bstWeekItems[0] }]);
    renderBriefings(repository);
    await loadedWeek();
    fireEvent.click(screen.getByRole('tab', { name: 'Search' }));
    const box = screen.getByRole('searchbox', { name: 'Search all briefings' });
    fireEvent.change(box, { target: { value: 'a' } });
    fireEvent.change(box, { target: { value: 'au' } });
    fireEvent.change(box, { target: { value: 'autumn' } });
    const result = await screen.findByRole('link', { name: 'Autumn events programme' });
    expect(repository.callsOf('search')).toEqual(['autumn']);
    expect(screen.getByText('Week commencing 19 October 2026, Event')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('status').some((region) => region.textContent === '1 item found')).toBe(true));
    expect(result.getAttribute('href')).toBe(`${PAGE}?briefingWeek=2026-10-19&briefingItem=201`);
    fireEvent.click(result);
    const article = await screen.findByRole('article', { name: 'Autumn events programme' });
    await waitFor(() => expect(document.activeElement).toBe(article));
  });

  test('a search with no matches says so', async () => {
    renderBriefings(councilRepository());
    await loadedWeek();
    fireEvent.click(screen.getByRole('tab', { name: 'Search' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search all briefings' }), { target: { value: 'zebra crossing' } });
    expect(await screen.findByText('No briefing items match "zebra crossing". Try other words.')).toBeTruthy();
  });
});
