import * as React from 'react';
import axe from 'axe-core';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberBriefings } from '../../../src/webparts/memberBriefings/components/MemberBriefings';
import { FakeBriefingRepository } from '../../fakes/FakeBriefingRepository';
import { abbey, briefingFor, bstWeekItems, fixtureWards, gmtWeekItems, WEEK_BST, WEEK_GMT } from '../../fakes/briefingFixture';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

// jsdom has no layout, so contrast and target size need a real browser; every structural rule
// (names, roles, labels, lists, headings, ARIA) runs here.
const JSDOM_BLIND = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: JSDOM_BLIND });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function repository(): FakeBriefingRepository {
  return new FakeBriefingRepository()
    .withWeek(briefingFor(1, WEEK_BST), bstWeekItems)
    .withWeek(briefingFor(2, WEEK_GMT), gmtWeekItems)
    .withReader('member@council.gov.uk', { memberId: 1, name: 'Cllr A', ward: abbey })
    .withWards(fixtureWards)
    .withSearchResults([{ briefing: briefingFor(1, WEEK_BST), item: bstWeekItems[0] }]);
}

function renderBriefings(source: FakeBriefingRepository, account: string, now = '2026-10-28T09:00:00Z'): void {
  render(
    <MemberBriefings
      repository={source}
      title="Member briefing"
      listsSite={{ url: 'https://council.sharepoint.com/sites/hub', source: 'tenantProperty', ignored: [] }}
      wardLabel="ward"
      preElectionPeriod={{ from: '2026-10-01', to: '2026-11-05' }}
      account={account}
      urlStateStore={memoryUrlStateStore()}
      pageUrl="https://council.sharepoint.com/sites/hub/SitePages/Briefing.aspx"
      now={() => new Date(now)}
    />
  );
}

describe('member briefings accessibility (axe, structural rules)', () => {
  test('this week for a member, with the pre-election notice', async () => {
    renderBriefings(repository(), 'member@council.gov.uk');
    await screen.findAllByRole('article');
    expect(await violations()).toEqual([]);
  });

  test('this week for an officer, with the ward picker', async () => {
    renderBriefings(repository(), 'officer@council.gov.uk');
    await screen.findAllByRole('article');
    await screen.findByRole('combobox');
    expect(await violations()).toEqual([]);
  });

  test('a week with no briefing yet', async () => {
    renderBriefings(repository(), 'member@council.gov.uk', '2026-11-10T09:00:00Z');
    await screen.findByRole('heading', { name: 'No briefing has been published for this week yet' });
    expect(await violations()).toEqual([]);
  });

  test('an error', async () => {
    renderBriefings(repository().failNext('forWeek', new DataError({ kind: 'listNotFound', listTitle: 'Briefings' })), 'member@council.gov.uk');
    await screen.findByRole('alert');
    expect(await violations()).toEqual([]);
  });

  test('the archive and search results', async () => {
    renderBriefings(repository(), 'member@council.gov.uk');
    await screen.findAllByRole('article');
    fireEvent.click(screen.getByRole('tab', { name: 'Archive' }));
    await screen.findAllByRole('link', { name: /^Week commencing/ });
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Search' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search all briefings' }), { target: { value: 'autumn' } });
    await screen.findByRole('link', { name: 'Autumn events programme' });
    expect(await violations()).toEqual([]);
  });
});
