/**
 * Every view rendered in a pseudo-locale (each loc string wrapped in ⟦ ⟧): any visible text that is
 * neither from a strings file nor from the data is hard-coded, and would stay English in Welsh.
 */
import { listsSiteAt } from '../fakes/listsSite';
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryUrlStateStore } from '../../src/ui/urlStateStore';
import { OfficerDirectory } from '../../src/webparts/officerDirectory/components/OfficerDirectory';
import { MemberProfiles } from '../../src/webparts/memberProfiles/components/MemberProfiles';
import { FakeOfficerRepository } from '../fakes/FakeOfficerRepository';
import { FakeMemberRepository } from '../fakes/FakeMemberRepository';
import { FakeBriefingRepository } from '../fakes/FakeBriefingRepository';
import { abbey, briefingFor, bstWeekItems, fixtureWards, gmtWeekItems, WEEK_BST, WEEK_GMT } from '../fakes/briefingFixture';
import { MemberBriefings } from '../../src/webparts/memberBriefings/components/MemberBriefings';
import { formatCalendarDate } from '../../src/ui/formatCalendarDate';
import type { IHealthData } from '../../src/model/health/healthData';
import { DirectoryHealth } from '../../src/webparts/directoryHealth/components/DirectoryHealth';
import { completeMember, officer } from '../model/health/healthFixtures';
import { FakeHealthRepository } from './directoryHealth/FakeHealthRepository';
import { formatTime } from '../../src/ui/formatTime';
import { formatLongDate } from '../../src/ui/formatDate';
import { officerDirectory, officerFullRecords } from '../fakes/officerDirectoryFixture';
import { memberDirectory } from '../fakes/memberDirectoryFixture';
import { OPEN, stringsIn, unexplained, visibleTexts, withInitials } from './support/pseudoStrings';

jest.mock('OfficerDirectoryWebPartStrings', () =>
  jest.requireActual<typeof import('./support/pseudoStrings')>('./support/pseudoStrings').pseudoStrings(jest.requireActual('OfficerDirectoryWebPartStrings'))
);
jest.mock('MemberBriefingsWebPartStrings', () =>
  jest.requireActual<typeof import('./support/pseudoStrings')>('./support/pseudoStrings').pseudoStrings(jest.requireActual('MemberBriefingsWebPartStrings'))
);
jest.mock('DirectoryHealthWebPartStrings', () =>
  jest.requireActual<typeof import('./support/pseudoStrings')>('./support/pseudoStrings').pseudoStrings(jest.requireActual('DirectoryHealthWebPartStrings'))
);
jest.mock('MemberProfilesWebPartStrings', () =>
  jest.requireActual<typeof import('./support/pseudoStrings')>('./support/pseudoStrings').pseudoStrings(jest.requireActual('MemberProfilesWebPartStrings'))
);

setIconOptions({ disableWarnings: true });
jest.setTimeout(60000);

const SITE = 'https://council.sharepoint.com/sites/hub';
/** Passed in as props by the shell (stored settings), so data as far as the view is concerned. */
const PROPS_DATA = ['Officer directory', 'Councillors', 'Directory health', SITE];

function expectEverythingExplained(data: Set<string>): void {
  for (const value of PROPS_DATA) data.add(value);
  const known = withInitials(data);
  const leftovers = visibleTexts(document.body)
    .map((text) => ({ text, rest: unexplained(text, known) }))
    .filter(({ rest }) => rest !== '');
  expect(leftovers).toEqual([]);
}

describe('pseudo-locale: no hard-coded text', () => {
  it('the pseudo strings are in use (the check can see a string file)', async () => {
    render(<OfficerDirectory repository={new FakeOfficerRepository(officerDirectory)} title="Officer directory" listsSite={listsSiteAt(SITE)} urlStateStore={memoryUrlStateStore('')} />);
    await screen.findAllByText((text) => text.startsWith(OPEN));
    expect(unexplained('Nothing to fix', new Set())).toBe('Nothing to fix');
  });

  it('officer directory: search and results', async () => {
    render(<OfficerDirectory repository={new FakeOfficerRepository(officerDirectory)} title="Officer directory" listsSite={listsSiteAt(SITE)} urlStateStore={memoryUrlStateStore('')} />);
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0));
    expectEverythingExplained(stringsIn([officerDirectory, Array.from(officerFullRecords.values())]));
  });

  it('member profiles: cards', async () => {
    render(<MemberProfiles repository={new FakeMemberRepository(memberDirectory)} title="Councillors" listsSite={listsSiteAt(SITE)} defaultLayout="cards" urlStateStore={memoryUrlStateStore('')} />);
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0));
    expectEverythingExplained(stringsIn(memberDirectory));
  });

  it('member briefings: this week, with dates in words', async () => {
    const repository = new FakeBriefingRepository()
      .withWeek(briefingFor(1, WEEK_BST), bstWeekItems)
      .withWeek(briefingFor(2, WEEK_GMT, 'Member briefing 26 October'), gmtWeekItems)
      .withReader('cllr.abbey@council.gov.uk', { memberId: 5, name: 'Cllr Abbey', ward: abbey })
      .withWards(fixtureWards);
    render(
      <MemberBriefings
        repository={repository}
        title="Member briefing"
        listsSite={{ url: SITE, source: 'webPartProperty', ignored: [] }}
        wardLabel="ward"
        account="cllr.abbey@council.gov.uk"
        urlStateStore={memoryUrlStateStore('')}
        pageUrl={`${SITE}/SitePages/Briefing.aspx`}
        now={() => new Date('2026-10-28T09:00:00Z')}
      />
    );
    await screen.findAllByRole('article');
    const data = stringsIn([bstWeekItems, gmtWeekItems, fixtureWards, briefingFor(1, WEEK_BST), briefingFor(2, WEEK_GMT, 'Member briefing 26 October'), 'Member briefing', 'Cllr Abbey']);
    // Dates are data written in words by the locale's formatter.
    for (const week of [WEEK_BST, WEEK_GMT, '2026-10-19', '2026-11-02']) {
      for (const style of ['long', 'weekdayLong', 'medium', 'short'] as const) data.add(formatCalendarDate(week, style));
    }
    expectEverythingExplained(data);
  });

  it('directory health: every section with findings', async () => {
    const data: IHealthData = {
      members: [completeMember({ id: 1, name: 'Cllr Whole' }), completeMember({ id: 2, name: 'Cllr Gaps', email: 'cllr.gaps@council.example', hasPhoto: false, preferredContact: undefined })],
      committees: [{ id: 10, name: 'Planning', isActive: true }],
      memberships: [{ id: 1, memberId: 1, committeeId: 10, isCurrent: true }, { id: 5, memberId: 99, committeeId: 10, isCurrent: true }],
      services: [{ id: 1, name: 'Highways' }, { id: 2, name: 'Libraries' }],
      officers: [
        officer({ id: 1, name: 'Olu Fresh', serviceId: 1, isLiaisonOfficer: true, liaisonProfileHtml: '<p>Roads</p>', lastReviewed: new Date('2026-09-01T00:00:00Z') }),
        officer({ id: 7, name: 'Stale Stan', serviceId: 1, lastReviewed: undefined })
      ],
      briefingItems: [{ id: 1, title: 'Roadworks', category: 'Service disruption' }, { id: 4, title: 'Untagged item' }]
    };
    const now = new Date('2026-11-23T12:00:00Z');
    render(
      <DirectoryHealth
        repository={new FakeHealthRepository(data)}
        title="Directory health"
        listsSite={listsSiteAt(SITE)}
        reviewMonths={12}
        returnUrl={() => `${SITE}/SitePages/Health.aspx`}
        now={() => now}
      />
    );
    await screen.findAllByRole('table');
    const known = stringsIn(data);
    // Times and dates of the check and of reviews: data written by the locale's formatters.
    known.add(formatTime(now));
    known.add(formatLongDate(new Date('2026-09-01T00:00:00Z')));
    expectEverythingExplained(known);
  });
});
